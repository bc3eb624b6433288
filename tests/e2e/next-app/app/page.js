// A server component: validates while rendering on the server (the package's Node build).
import { validate } from "amlint";
import Live from "./live";

export const dynamic = "force-dynamic";

export default function Page() {
  const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
  return (
    <main>
      <p id="server-codes">{found.map((d) => d.code).join(",")}</p>
      <Live />
    </main>
  );
}
