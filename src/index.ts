/**
 * The Career Path Explorer library: load a graph document, then route, compare and explore.
 * DOM-free; the CLI and the web app are built on exactly these functions.
 */
export { type DocumentError, formatError } from "./data/errors.ts";
export { type LoadResult, loadGraphDocument, loadGraphText } from "./data/load.ts";
export type {
  GraphDocument,
  GraphEdge,
  GraphNode,
  RoleNode,
  SalaryBand,
  Source,
} from "./data/schema.ts";
export { type CompareResult, compareRoles, type RoleComparison } from "./graph/compare.ts";
export { findNode, searchNodes } from "./graph/lookup.ts";

// The library matches names fuzzily from the start (the page loads this later).
import "./graph/lookup-fuzzy.ts";

export type { CareerGraph, Item } from "./graph/model.ts";
export { roleNeighbours, rolesRequiring } from "./graph/neighbours.ts";
export { fullRequirements, ownRequirements } from "./graph/requirements.ts";
export {
  findSkillRoute,
  type Route,
  type RouteRequest,
  type RouteResult,
  type RouteStep,
} from "./graph/route/find-skill-route.ts";
export { roleSimilarity } from "./graph/similarity.ts";
