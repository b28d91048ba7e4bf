import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/search";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

const word = `zebrafinch${Date.now()}`;
let reader: Actor;
let publicSlug: string;
let membersSlug: string;

beforeAll(async () => {
  const editor = await makeActor("EDITOR");
  const reviewer = await makeActor("REVIEWER");
  reader = await makeActor("READER");
  const pub = await makePublishedDocument(editor, `Stem cells regrew the ${word} hippocampus in mice.`);
  publicSlug = pub.slug;
  membersSlug = (
    await makePublishedDocument(editor, `Members learn that the ${word} brain heals.`, { visibility: "MEMBERS" })
  ).slug;
  await makeDocument(editor, `A draft says the ${word} cortex grows.`);
  const claim = await db.claim.findFirstOrThrow({ where: { documentId: pub.id } });
  await addComment(reviewer, {
    claimId: claim.id,
    body: richText(`<script>alert(1)</script> p < 0.05 & ${word} data are thin`),
  });
  await addCitations(reviewer, {
    source: "identifier",
    claimId: claim.id,
    identifier: "https://example.org/fish",
    title: `Regeneration in the ${word}`,
    stance: "SUPPORTS",
  });
});
afterAll(() => db.$disconnect());

describe("search", () => {
  it("finds claims, discussion and citations of public documents for anonymous visitors, with text snippets", async () => {
    const hits = await search(null, { q: word });
    expect(hits.map((h) => h.slug)).toEqual([publicSlug, publicSlug, publicSlug]);
    expect(hits.map((h) => h.kind).sort()).toEqual(["citation", "claim", "comment"]);
    const comment = hits.find((h) => h.kind === "comment")!;
    expect(comment.snippet).toContainEqual({ text: word, marked: true });
    // The text comes back as it was written (React escapes it), the markup in it as plain text.
    const text = comment.snippet.map((p) => p.text).join("");
    expect(text).toContain("p < 0.05 &");
    expect(comment.snippet.filter((p) => p.marked).every((p) => p.text.toLowerCase() === word.toLowerCase())).toBe(
      true,
    );
  });

  it("adds members-only documents for signed-in users, never drafts", async () => {
    const slugs = new Set((await search(reader, { q: word })).map((h) => h.slug));
    expect([...slugs].sort()).toEqual([membersSlug, publicSlug].sort());
  });

  it("understands web-search syntax and refuses empty queries", async () => {
    expect(await search(null, { q: `${word} -hippocampus` })).toHaveLength(2);
    await expect(search(null, { q: " " })).rejects.toMatchObject({ code: "INVALID" });
  });
});
