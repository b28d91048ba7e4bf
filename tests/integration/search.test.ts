import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/search";
import { POLACK_2020 } from "../support/references";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

const word = `zebrafinch${Date.now()}`;
const rare = `quokkafin${Date.now()}`;
let rankedSlug: string;
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
  const draft = await makeDocument(editor, `A draft says the ${word} cortex grows.`);
  // Discussion is as readable as its document: never a draft's, a members-only one's for members only.
  for (const slug of [draft.slug, membersSlug]) {
    const hidden = await db.claim.findFirstOrThrow({ where: { document: { slug } } });
    await addComment(editor, { claimId: hidden.id, body: richText(`The ${word} needs a second look.`) });
  }
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
  await addCitations(reviewer, {
    source: "csl-json",
    claimId: claim.id,
    reference: JSON.stringify([POLACK_2020]),
    stance: "MENTIONS",
  });
  // Two claims with the rare word, one saying it three times: ranking puts that one first.
  rankedSlug = (
    await makePublishedDocument(editor, `The ${rare} grows; ${rare} cells and ${rare} tissue regrew in the mice.`)
  ).slug;
  await makePublishedDocument(
    editor,
    `A long report on many organs, liver and kidney and heart, and once the ${rare}.`,
  );
});
afterAll(() => db.$disconnect());

describe("search", () => {
  it("finds claims, discussion and citations of public documents for anonymous visitors, with text snippets", async () => {
    const hits = await search(null, { q: word });
    expect(hits.map((h) => h.slug)).toEqual([publicSlug, publicSlug, publicSlug]);
    expect(hits.map((h) => h.kind).sort()).toEqual(["citation", "claim", "comment"]);
    // Each result is titled by what matched, the document named beside it.
    const title = (kind: string) => hits.find((h) => h.kind === kind)!.title;
    expect(title("claim")).toBe(`Stem cells regrew the ${word} hippocampus in mice.`);
    expect(title("comment")).toBe(`<script>alert(1)</script> p < 0.05 & ${word} data are thin`);
    expect(title("citation")).toBe(`Regeneration in the ${word}`);
    expect(new Set(hits.map((h) => h.documentTitle)).size).toBe(1);
    expect(hits[0]!.documentTitle).toMatch(/^Doc /);
    const comment = hits.find((h) => h.kind === "comment")!;
    expect(comment.snippet).toContainEqual({ text: word, marked: true });
    // The text comes back as it was written (React escapes it), the markup in it as plain text.
    const text = comment.snippet.map((p) => p.text).join("");
    expect(text).toContain("p < 0.05 &");
    expect(comment.snippet.filter((p) => p.marked).every((p) => p.text.toLowerCase() === word.toLowerCase())).toBe(
      true,
    );
  });

  it("finds citations by their authors and DOI, titled by title and authors", async () => {
    for (const q of ["Polack", "10.1056/NEJMoa2034577", "BNT162b2 Thomas"]) {
      const hits = (await search(null, { q })).filter((h) => h.slug === publicSlug);
      expect(hits.map((h) => [h.kind, h.title])).toEqual([
        [
          "citation",
          "Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine — Fernando P. Polack, Stephen J. Thomas",
        ],
      ]);
    }
  });

  it("puts the better match first", async () => {
    const hits = await search(null, { q: rare });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.slug).toBe(rankedSlug);
    expect(hits[0]!.snippet.filter((p) => p.marked)).toHaveLength(3);
  });

  it("adds members-only documents for signed-in users, never drafts", async () => {
    const hits = await search(reader, { q: word });
    expect([...new Set(hits.map((h) => h.slug))].sort()).toEqual([membersSlug, publicSlug].sort());
    const discussed = hits.filter((h) => h.kind === "comment").map((h) => h.slug);
    expect(discussed.sort()).toEqual([membersSlug, publicSlug].sort());
  });

  it("understands web-search syntax and refuses empty queries", async () => {
    expect(await search(null, { q: `${word} -hippocampus` })).toHaveLength(2);
    await expect(search(null, { q: " " })).rejects.toMatchObject({ code: "INVALID" });
  });
});
