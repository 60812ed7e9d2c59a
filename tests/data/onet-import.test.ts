import { describe, expect, it } from "vitest";
import { convertOnet } from "../../scripts/onet/convert.ts";
import type { OnetTexts } from "../../scripts/onet/files.ts";
import { derivedNote } from "../../scripts/onet/related.ts";
import { loadGraphDocument } from "../../src/data/load.ts";
import { CREDIT, ONET_FIXTURE } from "../fixtures/onet-texts.ts";

const { document, dropped } = convertOnet(ONET_FIXTURE);
type Loose = Record<string, unknown>;
const node = (id: string) => document.nodes.find((n) => n.id === id) as Loose | undefined;
const edges = (kind: string) => document.edges.filter((e) => e.kind === kind) as Loose[];
const edge = (kind: string, source: string, target: string) =>
  edges(kind).find((e) => e.source === source && e.target === target);

describe("O*NET import: occupations", () => {
  it("makes a role of every occupation with a Job Zone and drops the rest", () => {
    expect(document.nodes.filter((n) => n.kind === "role").map((n) => n.id)).toEqual([
      "role:11-3021.00",
      "role:15-1232.00",
      "role:15-1251.00",
      "role:15-1252.00",
      "role:15-1299.08",
      "role:29-1141.00",
    ]);
    expect(dropped).toEqual([{ code: "15-1299.00", title: "Computer Occupations, All Other" }]);
  });

  it("gives a role its title, description, code, SOC group track, Job Zone level and record", () => {
    expect(node("role:15-1251.00")).toMatchObject({
      label: "Computer Programmers",
      description: "Create, modify, and test code.",
      code: "15-1251.00",
      track: "soc-15",
      level: "zone-4",
      sources: [{ dataset: "onet", record: "15-1251.00" }],
    });
  });

  it("takes every reported title as an alias once, never the title, common ones first", () => {
    expect(node("role:15-1251.00")?.aliases).toEqual(["Programmer", "Applications Programmer"]);
    expect(node("role:29-1141.00")?.aliases).toEqual(["Registered Nurse (RN)", "Nurse"]);
  });

  it("declares the SOC major groups in use as tracks, in code order", () => {
    expect(document.vocabulary?.tracks?.map((t) => [t.id, t.label])).toEqual([
      ["soc-11", "Management"],
      ["soc-15", "Computer and Mathematical"],
      ["soc-29", "Healthcare Practitioners and Technical"],
    ]);
  });

  it("declares the five Job Zones as the level ladder, worded from the reference", () => {
    const levels = document.vocabulary?.levels ?? [];
    expect(levels.map((l) => l.id)).toEqual(["zone-1", "zone-2", "zone-3", "zone-4", "zone-5"]);
    expect(levels[0]?.label).toBe("Job Zone 1: Little or no preparation");
    expect(levels[2]).toEqual({
      id: "zone-3",
      label: "Job Zone 3: Medium preparation",
      description: "Previous. Vocational.",
    });
    expect(document.vocabulary?.wording?.level).toEqual({ one: "job zone", many: "job zones" });
  });
});

describe("O*NET import: skills", () => {
  it("files each skill under its content model group with its description", () => {
    expect(node("skill:programming")).toMatchObject({
      kind: "skill",
      label: "Programming",
      description: "Writing computer programs for various purposes.",
      category: "technical-skills",
      code: "2.B.3.e",
    });
    expect(document.vocabulary?.categories?.skill?.map((c) => [c.id, c.label])).toEqual([
      ["content", "Basic Skills: Content"],
      ["social-skills", "Cross-Functional Skills: Social Skills"],
      ["technical-skills", "Cross-Functional Skills: Technical Skills"],
    ]);
  });

  it("requires a skill as core from importance 3.5, as secondary from 3.0, not below", () => {
    const requires = (code: string, skill: string) =>
      edge("requires", `role:${code}`, `skill:${skill}`);
    expect(requires("15-1251.00", "programming")).toEqual({
      kind: "requires",
      source: "role:15-1251.00",
      target: "skill:programming",
      importance: "core",
      importanceRating: 4.5,
      levelRating: 5.12,
    });
    expect(requires("15-1251.00", "reading-comprehension")?.importance).toBe("core");
    expect(requires("15-1251.00", "instructing")?.importance).toBe("secondary");
    expect(requires("15-1232.00", "programming")?.importance).toBe("secondary");
    expect(requires("15-1232.00", "reading-comprehension")).toBeUndefined();
  });

  it("drops suppressed and not-relevant rows, and ratings of occupations left out", () => {
    // Importance suppressed: no requirement, however high.
    expect(edge("requires", "role:29-1141.00", "skill:reading-comprehension")).toBeUndefined();
    expect(edge("requires", "role:29-1141.00", "skill:instructing")).toBeUndefined();
    // Only the level row suppressed: the requirement stands, without a level rating.
    const instructing = edge("requires", "role:15-1232.00", "skill:instructing");
    expect(instructing).toMatchObject({ importance: "core", importanceRating: 4 });
    expect(instructing).not.toHaveProperty("levelRating");
    expect(edges("requires").some((e) => e.source === "role:15-1299.00")).toBe(false);
  });
});

describe("O*NET import: technology", () => {
  it("makes tools of Hot Technologies only, under their commodity", () => {
    const tools = document.nodes.filter((n) => n.kind === "tool");
    expect(tools.map((t) => t.id)).toEqual([
      "tool:atlassian-jira",
      "tool:c-plus-plus",
      "tool:c-sharp",
      "tool:microsoft-excel",
      "tool:python",
    ]);
    expect(node("tool:python")?.category).toBe("c-43232405");
    // Listed under two commodities: the one it is listed under most often.
    expect(node("tool:atlassian-jira")?.category).toBe("c-43231507");
    expect(document.vocabulary?.categories?.tool?.map((c) => c.id)).toEqual([
      "c-43231507",
      "c-43232110",
      "c-43232405",
    ]);
  });

  it("requires an In Demand tool as core and any other Hot Technology as secondary", () => {
    expect(edge("requires", "role:15-1251.00", "tool:python")).toMatchObject({
      importance: "core",
      hotTechnology: true,
      inDemand: true,
    });
    expect(edge("requires", "role:15-1252.00", "tool:python")).toMatchObject({
      importance: "secondary",
      inDemand: false,
    });
    const jira = edges("requires").filter(
      (e) => e.source === "role:15-1252.00" && e.target === "tool:atlassian-jira",
    );
    expect(jira).toEqual([expect.objectContaining({ importance: "core", inDemand: true })]);
  });
});

describe("O*NET import: related occupations", () => {
  it("keeps one overlap per pair of Primary-related roles, with the best rank and its tier", () => {
    expect(edges("overlap")).toEqual(
      [
        overlap("15-1232.00", "15-1251.00", 2, "Primary-Short"),
        overlap("15-1232.00", "15-1299.08", 9, "Primary-Long"),
        overlap("15-1232.00", "29-1141.00", 7, "Primary-Long"),
        overlap("11-3021.00", "15-1251.00", 3, "Primary-Short"),
        overlap("15-1251.00", "15-1252.00", 1, "Primary-Short"),
      ].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
    );
  });

  it("derives progression only one Job Zone up in the same group, and says it is derived", () => {
    expect(edges("progression")).toEqual([
      {
        kind: "progression",
        source: "role:15-1232.00",
        target: "role:15-1251.00",
        derived: true,
        sources: [
          {
            dataset: "onet",
            record: "15-1232.00 → 15-1251.00",
            note: derivedNote("Primary-Short"),
          },
        ],
      },
    ]);
    expect(derivedNote("Primary-Short")).toContain("O*NET does not state this as a career move");
  });
});

describe("O*NET import: the document", () => {
  it("loads without errors and credits O*NET with the README's line", () => {
    const result = loadGraphDocument(document);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(document.datasets?.[0]).toMatchObject({ id: "onet", licence: "CC BY 4.0" });
    expect(document.datasets?.[0]?.attribution).toBe(CREDIT);
    expect(document.defaultSources).toEqual([{ dataset: "onet" }]);
  });

  it("comes out the same whatever the row order of the files", () => {
    const reversed = Object.fromEntries(
      Object.entries(ONET_FIXTURE).map(([key, text]) => {
        if (key === "readme") return [key, text];
        const [header, ...rows] = text.replace(/\r\n$/, "").split("\r\n");
        return [key, `${[header, ...rows.reverse()].join("\r\n")}\r\n`];
      }),
    ) as OnetTexts;
    expect(JSON.stringify(convertOnet(reversed).document)).toBe(JSON.stringify(document));
  });

  it("names a missing column and the file it is missing from", () => {
    const texts = { ...ONET_FIXTURE, jobZones: "O*NET-SOC Code\tZone\r\n11-1011.00\t5\r\n" };
    expect(() => convertOnet(texts)).toThrow('Job Zones.txt: missing column(s) "Job Zone"');
  });
});

function overlap(a: string, b: string, rank: number, tier: string) {
  return { kind: "overlap", source: `role:${a}`, target: `role:${b}`, rank, tier };
}
