import { z } from "zod";
import {
  AnchorStatus,
  Certainty,
  ClaimTier,
  Concern,
  DocumentStatus,
  IdentifierType,
  NotificationType,
  ReviewStatus,
  Role,
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
  /** Set while archived (editors only see archived documents). */
  archivedAt: timestamp.nullable(),
  updatedAt: timestamp,
});

export const archiveOutput = z.object({
  id: z.string(),
  slug: z.string(),
  archivedAt: timestamp.nullable(),
  version: z.number().int(),
});

export const deleteDocumentOutput = z.object({
  id: z.string(),
  slug: z.string(),
  backupFile: z.string().describe("The backup's file name in the server's backup directory (npm run restore reads it)"),
});

export const importOutput = z.object({ id: z.string(), slug: z.string(), claimCount: z.number().int() });

export const revisionOutput = z.object({
  revisionId: z.string(),
  number: z.number().int(),
  anchored: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  added: z.number().int(),
  changedClaims: z
    .array(z.object({ id: z.string(), text: z.string() }))
    .describe("Claims found again with changed wording"),
  orphanedClaims: z.array(z.object({ id: z.string(), text: z.string() })).describe("Claims not found in the new text"),
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
  certaintyReason: z.string().nullable(),
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

export const commentVersionOutput = z.object({
  number: z.number().int().describe("1 for the comment as first written"),
  at: timestamp,
  by: z.string().nullable(),
  text: z.string(),
  changes: z
    .array(z.object({ value: z.string(), change: z.enum(["same", "added", "removed"]) }))
    .describe("A word diff against the previous version"),
});

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

export const tokenOutput = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to tell tokens apart"),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
  expiresAt: timestamp.nullable(),
});

export const createdTokenOutput = tokenOutput.extend({
  secret: z.string().describe("The token itself: shown in this response only, never again"),
});

export const items = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });

export const notificationPageOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      type: z.enum(NotificationType),
      createdAt: timestamp,
      readAt: timestamp.nullable(),
      documentId: z.string(),
      claimId: z.string().nullable(),
      actor: person.nullable(),
      summary: z.string(),
      link: z.string().describe("Where the notification leads in the app (a path)"),
    }),
  ),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  unreadCount: z.number().int(),
});

const documentRef = z.object({ id: z.string(), slug: z.string(), title: z.string() });

export const myWorkOutput = z.object({
  assigned: z.array(
    documentRef.extend({
      status: z.enum(DocumentStatus),
      claims: z.number().int(),
      done: z.number().int().describe("Claims whose review the caller has submitted"),
      waiting: z.object({ ungraded: z.number().int(), replies: z.number().int(), mentions: z.number().int() }),
    }),
  ),
  editorial: z
    .object({
      inReview: z.array(
        documentRef.extend({
          claims: z.number().int(),
          decided: z.number().int(),
          reviewers: z.array(person.extend({ done: z.number().int() })),
        }),
      ),
      awaitingDecision: z.array(z.object({ claimId: z.string(), text: z.string(), document: documentRef })),
      drafts: z.array(documentRef.extend({ claims: z.number().int() })),
    })
    .nullable()
    .describe("What waits for an editor; null for reviewers"),
});

export const adminUserOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(Role),
  disabled: z.boolean(),
  createdAt: timestamp,
  lastSignInAt: timestamp.nullable(),
});

export const usersPageOutput = items(adminUserOutput).extend({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const sentInvitationOutput = z.object({
  invitation: z.object({
    id: z.string(),
    email: z.string(),
    role: z.enum(Role),
    expiresAt: timestamp,
    createdAt: timestamp,
    invitedBy: person.nullable(),
  }),
  mailed: z.boolean().describe("Whether the link was e-mailed (SMTP_URL set)"),
  link: z.string().nullable().describe("The one-time link, only when it was not e-mailed: shown this once"),
});
