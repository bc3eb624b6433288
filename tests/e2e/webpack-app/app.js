// A frontend that bundles amlint with webpack 5, as a consumer would: the package's `exports` map
// picks the web build, and webpack emits the .wasm that `init()` fetches.
import { init, validate } from "amlint";

init()
  .then(() => {
    const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
    document.body.dataset.codes = found.map((d) => d.code).join(",");
  })
  .catch((error) => {
    document.body.dataset.error = String(error);
  });
