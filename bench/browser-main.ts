/**
 * The browser figures in a process of their own: `npm run bench` runs this after the route
 * benchmarks, whose graphs fill that process's heap. The preview server the pages load from
 * runs here, so its answers are not slowed by that heap's garbage collection.
 * Usage: tsx bench/browser-main.ts <out.json>
 */
import { writeFileSync } from "node:fs";
import { browserFigures } from "./browser.ts";

const out = process.argv[2];
if (!out) throw new Error("usage: tsx bench/browser-main.ts <out.json>");
writeFileSync(out, JSON.stringify(await browserFigures()));
