import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset URLs: the built page works from any folder and offline.
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  server: { fs: { allow: [".."] } },
});
