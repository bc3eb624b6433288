// Compiled by `tsc` (npm run typecheck) as CommonJS: the types as a `require` consumer uses them
// (attw.test.mjs checks they are the CommonJS declarations, not the ES module ones).
import amlint = require("amlint");
import nodejs = require("amlint/nodejs");

const found: amlint.Diagnostic[] = amlint.validate({ name: "cpu-cluster" }, { kind: "amlcompute" });
const also: nodejs.Diagnostic[] = nodejs.validate("name: cpu-cluster\ntype: amlcompute\n");
// @ts-expect-error severities are a closed set
const severity: "fatal" = found[0]!.severity;
const satisfied: boolean = amlint.matcher(amlint.schema("aks")).matches({ required: ["name"] }, {});
console.log(found.length + also.length, severity, satisfied);
