// Stands in for `markdown-to-jsx/react` (vite.config.js): react-jsonschema-form imports it for
// descriptions written in Markdown (`ui:enableMarkdownInDescription`), which the playground does not
// turn on; amlint's texts are plain. It is a quarter of RJSF's code: leaving it out keeps the first
// load within its budget (docs/playground.md).
export function Markdown({ children }) {
  return children;
}
