// Types of `amlint/jsonforms-react`. Structural, without importing @jsonforms/core's types (whose
// store types need a global `Symbol.observable` a strict project may not declare): each entry is
// assignable to JSON Forms' `JsonFormsRendererRegistryEntry`.

/**
 * The renderers `jsonFormsUiSchema()` needs beyond a renderer set: a password control
 * (`options.format: "password"`; masked, its value never written into a DOM attribute), a duration
 * (`options.widget: "duration"`, in its `unit`) and the size picker (`options.widget: "sizePicker"`: the sizes `sizes()` lists for `options.kind`, with CPU/GPU
 * and search filters; needs `loadFull()`). `renderers={[...renderers, ...vanillaRenderers]}`.
 */
export const renderers: {
  tester: (uischema: any, schema: any, context: any) => number;
  renderer: any;
}[];
