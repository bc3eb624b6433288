import { Fragment, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import Form, { getDefaultRegistry } from "@rjsf/core";
import {
  applyFixes,
  applyPatch,
  editState,
  explain,
  fix,
  formSpec,
  kinds as listKinds,
  loadFull,
  loadLocale,
  parse,
  schema as schemaOf,
  severities,
  toYaml,
  uiSchema as uiSchemaOf,
  updateSpec,
  validate,
} from "amlint";
import { createValidator, fieldPointer, fields, pointerToPath, widgets } from "amlint/rjsf";
import { LANGUAGES, WORDS, rjsfTranslator } from "./i18n.js";
import { STARTERS, TABS } from "./starters.js";
import { MASK, masked, secretPaths, unmasked } from "./spec.js";

/** The kinds amlint knows, with their titles in `locale`. */
const kindsIn = (locale) => Object.fromEntries(listKinds({ locale }).map((k) => [k.kind, k]));
/** What amlint says of a kind az ml cannot submit (the summary of its rule, by name), shown above such forms. */
const studioOnly = (locale) => explain("not-submittable-with-cli", { locale }).summary.replaceAll("`", "");
/** What the form's templates read from the page: findings by field id, the mode, the words. */
const Page = createContext({ byField: {} });
/** amlint's severities, most severe first: the order of the summary, and which finding marks a field. */
let SEVERITIES;
const rank = (severity) => (SEVERITIES ??= severities()).indexOf(severity);

/** RJSF's id of the field at a JSON pointer: `/ssh_settings/admin_username` → `root_ssh_settings_admin_username`. */
const fieldId = (pointer) => ["root", ...pointerToPath(pointer)].join("_");

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const isSpec = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The uiSchema until the full module, which makes amlint's (`uiSchema()`), is loaded: what Azure
 * sets hidden, secrets in amlint's password widget, the size in the size picker; `type` and
 * `$schema` fixed by the tab.
 */
function firstUiSchema(schema, root = true) {
  const ui = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.readOnly || (root && (key === "type" || key === "$schema"))) ui[key] = { "ui:widget": "hidden", "ui:field": "hidden" };
    else if (property.writeOnly) ui[key] = { "ui:widget": "password" };
    else if (root && key === "size" && property.type === "string") ui[key] = { "ui:widget": "sizePicker" };
    else if (property.type === "object" && property.properties) ui[key] = firstUiSchema(property, false);
    else if (property.type === "array" && property.items?.properties) ui[key] = { items: firstUiSchema(property.items, false) };
  }
  return ui;
}

/** Sections until amlint's uiSchema names them: the fields before the size, the size, the rest, and the objects and lists folded away. */
function firstSections(schema, words) {
  const properties = schema.properties ?? {};
  const order = Object.keys(properties);
  const sizeAt = order.indexOf("size");
  const sections = { basics: [], size: [], settings: [], advanced: [] };
  for (const name of order) {
    const property = properties[name];
    if (name === "size" && sizeAt >= 0) sections.size.push(name);
    else if (property.type === "object" || property.type === "array" || property.properties) sections.advanced.push(name);
    else if (sizeAt >= 0 && order.indexOf(name) > sizeAt) sections.settings.push(name);
    else sections.basics.push(name);
  }
  return Object.entries(sections).map(([id, fields]) => ({ id, title: words.steps[id], advanced: id === "advanced", fields }));
}

function FieldTemplate(props) {
  const { id, classNames, style, label, required, description, children, hidden, displayLabel, help, rawHelp, schema, uiSchema } = props;
  const { byField, mode, words } = useContext(Page);
  const findings = byField[id] ?? [];
  if (hidden) return <div hidden>{children}</div>;
  // Fixed at creation, when editing: amlint's uiSchema gives the reason (its `ui:help`).
  const locked = mode === "update" && id !== "root" && Boolean(schema.readOnly || uiSchema?.["ui:readonly"]);
  const worst = findings.reduce((w, f) => (w === "none" || rank(f.severity) < rank(w) ? f.severity : w), "none");
  return (
    <div className={`field ${classNames ?? ""} severity-${worst}`} style={style} data-field={id}>
      {displayLabel && label && (
        <label htmlFor={id}>
          {label}
          {required && <span className="required" aria-label="required"> *</span>}
        </label>
      )}
      {displayLabel && description}
      {locked && (
        <p className="locked" data-locked={id}>
          {rawHelp ?? words.locked}
        </p>
      )}
      {children}
      {findings.map((f, i) => (
        <p key={i} className={`finding ${f.severity}`} data-code={f.code} role={f.blocking ? "alert" : undefined}>
          <span className="badge">{f.code}</span> {f.message}
        </p>
      ))}
      {!locked && help}
    </div>
  );
}

const DefaultObjectTemplate = getDefaultRegistry().templates.ObjectFieldTemplate;

/**
 * The root form in the studio's order: amlint's sections (`ui:options.sections` of its uiSchema),
 * numbered, the advanced ones folded away with the number of findings in them.
 */
function ObjectTemplate(props) {
  const { byField, words } = useContext(Page);
  if (props.fieldPathId?.$id !== "root") return <DefaultObjectTemplate {...props} />;
  const sections = props.uiSchema?.["ui:options"]?.sections ?? firstSections(props.schema, words);
  const byName = new Map(props.properties.map((p) => [p.name, p]));
  const placed = new Set();
  const findingsIn = (names) =>
    Object.entries(byField).reduce((n, [id, found]) => n + (names.some((name) => id === `root_${name}` || id.startsWith(`root_${name}_`)) ? found.length : 0), 0);
  let step = 0;
  const drawn = sections.map((section) => {
    const names = section.fields.filter((name) => byName.has(name) && !byName.get(name).hidden);
    for (const name of names) placed.add(name);
    if (names.length === 0) return null;
    const title = `${++step}. ${section.title}`;
    const content = names.map((name) => byName.get(name).content);
    if (!section.advanced) {
      return (
        <section key={section.id} className="step" data-section={section.id} aria-labelledby={`step-${section.id}`}>
          <h3 id={`step-${section.id}`}>{title}</h3>
          {content}
        </section>
      );
    }
    const found = findingsIn(names);
    return (
      <details key={section.id} className="step advanced" data-section={section.id}>
        <summary>
          {title}
          {found > 0 && <span className="in-advanced"> ({words.inAdvanced(found)})</span>}
        </summary>
        {content}
      </details>
    );
  });
  return (
    <div className="steps" id="root">
      {props.title && <h2 className="form-title">{props.title}</h2>}
      {props.description && <p className="form-description">{props.description}</p>}
      {drawn}
      {props.properties.filter((p) => !placed.has(p.name)).map((p) => p.content)}
    </div>
  );
}

const NoErrors = () => null;

const plural = (n, [one, many]) => `${n} ${n === 1 ? one : many}`;

function Summary({ findings, fromText, words, onFix, onFixAll }) {
  const counts = Object.fromEntries((SEVERITIES ??= severities()).map((severity) => [severity, 0]));
  for (const f of findings) counts[f.severity]++;
  const safe = findings.some((f) => f.fix?.applicability === "safe");
  return (
    <section className="panel summary" aria-labelledby="findings-title">
      <h2 id="findings-title">
        {words.findings}
        {SEVERITIES.map((severity) => (
          <Fragment key={severity}>
            {" "}
            <span className={`count ${severity}`}>{plural(counts[severity], words.count[severity])}</span>
          </Fragment>
        ))}
        {safe && (
          <button type="button" className="fix-all" onClick={onFixAll}>
            {words.fixAll}
          </button>
        )}
      </h2>
      {findings.length === 0 ? (
        <p className="clean">{words.clean}</p>
      ) : (
        // Scrolls when long: focusable, so a keyboard can scroll it.
        <ul tabIndex={0} aria-labelledby="findings-title">
          {[...findings]
            .sort((a, b) => rank(a.severity) - rank(b.severity))
            .map((f, i) => (
              <li key={i} className={f.severity} data-code={f.code}>
                <span className="badge">{f.code}</span>
                {fromText && f.line ? <span className="where">{`${f.line}:${f.column}`}</span> : <code className="where">{f.pointer || "/"}</code>}
                <span>{f.message}</span>
                {f.fix && (
                  <button
                    type="button"
                    className={`fix ${f.fix.applicability}`}
                    onClick={() => onFix(f)}
                    aria-label={`${words.fix} ${f.code}`}
                    title={f.fix.applicability === "unsafe" ? words.unsafeFix : undefined}
                  >
                    {words.fix}
                  </button>
                )}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

const PRESETS = ["azure-builtin", "alz"];
const MAX_FILE_BYTES = 1 << 20;

/** The policy input: definition files and the presets amlint ships; what they allow, as the narrowed schema says. */
function PolicyPanel({ words, files, presets, error, bounds, onFiles, onRemove, onPreset }) {
  const w = words.policy;
  return (
    <details className="panel policy">
      <summary>
        <h2>{w.title}</h2>
        {(files.length > 0 || presets.length > 0) && <span className="loaded-count"> ({files.length + presets.length})</span>}
      </summary>
      <label className="file">
        {w.files}
        <input type="file" accept=".json,application/json" multiple onChange={onFiles} />
      </label>
      <fieldset className="presets">
        <legend>{w.presets}</legend>
        {PRESETS.map((preset) => (
          <label key={preset}>
            <input type="checkbox" checked={presets.includes(preset)} onChange={(event) => onPreset(preset, event.target.checked)} /> {w.preset[preset]}
          </label>
        ))}
      </fieldset>
      {files.length > 0 && (
        <ul className="policy-files" aria-label={w.loaded}>
          {files.map((file) => (
            <li key={file.name}>
              {file.name}{" "}
              <button type="button" onClick={() => onRemove(file.name)} aria-label={`${w.remove} ${file.name}`}>
                {w.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="policy-error" role="alert">
          {error}
        </p>
      )}
      {bounds.length > 0 ? (
        <>
          <h3>{w.bounds}</h3>
          <ul className="bounds">
            {bounds.map((b) => (
              <li key={b.key} data-bound={b.key}>
                <strong>{b.title}</strong>: {b.text} <span className="by">({b.by})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        files.length === 0 && presets.length === 0 && <p className="hint">{w.none}</p>
      )}
    </details>
  );
}

/** What a policy allows of each field, from the schema it narrows (amlint marks the fields it narrowed). */
function boundsOf(narrowed, w) {
  const bounds = [];
  for (const [key, property] of Object.entries(narrowed.properties ?? {})) {
    const by = property["x-amlint-policy"];
    if (!by) continue;
    const text =
      property.const !== undefined
        ? w.exactly(property.const)
        : property.enum
          ? w.allowed(property.enum.length)
          : [property.minimum !== undefined && w.atLeast(property.minimum), property.maximum !== undefined && w.atMost(property.maximum)].filter(Boolean).join(", ");
    bounds.push({ key, title: property.title ?? key, text, by: by.join(", ") });
  }
  return bounds;
}

export function App() {
  // English is built in; another language is loaded (once) before it is shown.
  const [locale, setLocale] = useState("en");
  const words = WORDS[locale];
  const KINDS = useMemo(() => kindsIn(locale), [locale]);
  const chooseLanguage = useCallback(async (next) => {
    await loadLocale(next);
    setLocale(next);
  }, []);
  // The form works on the form module alone; the full module (YAML, fixes, sizes, edit mode,
  // policies) is fetched once the page is usable.
  const [full, setFull] = useState(false);
  const [fullError, setFullError] = useState("");
  useEffect(() => {
    loadFull().then(
      () => setFull(true),
      (error) => setFullError(error.message),
    );
  }, []);
  const [kind, setKind] = useState("amlcompute");
  const [formData, setFormData] = useState(STARTERS.amlcompute);
  // YAML typed or pasted by hand (`source` "text"); otherwise the pane shows the form's spec.
  const [typed, setTyped] = useState("");
  const [source, setSource] = useState("form");
  // Edit mode: the compute as it is now (`previous`), and the text it was read from.
  const [existing, setExisting] = useState(null);
  const [existingText, setExistingText] = useState("");
  const [editError, setEditError] = useState("");
  const mode = existing ? "update" : "create";
  // Policy: definition files (name and text) and presets.
  const [policyFiles, setPolicyFiles] = useState([]);
  const [presets, setPresets] = useState([]);
  const [policyError, setPolicyError] = useState("");
  const policy = useMemo(
    () => (policyFiles.length || presets.length ? { preset: presets, definitions: policyFiles.map((f) => f.text) } : undefined),
    [policyFiles, presets],
  );

  // The schema a form renders: without the anyOf/not pickers (amlint's validator checks those),
  // create-only fields read-only when editing. Not the policy's narrowed schema: RJSF replaces a
  // value outside an `enum` by the default, so a size the policy denies (typed, pasted, or the size
  // of a compute being edited) would change silently; the validator flags it instead, the picker
  // offers only what the policy allows, and the policy panel shows the narrowed schema's bounds.
  const createSchema = useMemo(() => schemaOf(kind, { locale, form: true }), [kind, locale]);
  const schema = useMemo(() => (mode === "create" ? createSchema : schemaOf(kind, { locale, form: true, mode })), [createSchema, kind, locale, mode]);
  // amlint's uiSchema (sections, widgets, titles and help in the language, the reason a field is
  // locked) is the full module's: until it is loaded, the form draws with the first one.
  // The size picker (amlint/rjsf's) lists only what the policy allows.
  const uiSchema = useMemo(() => {
    const ui = full ? uiSchemaOf(kind, { locale, mode }) : firstUiSchema(createSchema);
    if (policy && ui.size) ui.size = { ...ui.size, "ui:options": { ...ui.size["ui:options"], policy } };
    return ui;
  }, [full, kind, locale, mode, createSchema, policy]);
  const secrets = useMemo(() => secretPaths(createSchema), [createSchema]);
  const bounds = useMemo(() => (policy ? boundsOf(schemaOf(kind, { locale, form: true, policy }), words.policy) : []), [kind, locale, policy, words]);
  const options = useMemo(() => ({ kind, locale, previous: existing ?? undefined, policy }), [kind, locale, existing, policy]);
  const validator = useMemo(() => createValidator(options), [options]);

  // The spec the form stands for (sections not filled in left out), as the validator reads it.
  const spec = useMemo(() => formSpec(formData ?? {}), [formData]);
  const findings = useMemo(
    () => (source === "text" ? validate(typed, { locale, previous: existing ?? undefined, policy }) : validate(spec, options)),
    [source, typed, spec, options, locale, existing, policy],
  );
  const byField = useMemo(() => {
    const map = {};
    for (const f of findings) (map[fieldId(fieldPointer(f))] ??= []).push(f);
    return map;
  }, [findings]);

  // What az ml compute update is given (amlint's `updateSpec`), or nothing when it is what the
  // compute as loaded gives.
  const update = useMemo(() => {
    if (!existing) return null;
    const next = updateSpec(existing, spec);
    return toYaml(next) === toYaml(updateSpec(existing, editState(existing))) ? null : next;
  }, [existing, spec]);
  // The YAML pane: typed text as typed; the form's spec with its secrets masked; when editing, only what changes.
  const shown = useMemo(() => {
    if (!full) return "";
    if (source === "text") return typed;
    if (existing) return update ? toYaml(update) : words.edit.nothing;
    return toYaml(masked(spec, secrets));
  }, [full, source, typed, existing, update, spec, secrets, words]);

  const stopEditing = useCallback(() => {
    setExisting(null);
    setEditError("");
  }, []);

  const switchKind = useCallback((next) => {
    setKind(next);
    setFormData(STARTERS[next]);
    setSource("form");
    setExisting(null);
  }, []);

  const onFormChange = useCallback(({ formData: data }, changedField) => {
    setFormData(data);
    // RJSF also reports changes it makes itself (new data from the YAML pane, defaults): only a
    // user's edit of a field makes the pane show the form's spec.
    if (changedField !== undefined) setSource("form");
  }, []);

  // Text from the pane (typed, or fixed by amlint): the form follows; a masked secret stays the form's.
  const showText = useCallback(
    (text) => {
      setTyped(text);
      setSource("text");
      const read = parse(text);
      if (isSpec(read)) {
        if (typeof read.type === "string" && STARTERS[read.type.toLowerCase()]) setKind(read.type.toLowerCase());
        setFormData((current) => unmasked(read, current, secrets));
      }
    },
    [secrets],
  );
  const onYamlChange = useCallback((event) => showText(event.target.value), [showText]);
  const showSpec = useCallback((next) => {
    setFormData(next);
    setSource("form");
  }, []);
  const fixOne = useCallback(
    (finding) => (source === "text" ? showText(applyFixes(typed, [finding])) : showSpec(applyPatch(spec, [finding]))),
    [source, typed, spec, showText, showSpec],
  );
  const fixAll = useCallback(() => {
    if (source === "text") showText(fix(typed, { locale }).text);
    else showSpec(fix(spec, { kind, locale }).spec);
  }, [source, typed, spec, kind, locale, showText, showSpec]);

  // The file holds the secrets (az ml needs them); only the screen masks them.
  const download = useCallback(() => {
    const text = source === "text" && !typed.includes(MASK) ? typed : existing ? (update ? toYaml(update) : "") : toYaml(spec);
    const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${formData?.name || "compute"}.yml` });
    link.click();
    URL.revokeObjectURL(url);
  }, [source, typed, existing, update, spec, formData]);

  // The form's state is amlint's `editState` (without what Azure sets, or secrets); the compute as
  // it is, `previous`.
  const loadExisting = useCallback(async () => {
    await loadFull();
    const read = parse(existingText);
    const state = isSpec(read) ? editState(read) : null;
    const type = typeof state?.type === "string" ? state.type.toLowerCase() : "";
    if (!STARTERS[type] || typeof state.name !== "string") {
      setEditError(words.edit.notSpec);
      return;
    }
    setEditError("");
    setKind(type);
    setExisting(read);
    setFormData(state);
    setSource("form");
  }, [existingText, words]);

  const addPolicyFiles = useCallback(
    async (event) => {
      const picked = [...event.target.files];
      event.target.value = "";
      await loadFull();
      const read = [];
      for (const file of picked) {
        // Not read beyond the size the command reads a context file to (1 MiB, amlint's `max_bytes`).
        if (file.size > MAX_FILE_BYTES) {
          setPolicyError(words.policy.tooLarge(file.name));
          continue;
        }
        const text = await file.text();
        try {
          // Read once here, so a file amlint cannot read is refused with amlint's reason.
          schemaOf(kind, { policy: { definitions: [text] } });
          read.push({ name: file.name, text });
        } catch (error) {
          setPolicyError(words.policy.unread(file.name, error.message));
          continue;
        }
      }
      if (read.length) {
        setPolicyError("");
        setPolicyFiles((files) => [...files.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
      }
    },
    [kind, words],
  );
  const removePolicyFile = useCallback((name) => setPolicyFiles((files) => files.filter((f) => f.name !== name)), []);
  const choosePreset = useCallback(async (preset, on) => {
    await loadFull();
    setPresets((all) => (on ? [...all, preset] : all.filter((p) => p !== preset)));
  }, []);

  const tab = TABS.find((t) => t.kinds.includes(kind));
  // The tabs as a tab list: one stop for Tab, the arrows (and Home, End) move between them.
  const tabButtons = useRef([]);
  const onTabKey = useCallback(
    (event, index) => {
      const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = (to + TABS.length) % TABS.length;
      switchKind(TABS[next].kinds[0]);
      tabButtons.current[next]?.focus();
    },
    [switchKind],
  );
  const page = useMemo(() => ({ byField, mode, words }), [byField, mode, words]);

  return (
    <div className="app">
      <header>
        <div className="languages" role="group" aria-label={words.language}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" aria-pressed={l === locale} className={l === locale ? "active" : ""} onClick={() => chooseLanguage(l)} lang={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <h1>{words.title}</h1>
        <p>
          {words.intro} <code>amlint check</code>.
        </p>
      </header>
      <nav className="tabs" aria-label={words.kindsNav}>
        <div role="tablist">
          {TABS.map((t, index) => (
            <button
              key={t.id}
              ref={(button) => (tabButtons.current[index] = button)}
              type="button"
              role="tab"
              aria-selected={t === tab}
              aria-controls="compute-form"
              tabIndex={t === tab ? 0 : -1}
              className={t === tab ? "active" : ""}
              onClick={() => switchKind(t.kinds[0])}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {words.tabs[t.id]}
            </button>
          ))}
        </div>
      </nav>
      <div className="layout">
        <main>
          {tab.kinds.length > 1 && (
            <label className="kind-picker">
              {words.computeType}{" "}
              <select value={kind} onChange={(e) => switchKind(e.target.value)} aria-label={words.computeType}>
                {tab.kinds.map((k) => (
                  <option key={k} value={k}>
                    {capitalise(KINDS[k].title)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="context">
            <details className="panel edit" open={existing ? true : undefined}>
              <summary>
                <h2>{words.edit.title}</h2>
              </summary>
              <label htmlFor="existing">{words.edit.paste}</label>
              <textarea id="existing" rows={6} spellCheck={false} value={existingText} onChange={(e) => setExistingText(e.target.value)} />
              <div className="buttons">
                <button type="button" onClick={loadExisting}>
                  {words.edit.load}
                </button>
                {existing && (
                  <button type="button" onClick={stopEditing}>
                    {words.edit.stop}
                  </button>
                )}
              </div>
              {editError && (
                <p className="edit-error" role="alert">
                  {editError}
                </p>
              )}
            </details>
            <PolicyPanel
              words={words}
              files={policyFiles}
              presets={presets}
              error={policyError}
              bounds={bounds}
              onFiles={addPolicyFiles}
              onRemove={removePolicyFile}
              onPreset={choosePreset}
            />
          </div>
          <section id="compute-form" className="panel form" aria-label={words.form(capitalise(KINDS[kind].title))} lang={locale}>
            {existing && (
              <p className="note editing" role="status">
                {words.edit.editing(existing.name)}
              </p>
            )}
            {full && KINDS[kind].submission === "studio" && <p className="note">{studioOnly(locale)}</p>}
            <Page.Provider value={page}>
                <Form
                  key={`${kind}-${locale}-${mode}`}
                  schema={schema}
                  uiSchema={uiSchema}
                  formData={formData}
                  validator={validator}
                  translateString={rjsfTranslator(locale)}
                  onChange={onFormChange}
                  liveValidate
                  noHtml5Validate
                  showErrorList={false}
                  // Editing, the form adds no defaults: they are no change the user made.
                  experimental_defaultFormStateBehavior={{ emptyObjectFields: existing ? "skipDefaults" : "skipEmptyDefaults" }}
                  widgets={widgets}
                  fields={fields}
                  templates={{ FieldTemplate, ObjectFieldTemplate: ObjectTemplate, FieldErrorTemplate: NoErrors }}
                >
                  <button type="button" className="primary" onClick={download} disabled={!full}>
                    {words.download}
                  </button>
                </Form>
            </Page.Provider>
          </section>
        </main>
        <aside aria-label={words.findings}>
          <Summary findings={findings} fromText={source === "text"} words={words} onFix={fixOne} onFixAll={fixAll} />
          <section className="panel yaml" aria-labelledby="yaml-title">
            <h2 id="yaml-title">{existing ? words.edit.yaml : "YAML"}</h2>
            {full ? (
              <textarea aria-label="YAML" spellCheck={false} value={shown} onChange={onYamlChange} readOnly={Boolean(existing)} rows={18} />
            ) : (
              <p className="hint" role={fullError ? "alert" : undefined}>
                {fullError || words.loading}
              </p>
            )}
            <p className="hint">
              {existing
                ? words.edit.hint(<code key="command">az ml compute update</code>)
                : words.hint(<code key="command">az ml compute {KINDS[kind].submission === "attach" ? "attach" : "create"} --file</code>)}
            </p>
            {secrets.length > 0 && <p className="hint">{words.secretsMasked}</p>}
          </section>
        </aside>
      </div>
    </div>
  );
}
