// Server code that bundles amlint with webpack 5 for Node, as Next.js does for route handlers and
// server components: the package's `exports` map picks the Node build, and the bundle must carry the
// WebAssembly module with it (a file path it cannot see ends in ENOENT once the bundle runs elsewhere).
import { validate } from "amlint";

const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
process.stdout.write(found.map((d) => d.code).join(","));
