import type { z } from "zod";
import { inviteUserSchema, listUsersSchema, updateUserSchema } from "@/lib/admin/schemas";
import type { Action } from "@/lib/auth/policy";
import {
  addCitationSchema,
  citationTargetSchema,
  deleteCitationSchema,
  updateCitationSchema,
} from "@/lib/citations/schemas";
import { addCommentSchema, commentTargetSchema, editCommentSchema, resolveCommentSchema } from "@/lib/comments/schemas";
import {
  archiveDocumentSchema,
  createDocumentSchema,
  createRevisionSchema,
  deleteDocumentSchema,
} from "@/lib/documents/schemas";
import { presenceSchema } from "@/lib/events/schemas";
import { listNotificationsSchema } from "@/lib/notifications/schemas";
import { reviewStatusChangeSchema, saveReviewSchema } from "@/lib/reviews/schemas";
import { newTokenSchema } from "@/lib/tokens/schemas";
import {
  adminUserOutput,
  archiveOutput,
  citationOutput,
  claimOutput,
  commentOutput,
  commentVersionOutput,
  createdTokenOutput,
  critiqueOutput,
  deleteDocumentOutput,
  documentSummaryOutput,
  historyOutput,
  importOutput,
  items,
  myWorkOutput,
  notificationPageOutput,
  readingRestOutput,
  reviewOutput,
  revisionOutput,
  sentInvitationOutput,
  threadOutput,
  tokenOutput,
  usersPageOutput,
} from "./response-schemas";

/**
 * A request body: JSON validated by `schema`, with the path's `{id}` merged in as `fromPath`; or a document import
 * (JSON validated by `document`, or a multipart upload: lib/api/document-input.ts).
 */
export type OperationBody =
  | { schema: z.ZodObject | z.ZodDiscriminatedUnion; fromPath?: string }
  | { document: z.ZodObject };

export interface Operation {
  summary: string;
  /**
   * Who may call it (lib/auth/policy.ts). A body is read only once the caller holds it; reads are checked by the
   * domain function, which also hides objects the caller may not see.
   */
  permission: Action;
  body?: OperationBody;
  /** `format` in the query: the export's one parameter. */
  exportFormat?: true;
  /** Query parameters of a read, validated by the domain function with this schema. */
  query?: z.ZodObject;
  response:
    | { status: 200 | 201; schema: z.ZodType }
    | { status: 204 }
    | { status: 200; file: true }
    | { status: 200; eventStream: true };
}

/**
 * Every /api/v1 operation, keyed "METHOD /path" as OpenAPI spells the path. lib/api/route-table.ts binds each to its
 * domain function (typed against `response.schema`), app/api/v1/** exports those handlers, lib/api/openapi.ts
 * describes them, and the permission matrix (tests/e2e/security) calls each as every role.
 */
export const OPERATIONS = {
  "GET /documents": {
    summary: "Documents the caller may read",
    permission: "documents.read",
    response: { status: 200, schema: items(documentSummaryOutput) },
  },
  "POST /documents": {
    summary: "Import a document (editors)",
    permission: "documents.import",
    body: { document: createDocumentSchema },
    response: { status: 201, schema: importOutput },
  },
  "POST /documents/{id}/revisions": {
    summary: "Import a new version and re-anchor its claims (editors)",
    permission: "documents.import",
    body: { document: createRevisionSchema },
    response: { status: 201, schema: revisionOutput },
  },
  "POST /documents/{id}/archive": {
    summary:
      "Archive a document (editors): kept and restorable, hidden from everyone else (`version`: the version last seen)",
    permission: "documents.archive",
    body: { schema: archiveDocumentSchema, fromPath: "documentId" },
    response: { status: 200, schema: archiveOutput },
  },
  "POST /documents/{id}/restore": {
    summary: "Restore an archived document (editors; `version`: the version last seen)",
    permission: "documents.archive",
    body: { schema: archiveDocumentSchema, fromPath: "documentId" },
    response: { status: 200, schema: archiveOutput },
  },
  "DELETE /documents/{id}": {
    summary:
      "Delete a document for good (editors; `title`: the document's title, typed again). A JSON backup is written first; its file name is returned",
    permission: "documents.delete",
    body: { schema: deleteDocumentSchema, fromPath: "documentId" },
    response: { status: 200, schema: deleteDocumentOutput },
  },
  "GET /documents/{id}/claims": {
    summary: "A document's claims in document order, with W3C selectors",
    permission: "documents.read",
    response: { status: 200, schema: items(claimOutput) },
  },
  "GET /documents/{id}/export": {
    summary:
      "A download of the annotated document (html, pdf and md for readers; the rest, and the json backup, for editors)",
    permission: "exports.read",
    exportFormat: true,
    response: { status: 200, file: true },
  },
  "GET /documents/{id}/events": {
    summary:
      "Live changes to a document as Server-Sent Events (ids and versions only; refetch through the other routes): `document.changed`, `presence`, the caller's `notification`, `resync`; reconnect with `Last-Event-ID`",
    permission: "documents.read",
    response: { status: 200, eventStream: true },
  },
  "POST /documents/{id}/presence": {
    summary: "Tell the others on the document which claim the caller has open (repeat every 20 s; `left` when done)",
    permission: "presence.write",
    body: { schema: presenceSchema, fromPath: "documentId" },
    response: { status: 204 },
  },
  "GET /claims/{id}/reviews": {
    summary: "Reviews of a claim: the caller's own, and everyone's submitted ones",
    permission: "documents.read",
    response: { status: 200, schema: items(reviewOutput) },
  },
  "PUT /claims/{id}/review": {
    summary: "Save the caller's own GRADE review (version 0 creates it; a stale version is 409 with the current state)",
    permission: "reviews.write",
    body: { schema: saveReviewSchema, fromPath: "claimId" },
    response: { status: 200, schema: reviewOutput },
  },
  "POST /claims/{id}/review/submit": {
    summary: "Submit the caller's review",
    permission: "reviews.write",
    body: { schema: reviewStatusChangeSchema, fromPath: "claimId" },
    response: { status: 200, schema: reviewOutput },
  },
  "POST /claims/{id}/review/reopen": {
    summary: "Reopen a submitted review",
    permission: "reviews.write",
    body: { schema: reviewStatusChangeSchema, fromPath: "claimId" },
    response: { status: 200, schema: reviewOutput },
  },
  "GET /claims/{id}/citations": {
    summary: "Citations of a claim, with APA and Vancouver references",
    permission: "documents.read",
    response: { status: 200, schema: items(citationOutput) },
  },
  "POST /claims/{id}/citations": {
    summary: "Cite by identifier, or paste BibTeX / RIS / CSL-JSON (each entry becomes a citation)",
    permission: "citations.write",
    body: { schema: addCitationSchema, fromPath: "claimId" },
    response: { status: 201, schema: items(citationOutput) },
  },
  "PATCH /citations/{id}": {
    summary: "Change stance, study design or note",
    permission: "citations.write",
    body: { schema: updateCitationSchema, fromPath: "citationId" },
    response: { status: 200, schema: citationOutput },
  },
  "DELETE /citations/{id}": {
    summary: "Remove a citation (`version` in the body: the version the caller last saw)",
    permission: "citations.write",
    body: { schema: deleteCitationSchema, fromPath: "citationId" },
    response: { status: 204 },
  },
  "POST /citations/{id}/metadata": {
    summary:
      "Fetch a citation's metadata again from its registry (Crossref/DataCite, NCBI, arXiv, Open Library); when it still cannot, the citation comes back unchanged with `metadata: NOT_FETCHED`",
    permission: "citations.write",
    body: { schema: citationTargetSchema, fromPath: "citationId" },
    response: { status: 200, schema: citationOutput },
  },
  "GET /documents/{id}/reading-rest": {
    summary:
      "The reading page's article after the part the page carries, claims marked, as sanitised HTML (empty when the page carries it all)",
    permission: "documents.read",
    response: { status: 200, schema: readingRestOutput },
  },
  "GET /claims/{id}/critique": {
    summary:
      "What readers are told about a claim: the decided tier and certainty, the reviewers' published work, citations",
    permission: "documents.read",
    response: { status: 200, schema: critiqueOutput },
  },
  "GET /claims/{id}/comments": {
    summary: "A claim's discussion as threads",
    permission: "documents.read",
    response: { status: 200, schema: items(threadOutput) },
  },
  "POST /claims/{id}/comments": {
    summary: "Comment or reply (Tiptap JSON body)",
    permission: "comments.write",
    body: { schema: addCommentSchema, fromPath: "claimId" },
    response: { status: 201, schema: commentOutput },
  },
  "PATCH /comments/{id}": {
    summary: "Edit one's comment (history kept)",
    permission: "comments.write",
    body: { schema: editCommentSchema, fromPath: "commentId" },
    response: { status: 200, schema: commentOutput },
  },
  "DELETE /comments/{id}": {
    summary: "Delete a comment (soft: the thread keeps its place)",
    permission: "comments.write",
    body: { schema: commentTargetSchema, fromPath: "commentId" },
    response: { status: 200, schema: commentOutput },
  },
  "GET /comments/{id}/history": {
    summary: "A comment's versions, oldest first, each as a word diff against the one before",
    permission: "documents.read",
    response: { status: 200, schema: items(commentVersionOutput) },
  },
  "POST /comments/{id}/resolve": {
    summary: "Resolve or reopen a thread",
    permission: "comments.write",
    body: { schema: resolveCommentSchema, fromPath: "commentId" },
    response: { status: 200, schema: commentOutput },
  },
  "GET /claims/{id}/history": {
    summary: "Audited changes to a claim and its reviews, citations and comments (editors)",
    permission: "history.read",
    response: { status: 200, schema: items(historyOutput) },
  },
  "GET /notifications": {
    summary: "The caller's notifications, newest first, with the unread count",
    permission: "notifications.read",
    query: listNotificationsSchema,
    response: { status: 200, schema: notificationPageOutput },
  },
  "POST /notifications/{id}/read": {
    summary: "Mark one of the caller's notifications read",
    permission: "notifications.update",
    response: { status: 204 },
  },
  "POST /notifications/read-all": {
    summary: "Mark all the caller's notifications read",
    permission: "notifications.update",
    response: { status: 204 },
  },
  "GET /me/work": {
    summary:
      "What is the caller's to do: assigned documents with progress (claims submitted) and what waits; for editors, documents in review, claims awaiting a decision and drafts",
    permission: "work.read",
    response: { status: 200, schema: myWorkOutput },
  },
  "GET /users": {
    summary: "Users, searched by name or e-mail (`q`), 50 a page (`page`) (admins)",
    permission: "users.manage",
    query: listUsersSchema,
    response: { status: 200, schema: usersPageOutput },
  },
  "POST /users": {
    summary:
      "Invite someone by e-mail with a role: a one-time link valid 7 days, e-mailed when SMTP is set up, else returned once (admins)",
    permission: "users.manage",
    body: { schema: inviteUserSchema },
    response: { status: 201, schema: sentInvitationOutput },
  },
  "PATCH /users/{id}": {
    summary:
      "Change a user's role, disable or enable them, or end their sessions (`signOut: true`); never the last active admin (admins)",
    permission: "users.manage",
    body: { schema: updateUserSchema, fromPath: "userId" },
    response: { status: 200, schema: adminUserOutput },
  },
  "GET /me/tokens": {
    summary: "The caller's own API tokens (never their secrets)",
    permission: "tokens.manage",
    response: { status: 200, schema: items(tokenOutput) },
  },
  "POST /me/tokens": {
    summary:
      "Create an API token for the caller, with a name and an expiry in days (default 30); the secret is in this response only",
    permission: "tokens.manage",
    body: { schema: newTokenSchema },
    response: { status: 201, schema: createdTokenOutput },
  },
  "DELETE /tokens/{id}": {
    summary: "Revoke an API token: one's own, or anyone's for an admin",
    permission: "tokens.manage",
    response: { status: 204 },
  },
} as const satisfies Record<string, Operation>;

export type OperationKey = keyof typeof OPERATIONS;
