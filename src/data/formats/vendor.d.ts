// The graphology format packages' DOM-free parts, imported directly so the DOMParser is injected.
declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";

  type Parse = (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module "graphology-graphml/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";

  type Parse = (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph } from "graphology-types";
  export default function write(graph: AbstractGraph, options?: Record<string, unknown>): string;
}
