// Turns the text `flat_text` in src/wasm/dto.rs writes for a list of findings into the Diagnostic
// objects `validate` returns: the objects JSON.parse would make of their JSON, keys in the same
// order, without JSON's parser. Strings are `<n>:<n UTF-16 code units>`, numbers `<digits>;`.
// Export only `export function` declarations: scripts/build-wasm rewrites them as CommonJS for the
// Node build.
export function findings(text) {
  let at = 0;
  const number = () => {
    const end = text.indexOf(";", at);
    const value = Number(text.slice(at, end));
    at = end + 1;
    return value;
  };
  const string = () => {
    const colon = text.indexOf(":", at);
    at = colon + 1 + Number(text.slice(at, colon));
    return text.slice(colon + 1, at);
  };
  const out = [];
  while (at < text.length) {
    const finding = {
      code: string(),
      rule: string(),
      severity: string(),
      blocking: number() === 1,
      pointer: string(),
      document: number(),
      message: string(),
      params: {},
    };
    for (let count = number(); count > 0; count--) {
      const name = string();
      finding.params[name] = string();
    }
    if (number() === 1) {
      finding.line = number();
      finding.column = number();
      finding.endLine = number();
      finding.endColumn = number();
    }
    if (number() === 1) {
      const fix = { applicability: string(), edits: [] };
      for (let count = number(); count > 0; count--) {
        fix.edits.push({ line: number(), column: number(), endLine: number(), endColumn: number(), start: number(), end: number(), content: string() });
      }
      fix.patch = JSON.parse(string());
      if (number() === 1) fix.secret = true;
      finding.fix = fix;
    }
    out.push(finding);
  }
  return out;
}

// Patterns of the schemas a form asks about, compiled once each (a form asks again on every render).
const patterns = new Map();

// Whether `text` matches a JSON Schema `pattern` (ECMA 262, as the specification says): 1 or 0, or
// 2 for a pattern RegExp cannot read. The error is caught here, so it never crosses WebAssembly.
export function testPattern(pattern, text) {
  let regexp = patterns.get(pattern);
  if (regexp === undefined) {
    try {
      regexp = new RegExp(pattern, "u");
    } catch {
      regexp = null;
    }
    if (patterns.size > 1000) patterns.clear();
    patterns.set(pattern, regexp);
  }
  return regexp === null ? 2 : regexp.test(text) ? 1 : 0;
}
