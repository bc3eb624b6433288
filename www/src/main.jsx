import { createRoot } from "react-dom/client";
import { init } from "amlint";
import "./styles.css";

// amlint's validator is synchronous, as RJSF needs, once its form module is loaded: the page is
// usable with it alone. The app's code is fetched beside it; the full module (YAML text, fixes,
// sizes, edit mode, policies) is fetched by the app after it is drawn (docs/playground.md).
const [, { App }] = await Promise.all([init(), import("./App.jsx")]);
createRoot(document.getElementById("root")).render(<App />);
