/**
 * The graph document format (one JSON document per data set), as a zod schema.
 *
 * This is the single source of truth: the TypeScript types below are inferred from it and the
 * JSON Schema beside the data (`graph-data/career-graph.schema.json`) is generated from it by
 * `npm run schema`; a test fails if the committed JSON Schema drifts from this file.
 */
import { z } from "zod";

/** Where a fact comes from: a seed document and a verbatim quote from it. */
export const SourceSchema = z
  .object({
    seed: z
      .string()
      .regex(/^[\w.-]+\.txt$/, "must be a seed file name such as 000_f1a5f295bb41d4c9.txt")
      .describe("File name of the seed document in graph-data/seeds/"),
    quote: z
      .string()
      .trim()
      .min(8, "must quote at least 8 characters of the seed")
      .describe("Text copied verbatim from the seed (whitespace may differ)"),
  })
  .strict();

export const SourcesSchema = z
  .array(SourceSchema)
  .min(1, "must cite at least one source")
  .describe("Every fact cites at least one seed with a verbatim quote");

export const NodeIdSchema = z
  .string()
  .regex(
    /^(role|skill|tool):[a-z0-9][a-z0-9-]*$/,
    'must look like "role:mlops-engineer", "skill:python" or "tool:kubernetes"',
  );

/** Ordered from the first job on a ladder to its top; used for layout and display. */
export const SENIORITY = ["entry", "mid", "senior", "staff", "lead", "director"] as const;
export const SenioritySchema = z.enum(SENIORITY);

export const TRACKS = ["ml-engineering", "mlops", "adjacent", "leadership"] as const;
export const TrackSchema = z
  .enum(TRACKS)
  .describe(
    "ml-engineering: the ML engineer ladder; mlops: the MLOps ladder; adjacent: neighbouring disciplines; leadership: management roles MLOps engineers move on to",
  );

export const TOOL_CATEGORIES = [
  "orchestration",
  "containerization",
  "ml-framework",
  "ml-platform",
  "ml-lifecycle",
  "workflow",
  "monitoring",
  "logging",
  "ci-cd",
  "version-control",
  "infrastructure-as-code",
  "configuration-management",
  "cloud",
  "data-processing",
  "data-storage",
  "feature-store",
  "model-serving",
] as const;
export const ToolCategorySchema = z.enum(TOOL_CATEGORIES);

export const SKILL_CATEGORIES = ["technical", "programming", "soft", "leadership"] as const;
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);

const nodeBase = {
  id: NodeIdSchema,
  label: z.string().trim().min(1, "must not be empty"),
  aliases: z.array(z.string().trim().min(1)).optional(),
  description: z.string().trim().min(1).optional(),
  sources: SourcesSchema,
};

export const ResponsibilitySchema = z
  .object({ text: z.string().trim().min(1), sources: SourcesSchema })
  .strict();

export const SalaryBandSchema = z
  .object({
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD"),
    period: z.literal("year").default("year"),
    level: z.string().trim().min(1).describe("The level the seed gives the figure for, as worded"),
    approximate: z.boolean().optional().describe("The seed gives one approximate figure"),
    kind: z
      .enum(["base", "total-compensation"])
      .default("base")
      .describe("base salary, or total compensation including stock and bonuses"),
    sources: SourcesSchema,
  })
  .strict()
  .refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["min"] });

export const RoleNodeSchema = z
  .object({
    ...nodeBase,
    kind: z.literal("role"),
    seniority: SenioritySchema.optional(),
    track: TrackSchema,
    buildsOn: NodeIdSchema.optional().describe(
      "The role one level below on the same ladder: this role's full requirement set is its own requires edges plus the full set of buildsOn",
    ),
    responsibilities: z.array(ResponsibilitySchema).optional(),
    salary: z.array(SalaryBandSchema).optional(),
  })
  .strict();

export const SkillNodeSchema = z
  .object({ ...nodeBase, kind: z.literal("skill"), category: SkillCategorySchema })
  .strict();

export const ToolNodeSchema = z
  .object({ ...nodeBase, kind: z.literal("tool"), category: ToolCategorySchema })
  .strict();

export const NodeSchema = z.discriminatedUnion("kind", [
  RoleNodeSchema,
  SkillNodeSchema,
  ToolNodeSchema,
]);

const edgeBase = { source: NodeIdSchema, target: NodeIdSchema, sources: SourcesSchema };

export const EdgeSchema = z.discriminatedUnion("kind", [
  z
    .object({ ...edgeBase, kind: z.literal("progression") })
    .strict()
    .describe("role → role, directed: the usual next job"),
  z
    .object({ ...edgeBase, kind: z.literal("overlap") })
    .strict()
    .describe("role ↔ role, undirected: adjacent roles that share much of their work"),
  z
    .object({ ...edgeBase, kind: z.literal("requires"), importance: z.enum(["core", "secondary"]) })
    .strict()
    .describe("role → skill or tool"),
  z
    .object({ ...edgeBase, kind: z.literal("serves") })
    .strict()
    .describe(
      "tool → skill: the tool is used for that skill (Kubernetes → container orchestration)",
    ),
]);

export const SeedSchema = z
  .object({
    file: z.string().regex(/^[\w.-]+\.txt$/),
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1).optional(),
  })
  .strict();

export const GraphDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().trim().min(1),
    description: z.string().trim().min(1).optional(),
    seeds: z.array(SeedSchema).min(1),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type Seniority = z.infer<typeof SenioritySchema>;
export type Track = z.infer<typeof TrackSchema>;
export type SalaryBand = z.infer<typeof SalaryBandSchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type RoleNode = z.infer<typeof RoleNodeSchema>;
export type SkillNode = z.infer<typeof SkillNodeSchema>;
export type ToolNode = z.infer<typeof ToolNodeSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type EdgeKind = GraphEdge["kind"];
export type NodeKind = GraphNode["kind"];
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;
/** The document as written by hand: defaults (period, kind) may be omitted. */
export type GraphDocumentInput = z.input<typeof GraphDocumentSchema>;
