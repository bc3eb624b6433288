// The widgets, fields and template `uiSchema()` names, for react-jsonschema-form: pass them to
// `<Form widgets={widgets} fields={fields} templates={templates} />` (or spread `formProps`) and the
// generated uiSchema draws with no code or stylesheet of the app's own. Shared by the browser and
// Node entries of `amlint/rjsf`; `amlint` is the entry's module (for `sizes`).
import { createElement as h } from "react";
import { canExpand, getUiOptions } from "@rjsf/utils";
import { DurationWidget, PasswordWidget, makeSizePicker } from "./widgets.js";

/** Draws nothing: for fields Azure sets (`ui:field: "hidden"`), with no stylesheet needed. */
function HiddenField() {
  return null;
}

/**
 * The object template: at the root of a form whose uiSchema names sections
 * (`ui:options.sections`, as `uiSchema()` makes), each section's fields under its title, the
 * advanced ones folded in a `<details>`; elsewhere, RJSF's own layout (a fieldset with its title,
 * description, fields and, for a map such as `tags`, the add button).
 */
function ObjectFieldTemplate(props) {
  const { title, description, properties, uiSchema, registry, schema, formData, onAddProperty, disabled, readonly, required } = props;
  const id = props.fieldPathId?.$id ?? props.idSchema?.$id;
  const { TitleFieldTemplate, DescriptionFieldTemplate } = registry.templates;
  const { AddButton } = registry.templates.ButtonTemplates;
  const sections = getUiOptions(uiSchema).sections;
  const head = [
    title && h(TitleFieldTemplate, { key: "title", id: `${id}__title`, title, required, schema, uiSchema, registry }),
    description && h(DescriptionFieldTemplate, { key: "description", id: `${id}__description`, description, schema, uiSchema, registry }),
  ];
  if (!Array.isArray(sections)) {
    return h(
      "fieldset",
      { id },
      ...head,
      ...properties.map((p) => p.content),
      canExpand(schema, uiSchema, formData) &&
        h(AddButton, { key: "add", id: `${id}__add`, className: "rjsf-object-property-expand", onClick: onAddProperty, disabled: disabled || readonly, uiSchema, registry }),
    );
  }
  const byName = new Map(properties.map((p) => [p.name, p]));
  const placed = new Set();
  const groups = sections.map((section) => {
    const contents = section.fields.filter((name) => byName.has(name)).map((name) => (placed.add(name), byName.get(name).content));
    if (contents.length === 0) return null;
    const heading = h(section.advanced ? "summary" : "legend", null, section.title);
    return section.advanced
      ? h("details", { key: section.id, "data-section": section.id }, heading, h("fieldset", null, ...contents))
      : h("fieldset", { key: section.id, "data-section": section.id }, heading, ...contents);
  });
  const rest = properties.filter((p) => !placed.has(p.name)).map((p) => p.content);
  return h("div", { id }, ...head, ...groups, ...rest);
}

/** What `uiSchema()`'s names resolve to: spread into `<Form>` (or pass each). */
export function registryFor(amlint) {
  return {
    widgets: { password: PasswordWidget, duration: DurationWidget, sizePicker: makeSizePicker(amlint) },
    fields: { hidden: HiddenField },
    templates: { ObjectFieldTemplate },
  };
}
