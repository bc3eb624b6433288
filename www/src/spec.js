// Secrets on screen: where the schema says a field is a secret (`writeOnly`), its value masked in the
// YAML pane, and the mask read back as the secret it stands for. Presentation only: which fields are
// secrets is amlint's schema's.

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
