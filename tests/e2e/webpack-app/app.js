// A frontend that bundles amlint with webpack 5, as a consumer would: the package's `exports` map
// picks the web build, and webpack emits the two .wasm files: the form module `init()` fetches, and
// the full one `loadFull()` fetches when YAML text is first checked.
import { init, loadFull, validate } from "amlint";

init()
  .then(async () => {
    const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
    document.body.dataset.codes = found.map((d) => d.code).join(",");
    await loadFull();
    const text = validate("name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n");
    document.body.dataset.textCodes = text.map((d) => `${d.code}@${d.line}`).join(",");
  })
  .catch((error) => {
    document.body.dataset.error = String(error);
  });
