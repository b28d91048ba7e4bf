import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getReadingRest, getReadingView } from "@/lib/reading/reading-view";
import { makeActor, makeDocument, makePublishedDocument } from "./support";

// 150 claims in paragraphs of five: more than the page carries itself (lib/reading/reading-view.ts).
const LONG = Array.from({ length: 30 }, (_, p) =>
  Array.from(
    { length: 5 },
    (_, s) => `Grafts raised neurogenesis by ${((p * 5 + s) % 37) + 5} percent in study number ${p * 5 + s + 1}.`,
  ).join(" "),
).join("\n\n");

const claimIdsIn = (html: string) => [...html.matchAll(/<mark[^>]* id="claim-([^"]+)"/g)].map((m) => m[1]);

let editor: Actor;
let long: { id: string; slug: string };

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  long = await makePublishedDocument(editor, LONG);
});

describe("a long article's reading view", () => {
  it("carries its first part and gives every other claim, once and in order, in the rest", async () => {
    const view = await getReadingView(null, long.slug);
    const { html } = await getReadingRest(null, long.id);
    const claims = await db.claim.findMany({ where: { documentId: long.id }, orderBy: { position: "asc" } });
    expect(claims.length).toBe(150);
    const first = claimIdsIn(view.bodyHtml);
    expect(first.length).toBeGreaterThanOrEqual(100);
    expect(first.length).toBeLessThan(150);
    expect(view.restBlocks).toBeGreaterThan(0);
    expect([...first, ...claimIdsIn(html)]).toEqual(claims.map((c) => c.id));
    // Every claim counts in the page's summaries, loaded or not.
    expect(view.critiques).toHaveLength(150);
  });

  it("has no rest for a short article, and none for a reader who may not see the document", async () => {
    const short = await makePublishedDocument(editor, "Mice ran further after the drug.");
    expect((await getReadingView(null, short.slug)).restBlocks).toBe(0);
    expect(await getReadingRest(null, short.id)).toEqual({ html: "" });
    const draft = await makeDocument(editor, LONG);
    await expect(getReadingRest(null, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
