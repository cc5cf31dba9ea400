import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Vite only reads a default export, so this file is the one exception to "named exports only".
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    // Relative to root, so the bundle lands in web/dist where the server serves it from.
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
