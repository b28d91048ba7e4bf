import { z } from "zod";
import {
  addCitationSchema,
  citationTargetSchema,
  deleteCitationSchema,
  updateCitationSchema,
} from "@/lib/citations/schemas";
import { addCommentSchema, commentTargetSchema, editCommentSchema, resolveCommentSchema } from "@/lib/comments/schemas";
import { createDocumentSchema } from "@/lib/documents/schemas";
import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { reviewStatusChangeSchema, saveReviewSchema } from "@/lib/reviews/schemas";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

const error = {
  description: "An error: `{ error: { code, message, details? } }`",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              code: {
                type: "string",
                enum: [
                  "INVALID",
                  "UNAUTHENTICATED",
                  "FORBIDDEN",
                  "NOT_FOUND",
                  "CONFLICT",
                  "TOO_LARGE",
                  "UNSUPPORTED_MEDIA_TYPE",
                  "RATE_LIMITED",
                  "UNAVAILABLE",
                  "INTERNAL",
                ],
              },
              message: { type: "string" },
              details: {},
            },
            required: ["code", "message"],
          },
        },
      },
    },
  },
};

const documentBody = {
  required: true,
  content: {
    "application/json": { schema: schema(createDocumentSchema) },
    "multipart/form-data": {
      schema: {
        type: "object",
        properties: { file: { type: "string", format: "binary" }, title: { type: "string" } },
        required: ["file"],
      },
    },
  },
};

/** A JSON body validated by `s`, minus the ids the path supplies. */
const body = (s: z.ZodObject, ...fromPath: string[]) => ({
  required: true,
  content: {
    "application/json": { schema: schema(s.omit(Object.fromEntries(fromPath.map((k) => [k, true])) as never)) },
  },
});
const ok = (description: string, status = "200") => ({ [status]: { description }, ...errors });

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
const errors = {
  "400": error,
  "401": error,
  "403": error,
  "404": error,
  "409": error,
  "413": error,
  "415": error,
  "503": error,
};

/** The REST API's description; request schemas come from the same zod schemas the routes validate with. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: { title: "Claimwise API", version: "1" },
  servers: [{ url: "/api/v1" }],
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "An API token (`npm run token:create`)" },
      session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
    },
  },
  security: [{ bearer: [] }, { session: [] }, {}],
  paths: {
    "/documents": {
      get: {
        summary: "Documents the caller may read",
        responses: { "200": { description: "`{ items: [...] }`" }, ...errors },
      },
      post: {
        summary: "Import a document (editors)",
        requestBody: documentBody,
        responses: { "201": { description: "`{ id, slug, claimCount }`" }, ...errors },
      },
    },
    "/documents/{id}/revisions": {
      post: {
        summary: "Import a new version and re-anchor its claims (editors)",
        parameters: idParam,
        requestBody: documentBody,
        responses: { "201": { description: "`{ revisionId, number, anchored, fuzzy, orphaned, added }`" }, ...errors },
      },
    },
    "/documents/{id}/claims": {
      get: {
        summary: "A document's claims in document order, with W3C selectors",
        parameters: idParam,
        responses: {
          "200": {
            description:
              "`{ items: [{ id, text, tier, tierSource, suggestedTier, confidence, cues, selectors, range, anchorStatus, ... }] }`: " +
              "`tier` is set only once a person has set or accepted one; `suggestedTier` is the model's suggestion, " +
              "`confidence` its probability (0..1) and `cues` the features that decided it; `selectors` are W3C " +
              "(TextPositionSelector in Unicode code points), `range` is the same span in UTF-16 offsets.",
          },
          ...errors,
        },
      },
    },
    "/documents/{id}/export": {
      get: {
        summary:
          "A download of the annotated document (html, pdf and md for readers; the rest, and the json backup, for editors)",
        parameters: [
          ...idParam,
          { name: "format", in: "query", required: true, schema: { type: "string", enum: [...ALL_FORMATS] } },
        ],
        responses: { "200": { description: "The file, as an attachment" }, ...errors },
      },
    },
    "/claims/{id}/reviews": {
      get: {
        summary: "Reviews of a claim: the caller's own, and everyone's submitted ones",
        parameters: idParam,
        responses: ok("`{ items }`"),
      },
    },
    "/claims/{id}/review": {
      put: {
        summary:
          "Save the caller's own GRADE review (version 0 creates it; a stale version is 409 with the current state)",
        parameters: idParam,
        requestBody: body(saveReviewSchema, "claimId"),
        responses: ok("The review"),
      },
    },
    "/claims/{id}/review/submit": {
      post: {
        summary: "Submit the caller's review",
        parameters: idParam,
        requestBody: body(reviewStatusChangeSchema, "claimId"),
        responses: ok("The review"),
      },
    },
    "/claims/{id}/review/reopen": {
      post: {
        summary: "Reopen a submitted review",
        parameters: idParam,
        requestBody: body(reviewStatusChangeSchema, "claimId"),
        responses: ok("The review"),
      },
    },
    "/claims/{id}/citations": {
      get: {
        summary: "Citations of a claim, with APA and Vancouver references",
        parameters: idParam,
        responses: ok("`{ items }`"),
      },
      post: {
        summary: "Cite by identifier, or paste BibTeX / RIS / CSL-JSON",
        parameters: idParam,
        requestBody: { required: true, content: { "application/json": { schema: schema(addCitationSchema) } } },
        responses: ok("`{ items }`: the citations created", "201"),
      },
    },
    "/citations/{id}": {
      patch: {
        summary: "Change stance, study design or note",
        parameters: idParam,
        requestBody: body(updateCitationSchema, "citationId"),
        responses: ok("The citation"),
      },
      delete: {
        summary: "Remove a citation",
        parameters: idParam,
        requestBody: body(deleteCitationSchema, "citationId"),
        responses: ok("No content", "204"),
      },
    },
    "/citations/{id}/metadata": {
      post: {
        summary:
          "Fetch a citation's metadata again from its registry (Crossref/DataCite, NCBI, arXiv, Open Library); when it still cannot, the citation comes back unchanged with `metadataError`",
        parameters: idParam,
        requestBody: body(citationTargetSchema, "citationId"),
        responses: ok("The citation"),
      },
    },
    "/claims/{id}/critique": {
      get: {
        summary:
          "What readers are told about a claim: the decided tier and certainty, the reviewers' published work, citations",
        parameters: idParam,
        responses: ok("The critique"),
      },
    },
    "/claims/{id}/comments": {
      get: { summary: "A claim's discussion as threads", parameters: idParam, responses: ok("`{ items }`") },
      post: {
        summary: "Comment or reply (Tiptap JSON body)",
        parameters: idParam,
        requestBody: body(addCommentSchema, "claimId"),
        responses: ok("The comment", "201"),
      },
    },
    "/comments/{id}": {
      patch: {
        summary: "Edit one's comment (history kept)",
        parameters: idParam,
        requestBody: body(editCommentSchema, "commentId"),
        responses: ok("The comment"),
      },
      delete: {
        summary: "Delete a comment (soft)",
        parameters: idParam,
        requestBody: body(commentTargetSchema, "commentId"),
        responses: ok("The comment"),
      },
    },
    "/comments/{id}/resolve": {
      post: {
        summary: "Resolve or reopen a thread",
        parameters: idParam,
        requestBody: body(resolveCommentSchema, "commentId"),
        responses: ok("The comment"),
      },
    },
    "/claims/{id}/history": {
      get: {
        summary: "Audited changes to a claim and its reviews, citations and comments (editors)",
        parameters: idParam,
        responses: ok("`{ items }`"),
      },
    },
  },
};
