import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { nonEmptyRichTextSchema, richTextSchema } from "@/lib/rich-text/validate";
import { OPERATIONS, type Operation } from "./operations";
import { richTextDocOutput } from "./response-schemas";

const RICH_TEXT = new Set<unknown>([richTextSchema, nonEmptyRichTextSchema, richTextDocOutput]);

/** A zod schema as JSON Schema, as it travels (dates as strings); rich text points at the RichTextDoc component. */
function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    override: (ctx) => {
      if (!RICH_TEXT.has(ctx.zodSchema)) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      ctx.jsonSchema.$ref = "#/components/schemas/RichTextDoc";
    },
  });
}

/** Tiptap JSON: a tree of nodes, each with a type, optional attributes, marks, text and children. */
const richTextNode = {
  type: "object",
  properties: {
    type: { type: "string" },
    attrs: { type: "object" },
    marks: {
      type: "array",
      items: {
        type: "object",
        properties: { type: { type: "string" }, attrs: { type: "object" } },
        required: ["type"],
      },
    },
    text: { type: "string" },
    content: { type: "array", items: { $ref: "#/components/schemas/RichTextNode" } },
  },
  required: ["type"],
};

const errorCodes = [...Object.keys(ERROR_STATUS), "INTERNAL"];
const errorStatuses = [...new Set([...Object.values(ERROR_STATUS), 500])].sort();

const errorResponse = (status: number) => ({
  description: `${errorCodes.filter((c) => (ERROR_STATUS[c as keyof typeof ERROR_STATUS] ?? 500) === status).join(", ")}`,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const documentUpload = {
  type: "object",
  properties: { file: { type: "string", format: "binary" }, title: { type: "string" } },
  required: ["file"],
};

function requestBody(body: NonNullable<Operation["body"]>) {
  if ("document" in body) {
    return {
      required: true,
      content: {
        "application/json": { schema: jsonSchema(body.document) },
        "multipart/form-data": { schema: documentUpload },
      },
    };
  }
  // The path supplies the id: documented without it.
  const schema =
    body.fromPath && body.schema instanceof z.ZodObject
      ? body.schema.omit({ [body.fromPath]: true } as never)
      : body.schema;
  return { required: true, content: { "application/json": { schema: jsonSchema(schema) } } };
}

function responses(operation: Operation) {
  const { response } = operation;
  const success =
    response.status === 204
      ? { "204": { description: "Done; no content" } }
      : "eventStream" in response
        ? {
            "200": {
              description: "A Server-Sent Events stream; each `data:` line is one JSON event",
              content: { "text/event-stream": { schema: { type: "string" } } },
            },
          }
        : "file" in response
          ? {
              "200": {
                description: "The file, as an attachment",
                content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
              },
            }
          : {
              [String(response.status)]: {
                description: "Success",
                content: { "application/json": { schema: jsonSchema(response.schema) } },
              },
            };
  // Only a route that reads a body can refuse one as too large or of the wrong type.
  const statuses = errorStatuses.filter((s) => operation.body || (s !== 413 && s !== 415));
  return { ...success, ...Object.fromEntries(statuses.map((s) => [String(s), errorResponse(s)])) };
}

/** A read's query string, one optional parameter per field of its schema. */
function queryParameters(query: Operation["query"]) {
  if (!query) return [];
  const schema = jsonSchema(query) as { properties?: Record<string, unknown> };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: false,
    schema: property,
  }));
}

function operationObject(key: string, operation: Operation) {
  const parameters = [
    ...(key.includes("{id}") ? [{ name: "id", in: "path", required: true, schema: { type: "string" } }] : []),
    ...(operation.exportFormat
      ? [{ name: "format", in: "query", required: true, schema: { type: "string", enum: [...ALL_FORMATS] } }]
      : []),
    ...queryParameters(operation.query),
  ];
  return {
    operationId: key.replace(/[^A-Za-z]+/g, "_").replace(/_$/, ""),
    summary: operation.summary,
    "x-permission": operation.permission,
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body ? { requestBody: requestBody(operation.body) } : {}),
    responses: responses(operation),
  };
}

function paths() {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, operation] of Object.entries(OPERATIONS) as [string, Operation][]) {
    const [method, path] = key.split(" ") as [string, string];
    out[path] = { ...out[path], [method.toLowerCase()]: operationObject(key, operation) };
  }
  return out;
}

/** The REST API's description, generated from the route table (lib/api/operations.ts) and its zod schemas. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: { title: "Claimwise API", version: "1" },
  servers: [{ url: "/api/v1" }],
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "An API token (`npm run token:create`)" },
      session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
    },
    schemas: {
      RichTextNode: richTextNode,
      RichTextDoc: { ...richTextNode, properties: { ...richTextNode.properties, type: { const: "doc" } } },
      Error: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              code: { type: "string", enum: errorCodes },
              message: { type: "string" },
              details: { description: "Field errors, the current state after a conflict, a retry delay" },
            },
            required: ["code", "message"],
          },
        },
        required: ["error"],
      },
    },
  },
  security: [{ bearer: [] }, { session: [] }, {}],
  paths: paths(),
};
