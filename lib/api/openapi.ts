import { z } from "zod";
import { createDocumentSchema } from "@/lib/documents/schemas";

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

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
const errors = { "400": error, "401": error, "403": error, "404": error, "503": error };

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
            description: "`{ items: [{ id, text, tier, suggestedTier, cues, selectors, anchorStatus, ... }] }`",
          },
          ...errors,
        },
      },
    },
  },
};
