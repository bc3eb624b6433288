import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  // Relative asset URLs: the built page works from any folder and offline.
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  server: { fs: { allow: [".."] } },
  // amlint is linked from the repository (file:..), whose own node_modules hold React and RJSF for
  // its tests: amlint/rjsf's widgets must use the page's copies.
  resolve: {
    dedupe: ["react", "react-dom", "@rjsf/utils"],
    // Markdown in descriptions is off in the playground: RJSF's Markdown renderer is not shipped.
    alias: { "markdown-to-jsx/react": fileURLToPath(new URL("./src/plain-markdown.js", import.meta.url)) },
  },
});
