import { z } from "zod";
import {
  AnchorStatus,
  Certainty,
  ClaimTier,
  Concern,
  DocumentStatus,
  IdentifierType,
  ReviewStatus,
  Stance,
  StudyDesign,
  TierSource,
  Visibility,
} from "@/lib/generated/prisma/enums";
import type { RichTextNode } from "@/lib/rich-text/types";

// What the REST API answers, as zod schemas: the route table types each domain function's result against them (a
// field the domain drops or retypes breaks the build) and the OpenAPI document is generated from them. They name
// what clients may rely on; the domain may send more.

/** Dates travel as ISO 8601 strings; the domain hands over Date objects. */
const timestamp = z.codec(z.iso.datetime(), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});
/** Tiptap JSON as stored; documented by the OpenAPI generator as the RichTextDoc component. */
export const richTextDocOutput = z.custom<RichTextNode>(() => true);
const person = z.object({ id: z.string(), name: z.string() });

export const documentSummaryOutput = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(DocumentStatus),
  visibility: z.enum(Visibility),
  sourceUrl: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  updatedAt: timestamp,
});

export const importOutput = z.object({ id: z.string(), slug: z.string(), claimCount: z.number().int() });

export const revisionOutput = z.object({
  revisionId: z.string(),
  number: z.number().int(),
  anchored: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  added: z.number().int(),
});

export const claimOutput = z.object({
  id: z.string(),
  text: z.string(),
  position: z.number().int(),
  tier: z.enum(ClaimTier).nullable().describe("Set only once a person has set or accepted a tier"),
  tierSource: z.enum(TierSource).nullable(),
  suggestedTier: z.enum(ClaimTier).nullable().describe("The model's suggestion, never a decided tier"),
  confidence: z.number().nullable().describe("The suggestion's probability, 0..1"),
  cues: z.array(z.string()).describe("The features that decided the suggestion"),
  selectors: z
    .array(z.object({ type: z.string() }))
    .describe("W3C selectors; TextPositionSelector counts Unicode code points"),
  range: z.object({ start: z.number().int(), end: z.number().int() }).describe("The same span in UTF-16 offsets"),
  anchorStatus: z.enum(AnchorStatus),
  version: z.number().int(),
});

export const reviewOutput = z.object({
  id: z.string(),
  claimId: z.string(),
  certainty: z.enum(Certainty).nullable(),
  riskOfBias: z.enum(Concern).nullable(),
  inconsistency: z.enum(Concern).nullable(),
  indirectness: z.enum(Concern).nullable(),
  imprecision: z.enum(Concern).nullable(),
  publicationBias: z.enum(Concern).nullable(),
  largeEffect: z.boolean(),
  doseResponse: z.boolean(),
  plausibleConfounding: z.boolean(),
  tierOpinion: z.enum(ClaimTier).nullable(),
  rationale: richTextDocOutput.nullable(),
  rationaleHtml: z.string().nullable(),
  status: z.enum(ReviewStatus),
  submittedAt: timestamp.nullable(),
  version: z.number().int(),
  updatedAt: timestamp,
  reviewer: person,
});

export const citationOutput = z.object({
  id: z.string(),
  claimId: z.string(),
  identifierType: z.enum(IdentifierType).nullable(),
  identifier: z.string().nullable(),
  csl: z.unknown().meta({ type: "object", description: "The source as a CSL-JSON item" }),
  stance: z.enum(Stance),
  studyDesign: z.enum(StudyDesign),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: timestamp,
  addedBy: person.nullable(),
  apa: z.string(),
  vancouver: z.string(),
  metadata: z.enum(["OK", "NOT_FETCHED"]),
});

export const commentOutput = z.object({
  id: z.string(),
  claimId: z.string(),
  parentId: z.string().nullable(),
  body: richTextDocOutput.nullable().describe("null once deleted"),
  html: z.string().nullable(),
  resolved: z.boolean(),
  deleted: z.boolean(),
  editedAt: timestamp.nullable(),
  editCount: z.number().int(),
  version: z.number().int(),
  createdAt: timestamp,
  author: person.nullable(),
});

export const threadOutput = commentOutput.extend({ replies: z.array(commentOutput) });

export const critiqueOutput = z.object({
  id: z.string(),
  text: z.string(),
  tier: z.enum(ClaimTier).nullable(),
  certainty: z.enum(Certainty).nullable(),
  decided: z.boolean(),
  reviews: z.array(z.object({ submittedAt: z.string().nullable(), rationaleHtml: z.string().nullable() })),
  citations: z.array(z.object({ id: z.string(), stance: z.enum(Stance), reference: z.string() })),
  comments: z.number().int().describe("How many comments the claim has"),
});

export const readingRestOutput = z.object({
  html: z.string().describe("Sanitised HTML of the article's remaining blocks, claims marked as on the page"),
});

export const historyOutput = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: timestamp,
  actor: person.nullable(),
});

export const items = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });
