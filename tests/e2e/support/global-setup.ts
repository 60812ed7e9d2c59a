/**
 * Builds the app for production and serves it with `vite preview` on a free localhost port for
 * the browser tests; the URL is handed to them as `baseURL`.
 */
import { rmSync } from "node:fs";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { freePort } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The folder the production build was written to (per run). */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  // Each run builds into its own folder, so two runs at once never serve each other's half-built
  // files.
  const outDir = `test-results/dist-${process.pid}`;
  // Vitest sets NODE_ENV=test, which would make this a development build (Lit's dev mode and
  // all): the browser tests check the build that ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const port = await freePort();
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  const baseURL = `http://127.0.0.1:${port}/`;
  console.log(`e2e: built and serving ${baseURL} in ${Math.round(performance.now() - started)} ms`);
  project.provide("baseURL", baseURL);
  project.provide("distDir", outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
