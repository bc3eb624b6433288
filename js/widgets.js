// The React inputs amlint's form layouts name, shared by the RJSF adapter (`amlint/rjsf`) and the
// JSON Forms renderers (`amlint/jsonforms-react`): each takes RJSF's widget props (`id`, `value`,
// `onChange`, `disabled`, `readonly`, `options`, ...). React only; `amlint` is the entry's module
// (for `sizes`).
import { createElement as h, useEffect, useMemo, useRef, useState } from "react";

const describedBy = (id) => `${id}__error ${id}__description ${id}__help`;

/**
 * A password input that never writes its value into the DOM: React renders a controlled input's
 * `value` as an attribute (visible in the page's HTML, to extensions and in server-rendered
 * markup), so this input is uncontrolled and its value set through the DOM property. A secret of
 * several lines (`options.multiline`, `options.multi` in JSON Forms: a PEM private key), which a
 * password input would strip of its line breaks, is a text area masked the same way (its text
 * drawn as discs, also kept out of the DOM) with a file input beside it to read the key from its
 * file.
 */
export function PasswordWidget(props) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, placeholder } = props;
  const ref = useRef(null);
  useEffect(() => {
    const input = ref.current;
    const text = value ?? "";
    if (input && input.value !== text) input.value = text;
  }, [value]);
  const emptyValue = options?.emptyValue;
  const multiline = Boolean(options?.multiline || options?.multi);
  const common = {
    ref,
    id,
    name: id,
    autoComplete: multiline ? "off" : "new-password",
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
  };
  if (!multiline) return h("input", { ...common, type: "password" });
  const locked = disabled || readonly;
  const read = (event) => {
    const file = event.target.files?.[0];
    // The file input keeps no copy: cleared once read, so the key is only in the form's data.
    event.target.value = "";
    if (file) file.text().then((text) => onChange(text === "" ? emptyValue : text));
  };
  return h(
    "span",
    { className: "amlint-secret-text" },
    h("textarea", {
      ...common,
      rows: 4,
      autoCorrect: "off",
      autoCapitalize: "off",
      "data-1p-ignore": true,
      style: { WebkitTextSecurity: "disc", fontFamily: "monospace", width: "100%" },
    }),
    h("input", {
      type: "file",
      id: `${id}__file`,
      "aria-label": options?.fileLabel ?? "Read from a file",
      disabled: locked,
      onChange: read,
    }),
  );
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
  pick: "Select",
  name: "Size",
  family: "Family",
  vcpus: "vCPUs",
  memory: "Memory (GB)",
  gpus: "GPUs",
  lowPriority: "Low priority",
  yes: "yes",
  no: "no",
  count: "{shown} of {total} sizes",
  countPolicy: "{shown} of {total} sizes (narrowed by the policy)",
  denied: "{size} is not allowed by the policy",
};

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
const same = (a, b) => typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/**
 * Picks a VM size from the sizes the kind accepts (`sizes()` from "amlint": the full module,
 * `loadFull()`), as the studio does: the size typed (the table's sizes as suggestions; a size the
 * table does not list stays as typed, and the findings say what is wrong with it), and a table of
 * name, family, vCPUs, memory, GPUs and low-priority availability with CPU/GPU and search filters,
 * whose first column selects a row (arrow keys move between rows, Space or Enter selects).
 * `ui:options`: `kind` (the generated uiSchema sets it), `policy` (the table lists only the sizes
 * the policies allow, and a current size they deny is marked; the value itself is never changed),
 * `sizes` (a region's `az ml compute list-sizes` output), `labels` (its words, which the uiSchema
 * gives in the form's language). Before the full module is loaded, and when the field is locked,
 * the text input alone.
 */
export function makeSizePicker(amlint) {
  return function SizePickerWidget(props) {
    const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, label } = props;
    const [processor, setProcessor] = useState("all");
    const [search, setSearch] = useState("");
    const { kind, policy, sizes: region } = options ?? {};
    const words = { ...ENGLISH, ...options?.labels };
    const table = useMemo(() => {
      try {
        const base = { kind, ...(region ? { sizes: region } : {}) };
        const all = amlint.sizes(base);
        return { all, allowed: policy ? amlint.sizes({ ...base, policy }) : all };
      } catch {
        return undefined;
      }
    }, [kind, policy, region]);
    const locked = disabled || readonly;
    const denied =
      table !== undefined && policy && value && table.all.some((size) => same(size.name, value)) && !table.allowed.some((size) => same(size.name, value));
    const pick = (name) => {
      if (!locked) onChange(name);
    };
    const typed = h("input", {
      id,
      name: id,
      type: "text",
      list: table && !locked ? `${id}__sizes` : undefined,
      value: value ?? "",
      required,
      disabled,
      readOnly: readonly,
      autoFocus: autofocus,
      autoComplete: "off",
      spellCheck: false,
      "aria-describedby": `${describedBy(id)}${denied ? ` ${id}__denied` : ""}`,
      onChange: (event) => onChange(event.target.value === "" ? options?.emptyValue : event.target.value),
      onBlur: (event) => onBlur?.(id, event.target.value),
      onFocus: (event) => onFocus?.(id, event.target.value),
    });
    const mark = denied ? h("p", { className: "amlint-size-denied", id: `${id}__denied` }, fill(words.denied, { size: value })) : null;
    if (table === undefined || locked) return h("div", { className: "amlint-size-picker" }, typed, mark);
    const needle = search.trim().toLowerCase();
    const shown = table.allowed.filter(
      (size) =>
        (processor === "all" || (processor === "gpu") === size.gpus > 0) &&
        (needle === "" || size.name.toLowerCase().includes(needle) || size.family.toLowerCase().includes(needle)),
    );
    const filter = (text, which) =>
      h(
        "label",
        { key: which },
        h("input", { type: "radio", name: `${id}__processor`, value: which, checked: processor === which, onChange: () => setProcessor(which) }),
        ` ${text} `,
      );
    const cell = (text) => h("td", null, text);
    const yesNo = (flag) => (flag === undefined || flag === null ? "–" : flag ? words.yes : words.no);
    const count = fill(policy ? words.countPolicy : words.count, { shown: shown.length, total: table.all.length });
    return h(
      "div",
      { className: "amlint-size-picker" },
      typed,
      mark,
      h(
        "datalist",
        { id: `${id}__sizes` },
        table.allowed.map((size) => h("option", { key: size.name, value: size.name })),
      ),
      h(
        "div",
        { className: "amlint-size-filters" },
        h(
          "fieldset",
          { style: { display: "inline", border: 0, padding: 0, margin: 0 } },
          h("legend", { style: { display: "inline", padding: 0 } }, `${words.processor}: `),
          filter(words.all, "all"),
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
      ),
      h(
        "div",
        { className: "amlint-size-table", style: { maxHeight: "18em", overflow: "auto" } },
        h(
          "table",
          { "aria-label": label ? `${label}: ${count}` : count },
          h("caption", { "aria-live": "polite", style: { textAlign: "start" } }, count),
          h(
            "thead",
            null,
            h(
              "tr",
              null,
              [words.pick, words.name, words.family, words.vcpus, words.memory, words.gpus, words.lowPriority].map((text, i) => h("th", { key: i, scope: "col" }, text)),
            ),
          ),
          h(
            "tbody",
            null,
            shown.map((size) => {
              const chosen = same(size.name, value);
              return h(
                "tr",
                { key: size.name, "data-size": size.name, "aria-selected": chosen, className: chosen ? "amlint-size-chosen" : undefined },
                h(
                  "td",
                  null,
                  h("input", {
                    type: "radio",
                    name: `${id}__size`,
                    id: `${id}__${size.name}`,
                    value: size.name,
                    checked: chosen,
                    "aria-label": size.name,
                    // Arrow keys move between the rows (and select, as radio buttons do), Space selects.
                    onChange: () => pick(size.name),
                    // Enter selects too, and does not submit the form.
                    onKeyDown: (event) => {
                      if (event.key === "Enter") {
                        event.preventDefault();
                        pick(size.name);
                      }
                    },
                  }),
                ),
                h("td", null, h("label", { htmlFor: `${id}__${size.name}` }, size.name)),
                cell(size.family),
                cell(size.vcpus),
                cell(size.memoryGb === undefined || size.memoryGb === null ? "–" : number.format(size.memoryGb)),
                cell(size.gpus),
                cell(yesNo(size.lowPriority)),
              );
            }),
          ),
        ),
      ),
    );
  };
}
