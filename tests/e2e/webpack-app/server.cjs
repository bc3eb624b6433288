// The same server code written as CommonJS: `require("amlint")` picks the CommonJS build, which must
// travel with the bundle as well.
const { validate } = require("amlint");

const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
process.stdout.write(found.map((d) => d.code).join(","));
