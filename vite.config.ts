import { defineConfig } from "vitest/config";

// graph-data/ is served as static JSON (publicDir) so the data set is fetched, not bundled:
// the first paint stays light and embedders can point `src` at their own document.
export default defineConfig({
  publicDir: "graph-data",
  build: { target: "es2022", sourcemap: true },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
