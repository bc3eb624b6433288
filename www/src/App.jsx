import { Fragment, createContext, useCallback, useContext, useMemo, useState } from "react";
import Form from "@rjsf/core";
import { applyFixes, applyPatch, explain, fix, formSpec, kinds as listKinds, loadLocale, parse, schema as schemaOf, severities, toYaml, validate } from "amlint";
import { createValidator, fieldPointer, pointerToPath } from "amlint/rjsf";
import { LANGUAGES, WORDS, rjsfTranslator } from "./i18n.js";
import { STARTERS, TABS } from "./starters.js";

/** The kinds amlint knows, with their titles in `locale`. */
const kindsIn = (locale) => Object.fromEntries(listKinds({ locale }).map((k) => [k.kind, k]));
/** What amlint says of a kind az ml cannot submit (the summary of its rule, by name), shown above such forms. */
const studioOnly = (locale) => explain("not-submittable-with-cli", { locale }).summary.replaceAll("`", "");
const Findings = createContext({});
/** amlint's severities, most severe first: the order of the summary, and which finding marks a field. */
const SEVERITIES = severities();
const rank = (severity) => SEVERITIES.indexOf(severity);

/** RJSF's id of the field at a JSON pointer: `/ssh_settings/admin_username` → `root_ssh_settings_admin_username`. */
const fieldId = (pointer) => ["root", ...pointerToPath(pointer)].join("_");

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Server-managed fields are hidden, secrets masked, `type` and `$schema` fixed by the tab. */
function uiSchemaFor(schema, root = true) {
  const ui = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.readOnly || (root && (key === "type" || key === "$schema"))) ui[key] = { "ui:widget": "hidden" };
    else if (property.writeOnly) ui[key] = { "ui:widget": "password" };
    else if (property.type === "object" && property.properties) ui[key] = uiSchemaFor(property, false);
    else if (property.type === "array" && property.items?.properties) ui[key] = { items: uiSchemaFor(property.items, false) };
    else if (key === "description") ui[key] = { "ui:widget": "textarea", "ui:options": { rows: 2 } };
  }
  return ui;
}

function FieldTemplate(props) {
  const { id, classNames, style, label, required, description, children, hidden, displayLabel, help } = props;
  const findings = useContext(Findings)[id] ?? [];
  if (hidden) return <div hidden>{children}</div>;
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
      {children}
      {findings.map((f, i) => (
        <p key={i} className={`finding ${f.severity}`} data-code={f.code} role={f.blocking ? "alert" : undefined}>
          <span className="badge">{f.code}</span> {f.message}
        </p>
      ))}
      {help}
    </div>
  );
}

const NoErrors = () => null;

const plural = (n, [one, many]) => `${n} ${n === 1 ? one : many}`;

function Summary({ findings, fromText, words, onFix, onFixAll }) {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  for (const f of findings) counts[f.severity]++;
  const safe = findings.some((f) => f.fix?.applicability === "safe");
  return (
    <section className="panel summary" aria-label={words.findings}>
      <h2>
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
        <ul>
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

export function App() {
  // English is built in; another language is loaded (once) before it is shown.
  const [locale, setLocale] = useState("en");
  const words = WORDS[locale];
  const KINDS = useMemo(() => kindsIn(locale), [locale]);
  const chooseLanguage = useCallback(async (next) => {
    await loadLocale(next);
    setLocale(next);
  }, []);
  const [kind, setKind] = useState("amlcompute");
  const [formData, setFormData] = useState(STARTERS.amlcompute);
  const [yaml, setYaml] = useState(() => toYaml(STARTERS.amlcompute));
  // Where the last edit came from: the form regenerates the YAML; YAML typed by hand is kept.
  const [source, setSource] = useState("form");

  // The schema a form renders: without the anyOf/not pickers (amlint's validator checks those).
  const schema = useMemo(() => schemaOf(kind, { locale, form: true }), [kind, locale]);
  const uiSchema = useMemo(() => uiSchemaFor(schema), [schema]);
  const validator = useMemo(() => createValidator({ kind, locale }), [kind, locale]);

  // The spec the form stands for (sections not filled in left out), as the validator reads it.
  const spec = useMemo(() => formSpec(formData ?? {}), [formData]);
  const findings = useMemo(
    () => (source === "text" ? validate(yaml, { locale }) : validate(spec, { kind, locale })),
    [source, yaml, spec, kind, locale],
  );
  const byField = useMemo(() => {
    const map = {};
    for (const f of findings) (map[fieldId(fieldPointer(f))] ??= []).push(f);
    return map;
  }, [findings]);

  const switchKind = useCallback((next) => {
    setKind(next);
    setFormData(STARTERS[next]);
    setYaml(toYaml(STARTERS[next]));
    setSource("form");
  }, []);

  const onFormChange = useCallback(({ formData: data }, fieldId) => {
    setFormData(data);
    // RJSF also reports changes it makes itself (new data from the YAML pane, defaults): only a
    // user's edit of a field rewrites the YAML.
    if (fieldId !== undefined) {
      setYaml(toYaml(formSpec(data ?? {})));
      setSource("form");
    }

  }, []);

  const onYamlChange = useCallback((event) => {
    const text = event.target.value;
    setYaml(text);
    setSource("text");
    const spec = parse(text);
    if (spec && typeof spec === "object" && !Array.isArray(spec)) {
      if (typeof spec.type === "string" && STARTERS[spec.type.toLowerCase()]) setKind(spec.type.toLowerCase());
      setFormData(spec);
    }
  }, []);

  // Fixes come from amlint: of the text when it was typed, of the form's spec otherwise.
  const showText = useCallback((text) => {
    setYaml(text);
    setSource("text");
    const spec = parse(text);
    if (spec && typeof spec === "object" && !Array.isArray(spec)) setFormData(spec);
  }, []);
  const showSpec = useCallback((next) => {
    setFormData(next);
    setYaml(toYaml(next));
    setSource("form");
  }, []);
  const fixOne = useCallback(
    (finding) => (source === "text" ? showText(applyFixes(yaml, [finding])) : showSpec(applyPatch(spec, [finding]))),
    [source, yaml, spec, showText, showSpec],
  );
  const fixAll = useCallback(() => {
    if (source === "text") showText(fix(yaml, { locale }).text);
    else showSpec(fix(spec, { kind, locale }).spec);
  }, [source, yaml, spec, kind, locale, showText, showSpec]);

  const download = useCallback(() => {
    const url = URL.createObjectURL(new Blob([yaml], { type: "application/yaml" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${formData?.name || "compute"}.yml` });
    link.click();
    URL.revokeObjectURL(url);
  }, [yaml, formData]);

  const tab = TABS.find((t) => t.kinds.includes(kind));

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
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={t === tab} className={t === tab ? "active" : ""} onClick={() => switchKind(t.kinds[0])}>
            {words.tabs[t.id]}
          </button>
        ))}
      </nav>
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
      <main>
        <section className="panel form" aria-label={words.form(capitalise(KINDS[kind].title))} lang={locale}>

          {KINDS[kind].submission === "studio" && (
            <p className="note">{studioOnly(locale)}</p>
          )}
          <Findings.Provider value={byField}>
            <Form
              key={`${kind}-${locale}`}
              schema={schema}
              uiSchema={uiSchema}
              formData={formData}
              validator={validator}
              translateString={rjsfTranslator(locale)}

              onChange={onFormChange}
              liveValidate
              noHtml5Validate
              showErrorList={false}
              experimental_defaultFormStateBehavior={{ emptyObjectFields: "skipEmptyDefaults" }}

              templates={{ FieldTemplate, FieldErrorTemplate: NoErrors }}

            >
              <button type="button" className="primary" onClick={download}>
                {words.download}
              </button>
            </Form>
          </Findings.Provider>
        </section>
        <aside>
          <Summary findings={findings} fromText={source === "text"} words={words} onFix={fixOne} onFixAll={fixAll} />
          <section className="panel yaml">
            <h2>YAML</h2>

            <textarea aria-label="YAML" spellCheck={false} value={yaml} onChange={onYamlChange} rows={18} />
            <p className="hint">
              {words.hint(<code key="command">az ml compute {KINDS[kind].submission === "attach" ? "attach" : "create"} --file</code>)}
            </p>

          </section>
        </aside>
      </main>
    </div>
  );
}
