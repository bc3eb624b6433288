// The widgets, fields and template `uiSchema()` names, for react-jsonschema-form: pass them to
// `<Form widgets={widgets} fields={fields} templates={templates} />` (or spread `formProps`) and the
// generated uiSchema draws with no code or stylesheet of the app's own. Shared by the browser and
// Node entries of `amlint/rjsf`; `amlint` is the entry's module (for `sizes`).
import { createElement as h, useEffect, useMemo, useRef, useState } from "react";
import { canExpand, getUiOptions } from "@rjsf/utils";

const describedBy = (id) => `${id}__error ${id}__description ${id}__help`;

/**
 * A password input that never writes its value into the DOM: React renders a controlled input's
 * `value` as an attribute (visible in the page's HTML, to extensions and in server-rendered
 * markup), so this input is uncontrolled and its value set through the DOM property.
 */
function PasswordWidget({ id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, placeholder }) {
  const ref = useRef(null);
  useEffect(() => {
    const input = ref.current;
    const text = value ?? "";
    if (input && input.value !== text) input.value = text;
  }, [value]);
  const emptyValue = options?.emptyValue;
  return h("input", {
    ref,
    id,
    name: id,
    type: "password",
    autoComplete: "new-password",
    spellCheck: false,
    required,
    disabled,
    readOnly: readonly,
    autoFocus: autofocus,
    placeholder,
    "aria-describedby": describedBy(id),
    onChange: (event) => onChange(event.target.value === "" ? emptyValue : event.target.value),
    onBlur: (event) => onBlur?.(id, event.target.value),
    onFocus: (event) => onFocus?.(id, event.target.value),
  });
}

const UNITS = { seconds: "s", minutes: "min" };

/**
 * A duration in the unit the field takes (`ui:options.unit`): seconds or minutes as a number with
 * its unit beside it and the same time in hours and minutes, or an ISO 8601 duration (`PT30M`).
 */
function DurationWidget({ id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, schema }) {
  const unit = options?.unit ?? "seconds";
  const iso = unit === "iso8601";
  const input = h("input", {
    id,
    name: id,
    type: iso ? "text" : "number",
    inputMode: iso ? undefined : "numeric",
    min: iso ? undefined : schema?.minimum,
    max: iso ? undefined : schema?.maximum,
    step: iso ? undefined : 1,
    placeholder: iso ? "PT30M" : undefined,
    value: value ?? "",
    required,
    disabled,
    readOnly: readonly,
    autoFocus: autofocus,
    "aria-describedby": describedBy(id),
    onChange: (event) => {
      const text = event.target.value;
      if (text === "") return onChange(options?.emptyValue);
      onChange(iso ? text : Number(text));
    },
    onBlur: (event) => onBlur?.(id, event.target.value),
    onFocus: (event) => onFocus?.(id, event.target.value),
  });
  if (iso) return input;
  const minutes = unit === "minutes" ? Number(value) : Number(value) / 60;
  const readable =
    Number.isFinite(minutes) && minutes >= 60 ? ` = ${Math.floor(minutes / 60)} h ${Math.round(minutes % 60)} min` : "";
  return h("span", { className: "amlint-duration" }, input, ` ${UNITS[unit] ?? unit}${readable}`);
}

/** Draws nothing: for fields Azure sets (`ui:field: "hidden"`), with no stylesheet needed. */
function HiddenField() {
  return null;
}

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

// The picker's words where the uiSchema gives none (`ui:options.labels`, in the form's language).
const ENGLISH = {
  processor: "Type",
  all: "All",
  cpu: "CPU",
  gpu: "GPU",
  search: "Search sizes",
  name: "Size",
  family: "Family",
  vcpus: "vCPUs",
  memory: "Memory (GB)",
  gpus: "GPUs",
  lowPriority: "Low priority",
};

/**
 * Picks a VM size from the sizes the kind accepts (`sizes()` from "amlint": the full module,
 * `loadFull()`), as the studio does: a table of name, family, vCPUs, memory, GPUs and low-priority
 * availability, with CPU/GPU and search filters. `ui:options`: `kind` (the generated uiSchema sets
 * it), `policy` (only the sizes the policies allow, as `validate`'s option), `sizes` (a region's
 * `az ml compute list-sizes` output), `labels` (its words, which the uiSchema gives in the form's
 * language). Before the full module is loaded, a text input.
 */
function makeSizePicker(amlint) {
  return function SizePickerWidget(props) {
    const { id, value, disabled, readonly, onChange, options, registry } = props;
    const [processor, setProcessor] = useState("");
    const [search, setSearch] = useState("");
    const { kind, policy, sizes: region } = options ?? {};
    const words = { ...ENGLISH, ...options?.labels };
    const all = useMemo(() => {
      try {
        return amlint.sizes({ kind, ...(policy ? { policy } : {}), ...(region ? { sizes: region } : {}) });
      } catch {
        return undefined;
      }
    }, [kind, policy, region]);
    if (all === undefined) {
      const Text = registry.widgets.TextWidget;
      return h(Text, props);
    }
    const needle = search.trim().toLowerCase();
    const shown = all.filter(
      (size) =>
        (processor === "" || (processor === "gpu") === size.gpus > 0) &&
        (needle === "" || size.name.toLowerCase().includes(needle) || size.family.toLowerCase().includes(needle)),
    );
    const locked = disabled || readonly;
    const filter = (label, which) =>
      h(
        "label",
        { key: which || "all" },
        h("input", {
          type: "radio",
          name: `${id}__processor`,
          value: which,
          checked: processor === which,
          onChange: () => setProcessor(which),
        }),
        ` ${label} `,
      );
    const cell = (text) => h("td", null, text);
    const yesNo = (flag) => (flag === undefined || flag === null ? "–" : flag ? "✓" : "✗");
    return h(
      "div",
      { className: "amlint-size-picker", role: "group", "aria-describedby": describedBy(id) },
      h(
        "div",
        { className: "amlint-size-filters" },
        h("fieldset", { style: { display: "inline", border: 0, padding: 0, margin: 0 } },
          h("legend", { style: { display: "inline", padding: 0 } }, `${words.processor}: `),
          filter(words.all, ""),
          filter(words.cpu, "cpu"),
          filter(words.gpu, "gpu"),
        ),
        h("input", {
          type: "search",
          id: `${id}__search`,
          "aria-label": words.search,
          placeholder: words.search,
          value: search,
          onChange: (event) => setSearch(event.target.value),
        }),
        h("output", { htmlFor: `${id}__search`, "aria-live": "polite" }, ` ${shown.length} / ${all.length}`),
      ),
      h(
        "div",
        { style: { maxHeight: "18em", overflow: "auto" } },
        h(
          "table",
          { id },
          h(
            "thead",
            null,
            h("tr", null, ["", words.name, words.family, words.vcpus, words.memory, words.gpus, words.lowPriority].map((t, i) => h("th", { key: i, scope: "col" }, t))),
          ),
          h(
            "tbody",
            null,
            shown.map((size) =>
              h(
                "tr",
                { key: size.name, "data-size": size.name, "aria-selected": size.name === value },
                h(
                  "td",
                  null,
                  h("input", {
                    type: "radio",
                    name: id,
                    id: `${id}__${size.name}`,
                    value: size.name,
                    checked: size.name === value,
                    disabled: locked,
                    "aria-label": size.name,
                    onChange: () => onChange(size.name),
                  }),
                ),
                h("td", null, h("label", { htmlFor: `${id}__${size.name}` }, size.name)),
                cell(size.family),
                cell(size.vcpus),
                cell(size.memoryGb === undefined || size.memoryGb === null ? "–" : number.format(size.memoryGb)),
                cell(size.gpus),
                cell(yesNo(size.lowPriority)),
              ),
            ),
          ),
        ),
      ),
      // A size the table does not list (another region's, or one the kind does not accept: the
      // findings say so) stays visible and editable.
      value && !all.some((size) => size.name === value) ? h("p", null, `${value}`) : null,
    );
  };
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
