import { afterEach, describe, expect, it, vi } from "vitest";
import type { GraphWorkerClient } from "../../src/components/cp-app/graph-worker-client.ts";
import { fetchCatalog, fetchGraph, fetchText } from "../../src/components/cp-app/load-data.ts";

afterEach(() => vi.unstubAllGlobals());

const message = (r: { ok: boolean; errors?: { message: string }[] }) =>
  r.ok ? "" : (r.errors?.[0]?.message ?? "");

describe("fetching a data set says the real cause", () => {
  it("not found", async () => {
    vi.stubGlobal("fetch", async () => new Response("", { status: 404, statusText: "Not Found" }));
    const r = await fetchText("https://example.org/data.json");
    expect(r).toMatchObject({ ok: false, network: true });
    expect(message(r)).toBe("was not found (HTTP 404): check the address");
  });

  it("a server error", async () => {
    vi.stubGlobal("fetch", async () => new Response("", { status: 503 }));
    expect(message(await fetchText("/data.json"))).toMatch(
      /^could not be fetched: the server answered HTTP 503/,
    );
  });

  it("offline", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(message(await fetchText("/data.json"))).toMatch(/you seem to be offline/);
  });

  it("blocked by CORS or unreachable, for another site", async () => {
    vi.stubGlobal("location", {
      href: "https://careers.example.com/",
      origin: "https://careers.example.com",
    });
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(message(await fetchText("https://other.example.net/data.json"))).toMatch(
      /other\.example\.net.*CORS/,
    );
  });

  it("no answer within the time limit", async () => {
    vi.stubGlobal(
      "fetch",
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          ),
        ),
    );
    const r = await fetchText("/data.json", { timeoutMs: 30 });
    expect(r).toMatchObject({ ok: false, network: true });
    expect(message(r)).toMatch(/did not answer within 1 s/);
  });

  it("a cancelled load stops the request and never reads as a timeout", async () => {
    let seen: AbortSignal | undefined;
    vi.stubGlobal(
      "fetch",
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => {
          seen = init.signal ?? undefined;
          init.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    );
    const cancel = new AbortController();
    const pending = fetchGraph("/data.json", {} as GraphWorkerClient, cancel.signal);
    cancel.abort();
    const r = await pending;
    expect(seen?.aborted).toBe(true);
    expect(message(r)).toBe("was not fetched: cancelled");
  });

  it("too large, by its declared length or by what arrives", async () => {
    vi.stubGlobal(
      "fetch",
      async () => new Response("x", { headers: { "content-length": "900000000" } }),
    );
    expect(message(await fetchText("/data.json"))).toMatch(
      /is too large \(900 MB; the limit is 100 MB\)/,
    );
    vi.stubGlobal("fetch", async () => new Response("y".repeat(2_000)));
    expect(message(await fetchText("/data.json", { maxBytes: 1_000 }))).toMatch(/is too large/);
  });

  it("not JSON: a web page where the data should be", async () => {
    vi.stubGlobal("location", { href: "https://careers.example.com/" });
    vi.stubGlobal("fetch", async () => new Response("<!doctype html><title>Oops</title>"));
    const worker = { load: vi.fn() } as unknown as GraphWorkerClient;
    const r = await fetchGraph("/data.json", worker);
    expect(r).toMatchObject({ ok: false, network: true });
    expect(message(r)).toMatch(/is not JSON: the server sent a web page/);
  });
});

describe("the catalog", () => {
  it("accepts a byte-order mark and gives a syntax error's line and column", async () => {
    vi.stubGlobal("fetch", async () => new Response('\ufeff[{"id": "a"}]'));
    const ok = await fetchCatalog("/catalog.json");
    expect(ok.ok ? "" : ok.errors[0]?.message).not.toMatch(/JSON/);
    vi.stubGlobal("fetch", async () => new Response('[\n  {"id": "a",}\n]'));
    const bad = await fetchCatalog("/catalog.json");
    expect(bad.ok ? "" : bad.errors[0]?.message).toMatch(/^is not valid JSON: line 2, column 14/);
  });
});
