// A react-jsonschema-form page as docs/forms.md builds it, bundled by webpack: the generated layout,
// amlint's widgets, live findings. `?mode=update` edits an existing compute, `?policy` loads a
// policy that allows four sizes, `?size=...` starts with that size, `?kind=aks` draws an
// inference cluster's form. The form's data is `window.formData` (never in the page).
import Form from "@rjsf/core";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { editState, init, loadFull, loadLocale } from "amlint";
import { formProps } from "amlint/rjsf";
import allowedSizes from "../fixtures/allowed-sizes.policy.json";

const EXISTING = JSON.stringify({
  id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/cpu-cluster",
  name: "cpu-cluster",
  type: "amlcompute",
  size: "STANDARD_DS3_V2",
  max_instances: 4,
  provisioning_state: "Succeeded",
});

function App({ update, kind, policy, size }) {
  const [data, setData] = useState(() => (update ? editState(EXISTING) : size ? { name: "gpu-cluster", size } : {}));
  const [locale, setLocale] = useState("en");
  window.formData = data;
  const props = formProps(kind, { locale, formData: data, ...(policy ? { policy } : {}), ...(update ? { mode: "update", previous: EXISTING } : {}) });
  const dutch = () => loadLocale("nl").then(() => setLocale("nl"));
  return h(
    "div",
    null,
    h("button", { type: "button", id: "dutch", onClick: dutch }, "Nederlands"),
    h(Form, { ...props, formData: data, onChange: (e) => setData(e.formData), showErrorList: false }),
  );
}

init()
  .then(() => loadFull())
  .then(() => {
    const query = new URLSearchParams(location.search);
    const update = query.get("mode") === "update";
    const policy = query.has("policy") ? { definitions: [JSON.stringify(allowedSizes)] } : undefined;
    const kind = query.get("kind") ?? "amlcompute";
    createRoot(document.getElementById("root")).render(h(App, { update, kind, policy, size: query.get("size") }));
    document.body.dataset.ready = "true";
  })
  .catch((error) => {
    document.body.dataset.error = String(error);
  });
