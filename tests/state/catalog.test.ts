import { describe, expect, it } from "vitest";
import { chooseEntry, parseCatalog } from "../../src/state/catalog.ts";
import { CATALOG_PARAMS, mergeUrlQuery, parseUrlQuery } from "../../src/state/url.ts";

const entries = [
  { id: "a", title: "A careers", file: "a.json" },
  { id: "b", title: "B careers", file: "b.json", description: "Second" },
];

describe("the data set catalog", () => {
  it("reads entries and names each malformed one by position", () => {
    expect(parseCatalog(entries)).toEqual({ ok: true, entries });
    expect(parseCatalog([{ id: "a", title: "A" }, entries[0], entries[0]])).toEqual({
      ok: false,
      errors: [
        { path: "[0]", message: "needs file" },
        { path: "[2].id", message: '"a" is listed twice' },
      ],
    });
    expect(parseCatalog({})).toMatchObject({ ok: false });
    expect(parseCatalog([])).toEqual({
      ok: false,
      errors: [{ path: "", message: "lists no data set" }],
    });
  });

  it("chooses the entry ?data= names, else the first, and reports an unknown name", () => {
    expect(chooseEntry(entries, "b").entry?.id).toBe("b");
    expect(chooseEntry(entries, undefined)).toEqual({ entry: entries[0] });
    expect(chooseEntry(entries, "zzz")).toEqual({ entry: entries[0], unknown: "zzz" });
  });

  it("owns ?data= only when the app has a catalog", () => {
    expect(parseUrlQuery("?data=b&role=x")).toEqual({ data: "b", role: "x" });
    expect(mergeUrlQuery("?data=b&utm=1", { data: "a", role: "x" }, CATALOG_PARAMS)).toBe(
      "?utm=1&data=a&role=x",
    );
    // Embedded with one document, `data` belongs to the page.
    expect(mergeUrlQuery("?data=page-own", { role: "x" })).toBe("?data=page-own&role=x");
  });
});
