import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTrustedData, sha256Hex } from "../../src/data/trusted.ts";
import { trustedDataHashes } from "../../src/data/trusted-check.ts";
import { TRUSTED_DATA } from "../../src/data/trusted-data.ts";

const dir = new URL("../../graph-data/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));

describe("built-in data trusted on the page", () => {
  it("records exactly the data sets that validate as written (run npm run trust-data after editing one)", () => {
    const { hashes, refused } = trustedDataHashes(files);
    expect(refused).toEqual([]);
    expect(hashes.map((h) => h.name).sort()).toEqual(["mlops.json", "onet.json"]);
    expect([...TRUSTED_DATA.keys()].sort()).toEqual(hashes.map((h) => h.hash).sort());
  });

  it("records the layout the layout code gives today for a graph drawn whole, and only then", () => {
    const { hashes } = trustedDataHashes(files);
    const mlops = hashes.find((h) => h.name === "mlops.json");
    expect(mlops?.layout?.routed).toBe(true);
    expect(hashes.find((h) => h.name === "onet.json")?.layout).toBeUndefined();
    for (const { hash, layout } of hashes) expect(TRUSTED_DATA.get(hash)?.layout).toEqual(layout);
  });

  it("trusts those texts only: one changed character is checked again", async () => {
    const mlops = files.find((f) => f.name === "mlops.json")?.text ?? "";
    expect(await isTrustedData(mlops)).toBe(true);
    expect(await isTrustedData(mlops.replace("MLOps", "MLOPs"))).toBe(false);
    expect(await isTrustedData(`${mlops} `)).toBe(false);
    expect(await sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("refuses a document that validation would change or that does not validate", () => {
    const { hashes, refused } = trustedDataHashes([
      { name: "broken.json", text: '{"nodes": [{"id": 1}]}' },
      { name: "catalog.json", text: "[]" },
    ]);
    expect(hashes).toEqual([]);
    expect(refused).toEqual(["broken.json: does not validate"]);
  });
});
