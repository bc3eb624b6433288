// Fixes in the package: findings carry them (edits with UTF-16 offsets for text, JSON Patch for a
// form's state), `fix` applies them as `amlint check --fix` does, `applyFixes` and `applyPatch`
// apply chosen ones, and the RJSF adapter offers one beside a message.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as amlint from "amlint";
import { createValidator } from "amlint/rjsf";

const text = "# é ok\nname: cpu-cluster\ntype: AmlCompute\ntier: Dedicated   # kept\nmax_instance: 4\n";

test("findings of text carry edits in UTF-16 offsets; fix and applyFixes give the CLI's text", () => {
  const found = amlint.validate(text);
  const tier = found.find((d) => d.pointer === "/tier");
  assert.equal(tier.fix.applicability, "safe");
  const [edit] = tier.fix.edits;
  assert.equal(text.slice(edit.start, edit.end), "Dedicated");
  assert.equal(edit.content, "dedicated");
  assert.deepEqual(tier.fix.patch, [{ op: "replace", path: "/tier", value: "dedicated" }]);
  const rename = found.find((d) => d.code === "AML104");
  assert.equal(rename.fix.applicability, "unsafe");
  // One "Fix" button: that finding only.
  assert.equal(amlint.applyFixes(text, [tier]), text.replace("tier: Dedicated", "tier: dedicated"));
  // "Fix all": the safe fixes, as `amlint check --fix`.
  const all = amlint.fix(text);
  assert.equal(all.text, "# é ok\nname: cpu-cluster\ntype: amlcompute\ntier: dedicated   # kept\nmax_instance: 4\n");
  assert.equal(all.fixed, 2);
  assert.ok(all.diagnostics.some((d) => d.code === "AML104"));
  const unsafe = amlint.fix(text, { unsafe: true });
  assert.match(unsafe.text, /\nmax_instances: 4\n/);
  assert.equal(amlint.fix(unsafe.text, { unsafe: true }).fixed, 0);
  assert.throws(() => amlint.validate(text, { unsafe: true }), { name: "TypeError", message: /unknown option `unsafe`/ });
  assert.throws(() => amlint.fix(3), { name: "TypeError" });
});

test("findings of a form's state carry JSON Patch, and applyPatch makes a new state", () => {
  const state = { name: "cpu-cluster", tier: "Dedicated", max_instance: 4, id: "x", min_instances: 0 };
  const found = amlint.validate(state, { kind: "amlcompute" });
  const fixable = found.filter((d) => d.fix);
  assert.deepEqual(fixable.map((d) => [d.code, d.fix.applicability, d.fix.edits.length]).sort(), [
    ["AML104", "unsafe", 0],
    ["AML105", "unsafe", 0],
    ["AML109", "safe", 0],
  ]);
  const fixed = amlint.applyPatch(state, fixable);
  assert.deepEqual(fixed, { name: "cpu-cluster", tier: "dedicated", min_instances: 0, max_instances: 4 });
  assert.equal(state.tier, "Dedicated");
  assert.deepEqual(amlint.validate(fixed, { kind: "amlcompute" }).filter((d) => d.fix), []);
  // "Fix all" on a form's state: the library picks the safe fixes, as for text.
  const all = amlint.fix(state, { kind: "amlcompute" });
  assert.deepEqual(all.spec, { ...state, tier: "dedicated" });
  assert.equal(all.fixed, 1);
  assert.equal(all.text, undefined);
});

test("a fix that changes a secret is unsafe, and says so without showing what it writes", () => {
  const spec = "name: cpu\ntype: amlcompute\nmax_instances: 2\nssh_settings:\n  admin_username: u\n  admin_password: on\n";
  const finding = amlint.validate(spec).find((d) => d.code === "AML004");
  assert.deepEqual(finding.fix, { applicability: "unsafe", edits: [], patch: [], secret: true });
  assert.ok(amlint.validate(spec).every((d) => !d.fix || d.fix.secret || !d.pointer.includes("admin_password")));
  // Only an unsafe run applies it; a safe one leaves the password as written.
  assert.equal(amlint.fix(spec).text, spec);
  assert.match(amlint.fix(spec, { unsafe: true }).text, /admin_password: true\n/);
});

test("the RJSF adapter applies a finding's fix to the form data", () => {
  const validator = createValidator({ kind: "amlcompute" });
  const formData = { name: "cpu-cluster", tier: "Dedicated", max_instances: 4 };
  const finding = validator.diagnostics(formData).find((d) => d.fix);
  assert.deepEqual(validator.applyFix(formData, finding), { ...formData, tier: "dedicated" });
});
