/**
 * The graph document format (one JSON document per data set), as a zod schema.
 *
 * This is the single source of truth: the TypeScript types below are inferred from it and the
 * JSON Schema beside the data (`graph-data/career-graph.schema.json`) is generated from it by
 * `npm run schema`; a test fails if the committed JSON Schema drifts from this file.
 *
 * The format is domain-free: a document declares its own vocabulary (tracks, levels, item
 * categories, pay, wording). Cross-references the schema cannot express (a role's track is one
 * the vocabulary declares, a fact without sources is covered by `defaultSources`) are checked in
 * reference-checks.ts. Nodes and edges keep fields the format does not name (codes, ratings,
 * ranks from an imported taxonomy), so data is never thrown away on the way in.
 */
// Before any schema is built: no eval, for a strict Content-Security-Policy.
import "./zod-jitless.ts";
import { z } from "zod";

const SEED_FILE = /^[\w.-]+\.txt$/;
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

const text = (what: string, max = 20_000) =>
  z
    .string()
    .trim()
    .min(1, `must not be empty (${what})`)
    .max(max, `is longer than ${max} characters`);

/**
 * Where a fact comes from: a verbatim quote from a seed document (checked against the seed), or
 * a record in a declared dataset (an O*NET occupation code, a row of a spreadsheet).
 */
export const SeedQuoteSchema = z
  .object({
    seed: z
      .string()
      .regex(SEED_FILE, "must be the file name of a seed document, such as overview.txt")
      .describe("File name of the seed document in graph-data/seeds/"),
    quote: z
      .string()
      .trim()
      .min(8, "must quote at least 8 characters of the seed")
      .max(2_000, "is longer than 2,000 characters")
      .describe("Text copied verbatim from the seed (whitespace may differ)"),
  })
  .strict();

export const DatasetRecordSchema = z
  .object({
    dataset: z
      .string()
      .regex(SLUG, "must be the id of a dataset declared in `datasets`")
      .describe("Id of a dataset declared in the document's `datasets`"),
    record: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe("Key of the record in that dataset, e.g. an O*NET-SOC code"),
    note: text("note", 2_000)
      .optional()
      .describe("How the fact was derived from the record, when the record does not state it"),
  })
  .strict();

/**
 * Where a fact comes from: a verbatim quote from a seed document (checked against the seed), or
 * a record in a declared dataset (an O*NET occupation code, a row of a spreadsheet).
 */
export const SourceSchema = z.union([SeedQuoteSchema, DatasetRecordSchema]);

export const SourcesSchema = z
  .array(SourceSchema)
  .min(1, "must cite at least one source")
  .describe(
    "Where the fact comes from. May be omitted when the document declares `defaultSources`.",
  );

export const NodeIdSchema = z
  .string()
  .max(200, "is longer than 200 characters")
  .regex(
    /^(role|skill|tool):[A-Za-z0-9][\w.~-]*$/,
    'must look like "role:data-engineer", "skill:python" or "tool:kubernetes" (letters, digits, . _ ~ -)',
  );

const VocabularyIdSchema = z
  .string()
  .regex(SLUG, "must be lower case letters, digits, '.', '_' or '-'")
  .max(100);

const nodeBase = {
  id: NodeIdSchema,
  label: text("label", 200),
  aliases: z.array(text("alias", 200)).max(200).optional(),
  description: text("description").optional(),
  sources: SourcesSchema.optional(),
};

export const ResponsibilitySchema = z
  .object({ text: text("responsibility", 2_000), sources: SourcesSchema.optional() })
  .strict();

export const PAY_PERIODS = ["year", "month", "hour"] as const;
export const PayPeriodSchema = z.enum(PAY_PERIODS);

const amount = z
  .number()
  .positive("must be a positive amount")
  .max(1e9, "is more than 1,000,000,000: give the amount in whole currency units");

export const SalaryBandSchema = z
  .object({
    min: amount,
    max: amount,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .optional()
      .describe("Defaults to the vocabulary's pay currency"),
    period: PayPeriodSchema.optional().describe("Defaults to the vocabulary's pay period"),
    level: text("level", 200).describe("The level the source gives the figure for, as worded"),
    approximate: z.boolean().optional().describe("The source gives one approximate figure"),
    kind: z
      .enum(["base", "total-compensation"])
      .default("base")
      .describe("base pay, or total compensation including stock and bonuses"),
    sources: SourcesSchema.optional(),
  })
  .strict()
  .refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["min"] });

export const RoleNodeSchema = z.looseObject({
  ...nodeBase,
  kind: z.literal("role"),
  track: VocabularyIdSchema.optional().describe("Id of a track in the vocabulary"),
  level: VocabularyIdSchema.optional().describe("Id of a level in the vocabulary"),
  code: text("code", 100).optional().describe("The role's code in its source taxonomy"),
  buildsOn: NodeIdSchema.optional().describe(
    "The role one level below on the same ladder: this role's full requirement set is its own requires edges plus the full set of buildsOn",
  ),
  responsibilities: z.array(ResponsibilitySchema).optional(),
  salary: z.array(SalaryBandSchema).optional(),
});

const itemFields = {
  ...nodeBase,
  category: VocabularyIdSchema.optional().describe(
    "Id of a category declared for this kind of item in the vocabulary",
  ),
};

export const SkillNodeSchema = z.looseObject({ ...itemFields, kind: z.literal("skill") });
export const ToolNodeSchema = z.looseObject({ ...itemFields, kind: z.literal("tool") });

export const NodeSchema = z.discriminatedUnion("kind", [
  RoleNodeSchema,
  SkillNodeSchema,
  ToolNodeSchema,
]);

const edgeBase = {
  source: NodeIdSchema,
  target: NodeIdSchema,
  sources: SourcesSchema.optional(),
};

export const IMPORTANCE = ["core", "secondary"] as const;

export const EdgeSchema = z.discriminatedUnion("kind", [
  z
    .looseObject({ ...edgeBase, kind: z.literal("progression") })
    .describe("role → role, directed: the usual next job"),
  z
    .looseObject({
      ...edgeBase,
      kind: z.literal("overlap"),
      rank: z
        .number()
        .int()
        .positive()
        .max(1_000_000)
        .optional()
        .describe("How related the roles are, 1 = most related (as the source ranks them)"),
    })
    .describe("role ↔ role, undirected: adjacent roles that share much of their work"),
  z
    .looseObject({
      ...edgeBase,
      kind: z.literal("requires"),
      importance: z.enum(IMPORTANCE),
      group: text("group", 200)
        .optional()
        .describe(
          'A "one of" group: the role\'s requires edges with the same group need only one of their items ("cloud platform": AWS, Azure or GCP)',
        ),
    })
    .describe("role → skill or tool"),
  z
    .looseObject({ ...edgeBase, kind: z.literal("serves") })
    .describe(
      "tool → skill: the tool is used for that skill (Kubernetes → container orchestration)",
    ),
]);

export const SeedSchema = z
  .object({
    file: z
      .string()
      .regex(SEED_FILE, "must be a file name ending in .txt, such as overview.txt")
      .max(200),
    title: text("title", 500),
    summary: text("summary").optional(),
    url: z.url().optional(),
  })
  .strict();

export const DatasetSchema = z
  .object({
    id: z.string().regex(SLUG, "must be lower case letters, digits, '.', '_' or '-'").max(100),
    title: text("title", 500),
    version: text("version", 100).optional(),
    url: z.url().optional(),
    licence: text("licence", 500).describe('e.g. "CC BY 4.0"'),
    licenceUrl: z.url().optional(),
    attribution: text("attribution", 5_000).describe(
      "The credit line the licence asks for; shown wherever the data is shown",
    ),
    description: text("description").optional(),
  })
  .strict();

const VocabularyEntrySchema = z
  .object({
    id: VocabularyIdSchema,
    label: text("label", 200),
    description: text("description", 2_000).optional(),
  })
  .strict();

export const TrackSchema = z
  .object({
    id: VocabularyIdSchema,
    label: text("label", 200),
    description: text("description", 2_000).optional(),
    order: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .optional()
      .describe("Lanes are drawn in ascending order; defaults to the position in the list"),
    color: z
      .string()
      .regex(HEX_COLOUR, "must be a colour such as #2457c5")
      .optional()
      .describe("Colour for light backgrounds; derived when omitted"),
    colorDark: z
      .string()
      .regex(HEX_COLOUR, "must be a colour such as #7aa7ff")
      .optional()
      .describe("Colour for dark backgrounds; derived from `color` when omitted"),
  })
  .strict();

export const LevelSchema = VocabularyEntrySchema.describe(
  "One rung of the level ladder; levels are listed from the first job to the most senior",
);

const wordingPair = z
  .object({ one: text("singular", 60), many: text("plural", 60) })
  .strict()
  .optional();

export const VocabularySchema = z
  .object({
    tracks: z.array(TrackSchema).max(200).optional(),
    levels: z.array(LevelSchema).max(100).optional(),
    categories: z
      .object({
        skill: z.array(VocabularyEntrySchema).max(1_000).optional(),
        tool: z.array(VocabularyEntrySchema).max(1_000).optional(),
      })
      .strict()
      .optional(),
    pay: z
      .object({
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
          .default("USD"),
        period: PayPeriodSchema.default("year"),
        locale: z
          .string()
          .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a locale such as en-US")
          .default("en-US"),
      })
      .strict()
      .optional(),
    wording: z
      .object({
        track: wordingPair.describe('What a track is called here: "track", "occupation group"'),
        level: wordingPair.describe('What a level is called here: "level", "job zone"'),
        role: wordingPair.describe('What a role is called here: "role", "occupation"'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const GraphDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(SLUG, "must be lower case letters, digits, '.', '_' or '-'").max(100),
    title: text("title", 200),
    description: text("description").optional(),
    vocabulary: VocabularySchema.optional(),
    seeds: z.array(SeedSchema).max(10_000).optional(),
    datasets: z.array(DatasetSchema).max(100).optional(),
    defaultSources: SourcesSchema.optional().describe(
      "Covers every fact that cites no source of its own (e.g. a whole imported dataset)",
    ),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .strict();

export type SeedQuote = z.infer<typeof SeedQuoteSchema>;
export type DatasetRecord = z.infer<typeof DatasetRecordSchema>;
/** Either kind of source, with the other kind's fields readable as undefined. */
export type Source = Partial<SeedQuote> & Partial<DatasetRecord> & (SeedQuote | DatasetRecord);
export type PayPeriod = z.infer<typeof PayPeriodSchema>;
export type SalaryBand = z.infer<typeof SalaryBandSchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type RoleNode = z.infer<typeof RoleNodeSchema>;
export type SkillNode = z.infer<typeof SkillNodeSchema>;
export type ToolNode = z.infer<typeof ToolNodeSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type RequiresEdge = Extract<GraphEdge, { kind: "requires" }>;
export type EdgeKind = GraphEdge["kind"];
export type NodeKind = GraphNode["kind"];
export type Seed = z.infer<typeof SeedSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type VocabularyDeclaration = z.infer<typeof VocabularySchema>;
export type TrackDeclaration = z.infer<typeof TrackSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;
/** The document as written by hand: defaults may be omitted. */
export type GraphDocumentInput = z.input<typeof GraphDocumentSchema>;
