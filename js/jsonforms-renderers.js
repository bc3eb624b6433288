// JSON Forms renderers for what `jsonFormsUiSchema()` asks that JSON Forms' own renderer sets do
// not draw: a password (`options.format: "password"`: masked, its value never a DOM attribute),
// the size picker (`options.widget: "sizePicker"`) and a duration (`options.widget: "duration"`). Put them before a renderer set:
// `renderers={[...renderers, ...vanillaRenderers]}`. Shared by the browser and Node entries of
// `amlint/jsonforms-react`; `amlint` is the entry's module (for `sizes`).
import { createElement as h } from "react";
import { and, isControl, optionIs, rankWith } from "@jsonforms/core";
import { withJsonFormsControlProps } from "@jsonforms/react";
import { DurationWidget, PasswordWidget, makeSizePicker } from "./widgets.js";

/** A plain text input, for the size picker before the full module is loaded. */
function TextInput({ id, value, disabled, onChange }) {
  return h("input", { id, type: "text", value: value ?? "", disabled, onChange: (event) => onChange(event.target.value || undefined) });
}

/** A JSON Forms control around one of amlint's widgets: its label, the widget, its errors. */
function control(Widget) {
  return function Control({ id, data, path, label, required, enabled, visible, errors, uischema, schema, handleChange }) {
    if (!visible) return null;
    const input = `${id}-input`;
    return h(
      "div",
      { className: "control", id },
      h("label", { htmlFor: input }, label, required ? " *" : null),
      h(Widget, {
        id: input,
        label,
        value: data,
        disabled: !enabled,
        readonly: !enabled,
        options: uischema.options ?? {},
        schema,
        registry: { widgets: { TextWidget: TextInput } },
        onChange: (value) => handleChange(path, value),
      }),
      errors ? h("div", { className: "validation", id: `${input}__error` }, errors) : null,
    );
  };
}

export function renderersFor(amlint) {
  return [
    { tester: rankWith(10, and(isControl, optionIs("format", "password"))), renderer: withJsonFormsControlProps(control(PasswordWidget)) },
    { tester: rankWith(10, and(isControl, optionIs("widget", "sizePicker"))), renderer: withJsonFormsControlProps(control(makeSizePicker(amlint))) },
    { tester: rankWith(10, and(isControl, optionIs("widget", "duration"))), renderer: withJsonFormsControlProps(control(DurationWidget)) },
  ];
}
