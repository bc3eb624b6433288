// react-jsonschema-form's validator interface on top of amlint: errors come from amlint's rules,
// and `isValid` (which RJSF asks of `if` conditions to decide what to render) from amlint's
// schema evaluator. Shared by the browser and Node entries of `amlint/rjsf`.

/** `/a/b/0` → ["a", "b", "0"] (RFC 6901). */
export function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * The pointer of the field a finding belongs to: its own pointer, or for a missing required field
 * (which points at the object that lacks it, as ajv does) the missing field, where a form shows it.
 */
export function fieldPointer(diagnostic) {
  const missing = diagnostic.params?.property;
  if (missing === undefined) return diagnostic.pointer;
  return `${diagnostic.pointer}/${missing.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

// Where an error belongs in RJSF's errorSchema: its path of keys, kept beside the error (not as
// an own property RJSF would show) so a key holding a `.` (a tag `cost.center`) stays one key.
const paths = new WeakMap();

function errorList(diagnostics) {
  return diagnostics.map((d) => {
    const path = pointerToPath(fieldPointer(d));
    const property = path.length ? `.${path.join(".")}` : ".";
    const error = {
      name: d.code,
      property,
      message: d.message,
      params: { code: d.code, rule: d.rule, severity: d.severity },
      stack: `${property} ${d.message}`.trim(),
      schemaPath: "",
    };
    paths.set(error, path);
    return error;
  });
}

function errorSchemaOf(errors) {
  const root = {};
  for (const error of errors) {
    // Errors amlint did not make (customValidate's, transformErrors' own) carry only `property`.
    const path = paths.get(error) ?? (error.property === "." ? [] : error.property.slice(1).split("."));
    let node = root;
    for (const key of path) {
      node = node[key] ??= {};
    }
    (node.__errors ??= []).push(error.message);
  }
  return root;
}

/** The `errors` of an errorSchema, as RJSF's own `toErrorList` gives them. */
function toErrorList(errorSchema, path = []) {
  const out = [];
  for (const [key, value] of Object.entries(errorSchema ?? {})) {
    if (key === "__errors") {
      const property = path.length ? `.${path.join(".")}` : ".";
      for (const message of value) out.push({ property, message, stack: `${property} ${message}` });
    } else if (value && typeof value === "object") {
      out.push(...toErrorList(value, [...path, key]));
    }
  }
  return out;
}

/** An error handler for `customValidate`: `errors.field.addError("...")`. */
function errorHandler(target = {}) {
  return new Proxy(target, {
    get(object, key) {
      if (key === "addError") return (message) => (object.__errors ??= []).push(message);
      if (key === "__errors") return object.__errors;
      if (typeof key !== "string") return object[key];
      object[key] ??= {};
      return errorHandler(object[key]);
    },
  });
}

/**
 * Makes an RJSF validator. `options.kind` is the compute kind the form edits (so `type` may be
 * left out of the form data); `options.locale` selects the message language; `select`,
 * `extendSelect`, `ignore`, `severity`, `failOn`, `previous` (the compute as it is, for an edit
 * form), `existing` and `sizes` are `validate`'s. Only the findings amlint marks
 * `blocking` (errors, unless `failOn` says otherwise) block submission; `diagnostics(formData)`
 * gives all of them.
 */
export function makeValidator(amlint, options = {}) {
  return validatorOf(amlint, options, true);
}

// `own`: whether RJSF's validation reports amlint's findings; `formProps` with `formData` hands
// them to RJSF as `extraErrors` instead (in the current language from the first render), and its
// validator reports only what `customValidate` and `transformErrors` add.
function validatorOf(amlint, options, own) {
  // Options read once, when first needed: the validator may be made before `init()` has run.
  let validator;
  const diagnostics = (formData) => {
    // `form`: RJSF keeps an empty object for every optional section not filled in; amlint reads
    // those as not set, as the spec the form stands for.
    validator ??= amlint.validator({ ...options, form: true });
    return validator.validate(formData ?? {});
  };
  // RJSF asks isValid of every condition and option on each render, with the same root schema
  // object: read each root once (as ajv compiles it once), not on every call.
  const matchers = new WeakMap();
  const matcherFor = (rootSchema) => {
    let matcher = matchers.get(rootSchema);
    if (matcher === undefined) {
      matcher = amlint.matcher(rootSchema);
      matchers.set(rootSchema, matcher);
    }
    return matcher;
  };
  return {
    diagnostics,
    // A "Fix" beside a message: the form data with that finding's fix applied (a new object).
    applyFix(formData, diagnostic) {
      return amlint.applyPatch(formData ?? {}, [diagnostic]);
    },
    validateFormData(formData, _schema, customValidate, transformErrors, uiSchema) {
      let errors = own ? errorList(diagnostics(formData).filter((d) => d.blocking)) : [];
      let errorSchema = errorSchemaOf(errors);
      if (customValidate) {
        const custom = {};
        customValidate(formData, errorHandler(custom), uiSchema);
        const extra = toErrorList(custom);
        errors = [...errors, ...extra];
        errorSchema = errorSchemaOf(errors);
      }
      if (transformErrors) {
        errors = transformErrors(errors, uiSchema);
        errorSchema = errorSchemaOf(errors);
      }
      return { errors, errorSchema };
    },
    toErrorList,
    isValid(schema, formData, rootSchema) {
      if (rootSchema === null || typeof rootSchema !== "object") return amlint.matches(schema, formData ?? {}, rootSchema);
      return matcherFor(rootSchema).matches(schema, formData ?? {});
    },
    rawValidation(_schema, formData) {
      return { errors: own ? diagnostics(formData).filter((d) => d.blocking) : [], validationError: undefined };
    },
    reset() {},
  };
}

/**
 * The props of `<Form>` for a kind: the form's schema, the generated uiSchema in `locale` (and
 * `mode`), an amlint validator with the other options (`validate`'s), and the widgets, fields and
 * templates the uiSchema names; `liveValidate` so findings show as the user types. `policy` also
 * narrows the size picker's list and the schema's bounds (never by an `enum` or `const` RJSF would
 * enforce by replacing the value: a size the policy denies stays as it is, and its finding shows
 * under the field); `sizes` (a region's list) is the picker's too. The schema stays English
 * whatever the locale (titles and help come from the uiSchema). With `formData` (the form's
 * current data), the findings are given as `extraErrors`, which block submission: shown from the
 * first render (a compute loaded for editing) and re-worded at once when `locale` changes (RJSF
 * validates only when the data changes).
 */
export function makeFormProps(amlint, registry, kind, options = {}) {
  const { formData, ...settings } = options;
  // Called on every render in the recipe: the same options give the same props (one validator, so
  // its schema matcher is read once, and no schema or uiSchema made again).
  const own = !("formData" in options);
  const key = JSON.stringify([kind, settings, own]);
  let cached = lastProps.get(amlint);
  if (cached?.key !== key) {
    cached = { key, props: freshFormProps(amlint, registry, kind, settings, own) };
    lastProps.set(amlint, cached);
  }
  const { props } = cached;
  if (own) return props;
  const data = JSON.stringify(formData ?? {});
  if (cached.data !== data) {
    cached.data = data;
    // Nothing shown on a form not yet filled in (as live validation shows nothing before the first
    // change); `undefined` when nothing blocks, as an empty object would block submission.
    const blocking = data === "{}" ? [] : props.validator.diagnostics(formData).filter((d) => d.blocking);
    cached.extra = blocking.length ? { ...props, extraErrors: errorSchemaOf(errorList(blocking)), extraErrorsBlockSubmit: true } : props;
  }
  return cached.extra;
}

const lastProps = new WeakMap();

/**
 * The schema with what a policy narrowed kept as bounds the validator reports on, without the
 * `enum` or `const` RJSF enforces by replacing a value outside it with the default: where the
 * policy marked a field (`x-amlint-policy`), the unnarrowed schema's `enum` and `const` (if any).
 */
function unenforced(narrowed, plain) {
  if (Array.isArray(narrowed)) return narrowed.map((item, i) => unenforced(item, Array.isArray(plain) ? plain[i] : undefined));
  if (narrowed === null || typeof narrowed !== "object") return narrowed;
  const out = {};
  for (const [key, value] of Object.entries(narrowed)) out[key] = unenforced(value, plain?.[key]);
  if ("x-amlint-policy" in narrowed) {
    for (const key of ["enum", "const"]) {
      if (plain && key in plain) out[key] = plain[key];
      else delete out[key];
    }
  }
  return out;
}

function freshFormProps(amlint, registry, kind, options, own) {
  const { locale, mode, ...rest } = options;
  const uiSchema = amlint.uiSchema(kind, { ...(locale ? { locale } : {}), ...(mode ? { mode } : {}) });
  // A policy narrows the size picker's list and the schema (its bounds show in the form), and the
  // validator reports what it denies; a region's list of sizes is the picker's too.
  for (const field of Object.values(uiSchema)) {
    if (field?.["ui:widget"] === "sizePicker") {
      field["ui:options"] = { ...field["ui:options"], ...(rest.policy ? { policy: rest.policy } : {}), ...(rest.sizes ? { sizes: rest.sizes } : {}) };
    }
  }
  const form = { form: true, ...(mode ? { mode } : {}) };
  const schema = rest.policy ? unenforced(amlint.schema(kind, { ...form, policy: rest.policy }), amlint.schema(kind, form)) : amlint.schema(kind, form);
  return {
    schema,
    uiSchema,
    validator: validatorOf(amlint, { kind, ...(locale ? { locale } : {}), ...rest }, own),
    liveValidate: true,
    ...registry,
  };
}
