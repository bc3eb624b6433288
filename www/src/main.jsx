import { createRoot } from "react-dom/client";
import { init } from "amlint";
import "./styles.css";

// amlint's validator is synchronous, as RJSF needs, once its WebAssembly module is loaded; the app
// module (which reads amlint's kinds when it loads) comes after.
await init();
const { App } = await import("./App.jsx");
createRoot(document.getElementById("root")).render(<App />);
