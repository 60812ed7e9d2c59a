import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ONET_OUTPUT, onetJson } from "../../scripts/import-onet.ts";
import { creditLine } from "../../scripts/onet/convert.ts";
import { loadGraphDocument } from "../../src/data/load.ts";
import { getRole, roleIds } from "../../src/graph/model.ts";

const SHARED_ONET = fileURLToPath(new URL("../../../shared/onet", import.meta.url));
const haveShared = existsSync(SHARED_ONET);
const committed = readFileSync(ONET_OUTPUT, "utf8");

describe("the committed O*NET data set (graph-data/onet.json)", () => {
  const result = loadGraphDocument(JSON.parse(committed));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join("\n"));
  const { graph, document } = result;

  it("loads without errors and holds the occupations with a Job Zone", () => {
    expect(roleIds(graph).length).toBeGreaterThanOrEqual(900);
    expect(getRole(graph, "role:15-2051.00").label).toBe("Data Scientists");
  });

  it("credits O*NET under CC BY 4.0 with its attribution line", () => {
    const [onet] = document.datasets ?? [];
    expect(onet).toMatchObject({ id: "onet", version: "29.2", licence: "CC BY 4.0" });
    expect(onet?.attribution).toContain(
      "This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.",
    );
  });

  it("finds occupations by what people call them", () => {
    const aliasOf = (alias: string) =>
      roleIds(graph).filter((id) => getRole(graph, id).aliases?.includes(alias));
    // O*NET 29.2 has no "Machine Learning Engineer" title; these reported titles exist.
    expect(aliasOf("Software Engineer")).toEqual(["role:15-1252.00"]);
    expect(aliasOf("Nurse")).toEqual(["role:29-1141.03"]);
  });

  it("marks every progression as derived, with a note that O*NET does not state it", () => {
    const progressions = document.edges.filter((e) => e.kind === "progression");
    expect(progressions.length).toBeGreaterThan(0);
    for (const edge of progressions) {
      expect(edge.derived).toBe(true);
      const [source] = (edge.sources ?? []) as { note?: string }[];
      expect(source?.note).toContain("O*NET does not state this as a career move");
    }
  });

  it("stays within the browser budget of 1 MB gzip", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(gzipSync(committed, { level: 9 }).length).toBeLessThanOrEqual(1_000_000);
  });
});

describe.skipIf(!haveShared)("O*NET regeneration (needs ../shared/onet)", () => {
  it("regenerates graph-data/onet.json byte for byte from ../shared/onet", () => {
    expect(onetJson(SHARED_ONET) === committed).toBe(true);
  });

  it("takes the attribution verbatim from the data's README", () => {
    const readme = readFileSync(`${SHARED_ONET}/README.md`, "utf8");
    expect(JSON.parse(committed).datasets[0].attribution).toBe(creditLine(readme));
  });
});
