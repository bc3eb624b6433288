// What the playground does with a spec to show it: where the schema says a field is a secret or set
// by Azure, the secret masked in the YAML pane, and the fields an edit changes. Presentation only:
// which fields are secrets, which Azure sets and which cannot change is amlint's (its schema's
// `writeOnly` and `readOnly`); whether a change is allowed is its findings'.

/** The mask shown in place of a secret's value. */
export const MASK = "••••••••";

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** The paths (arrays of keys) of the fields `schema` marks `writeOnly`: passwords, keys, tokens. */
export function secretPaths(schema, at = []) {
  const paths = [];
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    if (property.writeOnly) paths.push([...at, key]);
    else if (property.properties) paths.push(...secretPaths(property, [...at, key]));
  }
  return paths;
}

/** The top-level fields Azure sets (`readOnly` in the create schema): hidden, and left out of an edit's state. */
export const serverFields = (schema) => Object.keys(schema?.properties ?? {}).filter((key) => schema.properties[key].readOnly);

function withAt(value, [key, ...rest], replace) {
  if (!isObject(value) || !(key in value)) return value;
  if (rest.length === 0) return { ...value, [key]: replace(value[key]) };
  return { ...value, [key]: withAt(value[key], rest, replace) };
}
const valueAt = (value, path) => path.reduce((v, key) => (isObject(v) ? v[key] : undefined), value);

/** `spec` with each secret's value replaced by the mask, for the screen. */
export const masked = (spec, paths) => paths.reduce((out, path) => withAt(out, path, (v) => (typeof v === "string" && v !== "" ? MASK : v)), spec);

/** A spec read back from the YAML pane, its masks replaced by the secrets they stand for in `current`. */
export const unmasked = (spec, current, paths) => paths.reduce((out, path) => withAt(out, path, (v) => (v === MASK ? valueAt(current, path) : v)), spec);

/** What `after` sets differently from `before`, field by field (sections compared field by field). */
export function changes(before, after) {
  const out = {};
  for (const [key, value] of Object.entries(after ?? {})) {
    const was = before?.[key];
    if (JSON.stringify(value) === JSON.stringify(was)) continue;
    out[key] = isObject(value) && isObject(was) ? changes(was, value) : value;
  }
  return out;
}

/** An existing compute (a spec, or `az ml compute show -o json`'s object) as the form's state: without what Azure sets. */
export const editState = (existing, schema) => Object.fromEntries(Object.entries(existing).filter(([key]) => !serverFields(schema).includes(key)));
