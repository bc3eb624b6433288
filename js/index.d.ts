// The package's API. Data types are generated from the Rust types (tsify) into pkg/full/amlint.d.ts
// (the full module's: the form module's are the same, fewer).
import type { ComputeKind, Diagnostic, Fix, FixResult, KindInfo, Matcher, PolicyOptions, RuleInfo, SchemaOptions, Severity, SizeInfo, SizesOptions, TerraformOptions, TextEdit, UiSchemaOptions, ValidateOptions, Validator } from "../pkg/full/amlint.js";

export type { ComputeKind, Diagnostic, Fix, FixResult, KindInfo, Matcher, PolicyOptions, RuleInfo, SchemaOptions, Severity, SizeInfo, SizesOptions, TerraformOptions, TextEdit, UiSchemaOptions, ValidateOptions, Validator };

/** What `init` and `initSync` accept: a URL, a Response, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module; call and await it once before anything else (browsers and
 * bundlers). Later calls return the same promise; after a failed load, the next call retries.
 * In Node it resolves at once.
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Initialises synchronously, from bytes or a compiled module (workers, tests). */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/**
 * Loads the full module, for what the module `init` loads leaves to it: YAML/JSON text
 * (`validate(text)`, `parse`, `toYaml`), context (`previous`, `existing`, `sizes`, `policy`), the size list (`sizes()`), the UI schemas (`uiSchema`, `jsonFormsUiSchema`), fixes (`fix`,
 * `applyFixes`) and the rule reference (`explain`, `rules`). Called before it, those throw an
 * `Error` that says to call it. `input` is what `init` takes, for the file `amlint/wasm-full`.
 * Memoised; a failed load is not remembered. In Node it resolves at once (Node loads the full
 * module from the start).
 */
export function loadFull(input?: InitInput | Promise<InitInput>): Promise<void>;

/** `loadFull` synchronously, from the full module's bytes or compiled module (workers). */
export function loadFullSync(module: BufferSource | WebAssembly.Module): void;

/**
 * Checks a spec — a plain object (a form's state) or YAML/JSON text — and returns every finding.
 * Findings for text carry 1-based lines and UTF-16 columns. Throws a `TypeError` for input that is
 * not a spec and a `RangeError` for an unknown kind or locale.
 */
export function validate(spec: object | string, options?: ValidateOptions): Diagnostic[];

/**
 * `validate` with its options read once, for a form that validates on every change:
 * `validator({ kind: "amlcompute" }).validate(formState)`. Throws for bad options as `validate`
 * does. The module memory it holds is released when it is garbage-collected, or at once with
 * `free()`.
 */
export function validator(options?: ValidateOptions): Validator;

/**
 * Applies the fixes of a spec as `amlint check --fix` does (the unsafe ones too with
 * `unsafe: true`) until nothing more is fixed: the fixed text (or, for a form's state, the fixed
 * `spec`), how many fixes, what is left.
 */
export function fix(spec: string | object, options?: ValidateOptions & { unsafe?: boolean }): FixResult;

/**
 * Applies the fixes of the given findings (of `validate(text)`) to `text`; pass one finding for a
 * "Fix" button. Overlapping fixes after the first are skipped.
 */
export function applyFixes(text: string, findings: Diagnostic[]): string;

/**
 * Applies the fixes of the given findings (of `validate(state)`) to a form's state, as JSON Patch;
 * returns a new state.
 */
export function applyPatch(state: Record<string, unknown>, findings: Diagnostic[]): Record<string, unknown>;

/**
 * The JSON Schema of a kind (`"compute"`: the one that selects the kind by `type`); with
 * `{ locale: "nl" }` (after `loadLocale("nl")`) its titles and descriptions are Dutch; with
 * `{ form: true }` it is the schema a form renders, without the `anyOf`/`not` that only say which
 * fields go together (form libraries draw them as pickers; `validate` checks them).
 */
export function schema(kind: ComputeKind | "compute", options?: SchemaOptions): Record<string, unknown>;

/** Every compute kind amlint knows; titles in `locale` once it is loaded (`loadLocale`). */
export function kinds(options?: { locale?: string }): KindInfo[];

/** Every rule; docs and summaries in `locale` once it is loaded (`loadLocale`). */
export function rules(options?: { locale?: string }): RuleInfo[];

/**
 * The severities, most severe first: amlint's order, for a face that sorts findings or marks a
 * field by its worst finding. Whether a finding blocks is its `blocking`, not its severity.
 */
export function severities(): Severity[];

/**
 * One rule, with docs and examples, by code or name; docs in `locale` once it is loaded. Throws a
 * `RangeError` for an unknown rule or a language not loaded.
 */
export function explain(code: string, options?: { locale?: string }): RuleInfo;

/**
 * The VM sizes a kind accepts, for a size picker: from the built-in table, or from a region's
 * `az ml compute list-sizes -o json` output (`sizes`), with the studio's filters (CPU or GPU,
 * family, least cores and memory, low priority, a search). The full module's (`loadFull()`).
 */
export function sizes(options: SizesOptions): SizeInfo[];

/**
 * react-jsonschema-form's `uiSchema` for a kind's form, generated from amlint's field tables: fields
 * ordered by section (name, size, scale, then access, network, identity, schedules, advanced: the
 * sections in `ui:options.sections`, the advanced ones marked), widgets by meaning (`password` for
 * secrets, `textarea` for keys and scripts, `duration` with its `unit`, `checkbox`, `sizePicker` for
 * the VM size, `hidden` with the `hidden` field for what Azure sets: `amlint/rjsf`'s `widgets`,
 * `fields` and `templates` draw them), titles and help in `locale`; with `mode: "update"`, fields
 * fixed at creation are `ui:readonly` with the reason in `ui:help`. The full module's (`loadFull()`).
 */
export function uiSchema(kind: ComputeKind, options?: UiSchemaOptions): Record<string, unknown>;

/**
 * The same layout as `uiSchema`, as a JSON Forms UI schema: a `Categorization` with a `Category` per
 * section, a `Group` of controls per nested object (drawn by any renderer set, vanilla too),
 * widgets in each control's `options` (`format: "password"`, `multi`, `widget: "sizePicker"`),
 * `rule`s (a `SHOW` for fields that depend on another, a `DISABLE` for fields fixed at creation in
 * `mode: "update"`, the reason in `options.readonlyReason`). The full module's (`loadFull()`).
 */
export function jsonFormsUiSchema(kind: ComputeKind, options?: UiSchemaOptions): Record<string, unknown>;

/**
 * An edit form's starting state from an existing compute — its YAML, or the output of
 * `az ml compute show -o json`, as text or data: the kind's fields without what Azure sets (`id`,
 * `provisioning_state`, `resourceGroup`, ...) and without secrets. Pair it with
 * `uiSchema(kind, { mode: "update" })` and `previous: existing` for the validator (AML901, AML902).
 * Throws a `TypeError` for what is not a spec. The full module's (`loadFull()`).
 */
export function editState(existing: object | string): Record<string, unknown>;

/**
 * What to give `az ml compute update` for the change from `existing` to `current` (a form's state):
 * `name`, `type` and each changed field the command can change (tags, node counts, scale-down time,
 * identity); never a secret. `toYaml(updateSpec(existing, current))` is the file to submit. The full
 * module's (`loadFull()`).
 */
export function updateSpec(existing: object | string, current: object): Record<string, unknown>;

/**
 * Reads YAML or JSON text as `az ml` does (YAML 1.1) and returns its first document, or `null` when
 * the text is not YAML (`validate(text)` says why, with lines and columns).
 */
export function parse(text: string): unknown;

/**
 * The spec a form's state stands for: empty objects (sections not filled in, which form libraries
 * keep for every optional object) left out, as `validate(state, { form: true })` reads it.
 */
export function formSpec(state: object): Record<string, unknown>;

/** Writes plain data as YAML that `az ml` and YAML 1.2 tools read alike. */
export function toYaml(value: unknown): string;

/**
 * Whether `value` satisfies `schema` (`root` resolves `$ref`s): what form libraries ask of `if`
 * conditions. Every draft-07 and 2020-12 validation keyword counts, `pattern` by the JS engine's
 * `RegExp`; `format` is an annotation. A schema that cannot be evaluated (a `$ref` to nowhere, a
 * `$ref` cycle, an unknown `type`, an invalid pattern, `unevaluatedProperties`) throws a
 * `TypeError`. Reads `root` on every call; to ask many questions of one root schema, use `matcher`.
 */
export function matches(schema: unknown, value: unknown, root?: unknown): boolean;

/**
 * A root schema read once, whose `matches(schema, value)` evaluates values against its subschemas.
 * The root is read when this is called: a schema changed afterwards needs a new matcher. The
 * module memory it holds is released when it is garbage-collected, or at once with `free()`.
 */
export function matcher(root: unknown): Matcher;

/**
 * Loads the messages of a language so `validate(spec, { locale })`, `validator` and the form
 * adapters can use it: `await loadLocale("nl")`. English is built in; other languages are fetched
 * on demand (a chunk of their own in bundlers), so a page carries only what it uses. A tag is read
 * as `validate`'s `locale` is (`"nl-BE"` is Dutch). Loading twice is a no-op; a language amlint
 * does not speak rejects with a `RangeError`.
 */
export function loadLocale(tag: "en" | "nl" | (string & {})): Promise<void>;

/** The version of amlint. */
export function version(): string;
