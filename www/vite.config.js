import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  // Relative asset URLs: the built page works from any folder and offline.
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  server: { fs: { allow: [".."] } },
  // Markdown in descriptions is off in the playground: RJSF's Markdown renderer is not shipped.
  resolve: { alias: { "markdown-to-jsx/react": fileURLToPath(new URL("./src/plain-markdown.js", import.meta.url)) } },
});
