// The OpenAPI document is generated from the route table: it must be valid OpenAPI 3.1, describe exactly the
// operations the route files export, answer every operation with a schema, and list every error code.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { restRoutes } from "../support/route-files";

type Doc = typeof openApiDocument & {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
};
const doc = JSON.parse(JSON.stringify(openApiDocument)) as Doc;
const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${p}`, operation })),
);

describe("the generated OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (schema and references)", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes exactly the operations the route files export (but the document itself)", () => {
    const described = operations.map((o) => o.key).sort();
    expect(described).toEqual(restRoutes().filter((k) => k !== "GET /openapi.json"));
  });

  it("gives every successful response a schema", () => {
    const missing = operations.flatMap(({ key, operation }) =>
      Object.entries(operation.responses)
        .filter(
          ([status, r]) => status.startsWith("2") && status !== "204" && !Object.values(r.content ?? {})[0]?.schema,
        )
        .map(([status]) => `${key} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it("lists every error code and answers each error status, 429 included", () => {
    const errorSchema = doc.components.schemas.Error.properties.error.properties.code;
    expect([...errorSchema.enum].sort()).toEqual([...Object.keys(ERROR_STATUS), "INTERNAL"].sort());
    const { responses } = doc.paths["/claims/{id}/review"]!.put!;
    for (const status of [...new Set(Object.values(ERROR_STATUS))])
      expect(Object.keys(responses)).toContain(String(status));
  });

  it("types rich-text bodies as Tiptap JSON, not as an empty schema", () => {
    const body = (
      doc.paths["/claims/{id}/comments"]!.post as unknown as {
        requestBody: { content: { "application/json": { schema: { properties: { body: unknown } } } } };
      }
    ).requestBody.content["application/json"].schema.properties.body;
    expect(body).toEqual({ $ref: "#/components/schemas/RichTextDoc" });
    expect(doc.components.schemas.RichTextDoc.properties.content.items).toEqual({
      $ref: "#/components/schemas/RichTextNode",
    });
  });

  it("documents dates as ISO strings and the path's id outside the body", () => {
    const review = doc.paths["/claims/{id}/review"]!.put! as unknown as {
      requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } };
      responses: { "200": { content: { "application/json": { schema: { properties: Record<string, unknown> } } } } };
    };
    expect(Object.keys(review.requestBody.content["application/json"].schema.properties)).not.toContain("claimId");
    expect(review.responses["200"].content["application/json"].schema.properties.updatedAt).toMatchObject({
      type: "string",
      format: "date-time",
    });
  });
});
