import { createRoot } from "react-dom/client";
import { init, loadFull } from "amlint";
import "./styles.css";

// amlint's validator is synchronous, as RJSF needs, once its WebAssembly module is loaded; the app
// module (which reads amlint's kinds when it loads) comes after. The playground also edits YAML
// text, fixes it and shows rules' words: the full module, loaded beside the form module.
await Promise.all([init(), loadFull()]);
const { App } = await import("./App.jsx");
createRoot(document.getElementById("root")).render(<App />);
