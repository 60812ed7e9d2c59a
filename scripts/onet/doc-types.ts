/**
 * The shapes the importer writes, narrower than the schema's (every role has a code, a track and
 * a level). They are checked against the schema's input type where the document is assembled.
 */
import type { DatasetRecord, GraphDocumentInput } from "../../src/data/schema.ts";

type Vocabulary = NonNullable<GraphDocumentInput["vocabulary"]>;
export type TrackDeclaration = NonNullable<Vocabulary["tracks"]>[number];
export type LevelDeclaration = NonNullable<Vocabulary["levels"]>[number];
export type CategoryDeclaration = NonNullable<
  NonNullable<Vocabulary["categories"]>["skill"]
>[number];

export type RoleNode = {
  id: string;
  kind: "role";
  label: string;
  aliases?: string[];
  description?: string;
  code: string;
  track: string;
  level: string;
  sources: DatasetRecord[];
};

type ItemFields = {
  id: string;
  label: string;
  description?: string;
  category: string;
  /** The item's id in O*NET (a content model Element ID for skills). */
  code?: string;
};

export type SkillNode = ItemFields & { kind: "skill" };
export type ToolNode = ItemFields & { kind: "tool" };

export type RequiresEdge = {
  kind: "requires";
  source: string;
  target: string;
  importance: "core" | "secondary";
  importanceRating?: number;
  levelRating?: number;
  hotTechnology?: boolean;
  inDemand?: boolean;
};

export type OverlapEdge = {
  kind: "overlap";
  source: string;
  target: string;
  rank: number;
  tier: string;
};

export type ProgressionEdge = {
  kind: "progression";
  source: string;
  target: string;
  derived: true;
  sources: DatasetRecord[];
};

export type OnetEdge = RequiresEdge | OverlapEdge | ProgressionEdge;
