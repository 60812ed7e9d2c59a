import { describe, expect, it } from "vitest";
import type { GraphWorkerReply } from "../../src/components/cp-app/graph-protocol.ts";
import { importInWorker } from "../../src/components/cp-app/worker-import.ts";
import { fixture } from "../data/formats/helpers.ts";

function run(files: { name: string; text: string }[]) {
  const replies: GraphWorkerReply[] = [];
  const graph = importInWorker({ type: "import", id: 7, dataKey: "import:1", files }, (r) =>
    replies.push(r),
  );
  return { graph, replies };
}

describe("the graph worker's import message", () => {
  it("reports progress, then the validated document, and keeps the graph for routes", () => {
    const { graph, replies } = run([fixture("kitchen.gexf")]);
    expect(replies.map((r) => r.kind)).toEqual(["progress", "progress", "loaded"]);
    const last = replies.at(-1);
    if (last?.kind !== "loaded" || !last.outcome.ok) throw new Error("not loaded");
    expect(JSON.parse(last.outcome.document).title).toBe("Kitchen careers");
    expect(graph?.hasNode("role:commis")).toBe(true);
  });

  it("answers a broken file with its located errors and keeps no graph", () => {
    const { graph, replies } = run([fixture("broken.gexf")]);
    const last = replies.at(-1);
    expect(graph).toBeUndefined();
    expect(last?.kind === "loaded" && !last.outcome.ok && last.outcome.errors[0]?.path).toBe(
      "XML (line 5, column 45)",
    );
  });
});
