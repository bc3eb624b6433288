// A react-jsonschema-form page as docs/forms.md builds it, bundled by webpack: the generated layout,
// amlint's widgets, live findings. `?mode=update` edits an existing compute.
import Form from "@rjsf/core";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { editState, init, loadFull, loadLocale } from "amlint";
import { formProps } from "amlint/rjsf";

const EXISTING = JSON.stringify({
  id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/cpu-cluster",
  name: "cpu-cluster",
  type: "amlcompute",
  size: "STANDARD_DS3_V2",
  max_instances: 4,
  provisioning_state: "Succeeded",
});

function App({ update }) {
  const [data, setData] = useState(() => (update ? editState(EXISTING) : {}));
  const [locale, setLocale] = useState("en");
  const props = formProps("amlcompute", { locale, ...(update ? { mode: "update", previous: EXISTING } : {}) });
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
    const update = new URLSearchParams(location.search).get("mode") === "update";
    createRoot(document.getElementById("root")).render(h(App, { update }));
    document.body.dataset.ready = "true";
  })
  .catch((error) => {
    document.body.dataset.error = String(error);
  });
