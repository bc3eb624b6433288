// The React inputs amlint's form layouts name, shared by the RJSF adapter (`amlint/rjsf`) and the
// JSON Forms renderers (`amlint/jsonforms-react`): each takes RJSF's widget props (`id`, `value`,
// `onChange`, `disabled`, `readonly`, `options`, ...). React only; `amlint` is the entry's module
// (for `sizes`).
import { createElement as h, useEffect, useMemo, useRef, useState } from "react";

const describedBy = (id) => `${id}__error ${id}__description ${id}__help`;

/**
 * A password input that never writes its value into the DOM: React renders a controlled input's
 * `value` as an attribute (visible in the page's HTML, to extensions and in server-rendered
 * markup), so this input is uncontrolled and its value set through the DOM property.
 */
export function PasswordWidget({ id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, placeholder }) {
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
export function DurationWidget({ id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, schema }) {
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
export function makeSizePicker(amlint) {
  return function SizePickerWidget(props) {
    const { id, value, disabled, readonly, onChange, options, registry, label } = props;
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
      // The field's label names the group (it points at the group's id) and the table.
      { className: "amlint-size-picker", id, role: "group", "aria-label": label, "aria-describedby": describedBy(id) },
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
          { "aria-label": label },
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

