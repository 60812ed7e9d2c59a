/**
 * Abbreviations people type ("k8s", "TF", "sklearn") are aliases in the data, and an exact alias
 * ranks first, like an exact label, ahead of names that merely start with the query or fuzzy
 * look-alikes ("k8s" used to find Hopsworks and the ELK stack).
 */
import { describe, expect, it } from "vitest";
import { findNode, searchNodes } from "../../src/graph/lookup.ts";
import { miniDocument } from "../helpers/doc-builder.ts";
import { mustLoad } from "../helpers/load.ts";
import { loadMlops } from "../helpers/mlops.ts";

const { graph } = loadMlops();
const ALL = ["role", "skill", "tool"] as const;

describe("finding a node by a common abbreviation", () => {
  it("finds Kubernetes first for “k8s”, whatever the case", () => {
    for (const q of ["k8s", "K8S", " K8s "]) {
      expect(searchNodes(graph, q, ALL)[0]?.id).toBe("tool:kubernetes");
      expect(findNode(graph, q, ALL)).toEqual({ ok: true, id: "tool:kubernetes" });
    }
  });

  it("ranks an exact alias before a name that starts with it", () => {
    // "TF Serving" starts with "tf"; TensorFlow is called TF.
    const ids = searchNodes(graph, "tf", ALL).map((m) => m.id);
    expect(ids[0]).toBe("tool:tensorflow");
    expect(ids).toContain("tool:tensorflow-serving");
  });

  it("finds tools and roles by the abbreviations and long names the data gives them", () => {
    const first = (q: string) => searchNodes(graph, q, ALL)[0]?.id;
    expect(first("sklearn")).toBe("tool:scikit-learn");
    expect(first("Amazon Web Services")).toBe("tool:aws");
    expect(first("golang")).toBe("skill:go");
    expect(first("MLE")).toBe("role:machine-learning-engineer");
    expect(first("ci/cd")).toBe("skill:ci-cd");
    expect(first("gcp")).toBe("tool:gcp");
  });

  it("keeps a label ahead of another node's alias", () => {
    // "AWS" is a tool's label and the start of "AWS CloudFormation", an alias of CloudFormation.
    const ids = searchNodes(graph, "aws", ALL).map((m) => m.id);
    expect(ids[0]).toBe("tool:aws");
    expect(ids).toContain("tool:cloudformation");
  });

  it("finds nothing for text that matches no name", () => {
    expect(searchNodes(graph, "qqqzzzxxx", ALL)).toEqual([]);
  });
});

describe("an alias several nodes share", () => {
  // Built last so an entry-order prefix pass would list "Kubectl" (starts with "kube") first.
  const doc = miniDocument({
    roles: [{ id: "role:a" }],
    items: ["tool:kubectl", "tool:k3s", "tool:k0s"],
  });
  for (const node of doc.nodes) {
    if (node.id === "tool:k3s" || node.id === "tool:k0s") node.aliases = ["kube"];
  }
  const shared = mustLoad(doc);

  it("lists every node with that exact name before names that only start with it", () => {
    const ids = searchNodes(shared, "kube", ["tool"]).map((m) => m.id);
    expect(ids.slice(0, 2).sort()).toEqual(["tool:k0s", "tool:k3s"]);
    expect(ids[2]).toBe("tool:kubectl");
  });
});
