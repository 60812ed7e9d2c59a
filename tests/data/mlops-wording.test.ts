/**
 * The MLOps data speaks to people, not to its curators: descriptions, responsibilities and notes
 * name a source by its title ("the “MLOps Platform Engineer” profile"), never by its file number
 * ("seed 004"). Quotes stay verbatim (they are checked against the seeds elsewhere), and the keys
 * that point at seed files are references, not text anyone reads.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MLOPS_FILE } from "../helpers/mlops.ts";

/** Keys whose values are not shown as prose: verbatim quotes, seed file names, ids. */
const NOT_PROSE = new Set(["quote", "seed", "file", "$schema", "id", "source", "target"]);
const CURATOR_WORDS = [/\bseeds?\b/i, /seed 0/i];

/** Every string a person may read, with the path it sits at. */
function prose(value: unknown, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => prose(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) =>
      NOT_PROSE.has(k) ? [] : prose(v, `${path}.${k}`),
    );
  return [];
}

const curatorWords = (texts: { path: string; text: string }[]) =>
  texts.filter(({ text }) => CURATOR_WORDS.some((re) => re.test(text)));

describe("the MLOps data's wording", () => {
  const document = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));

  it("finds the curator words it looks for when they are there", () => {
    const bad = { nodes: [{ description: "The next step on seed 000's ladder." }] };
    expect(curatorWords(prose(bad))).toHaveLength(1);
    expect(curatorWords(prose({ description: "The seeds disagree" }))).toHaveLength(1);
  });

  it("never says “seed” in a description, responsibility, note or title", () => {
    const texts = prose(document);
    // The walk reaches the texts people read: role descriptions, responsibilities, sources' titles.
    expect(texts.some((t) => /\.nodes\[\d+\]\.responsibilities\[\d+\]\.text$/.test(t.path))).toBe(
      true,
    );
    expect(texts.some((t) => t.path === ".seeds[0].title")).toBe(true);
    expect(curatorWords(texts)).toEqual([]);
  });

  it("names its sources by title where a description compares them", () => {
    const role = document.nodes.find((n: { id: string }) => n.id === "role:mlops-engineer");
    const titles: string[] = document.seeds.map((s: { title: string }) => s.title);
    const named = titles.filter((t) => role.description.includes(t.split(":")[0]));
    expect(named.length).toBeGreaterThanOrEqual(2);
  });

  it("says nothing of seeds in the data set catalog either", () => {
    const catalog = JSON.parse(
      readFileSync(new URL("../../graph-data/catalog.json", import.meta.url), "utf8"),
    );
    expect(curatorWords(prose(catalog))).toEqual([]);
  });
});
