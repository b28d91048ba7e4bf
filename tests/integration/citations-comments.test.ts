import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations, deleteCitation, listCitations, updateCitation } from "@/lib/citations/citations";
import { addComment, deleteComment, editComment, listComments, resolveComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { makeActor, makePublishedDocument, richText } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let reader: Actor;
let claimId: string;

const BIBTEX = `@article{lee2021,
  author = {Lee, Kim and Park, Min},
  title = {Intranasal mesenchymal stem cells in depression: a pilot trial},
  journal = {Journal of Affective Disorders},
  year = {2021}, volume = {280}, pages = {1--8},
  doi = {10.1016/j.jad.2020.11.001}
}`;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  reader = await makeActor("READER");
  const doc = await makePublishedDocument(editor, "Mice recovered faster with the drug.");
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId: doc.id } })).id;
});
afterAll(() => db.$disconnect());

describe("citations", () => {
  it("adds by DOI and by BibTeX, formats APA and Vancouver, and refuses duplicates in any form", async () => {
    const [byDoi] = await addCitations(alice, {
      source: "identifier",
      claimId,
      identifier: "https://doi.org/10.1038/S41586-020-2649-2",
      title: "Array programming with NumPy",
      stance: "MENTIONS",
      studyDesign: "OTHER",
    });
    expect(byDoi).toMatchObject({ identifierType: "DOI", identifier: "10.1038/s41586-020-2649-2", stance: "MENTIONS" });
    const [fromBib] = await addCitations(alice, {
      source: "bibtex",
      claimId,
      reference: BIBTEX,
      stance: "SUPPORTS",
      studyDesign: "CASE_SERIES",
    });
    expect(fromBib).toMatchObject({ identifierType: "DOI", identifier: "10.1016/j.jad.2020.11.001" });
    expect(fromBib!.apa).toBe(
      "Lee, K., & Park, M. (2021). Intranasal mesenchymal stem cells in depression: a pilot trial. Journal of Affective Disorders, 280, 1–8. https://doi.org/10.1016/j.jad.2020.11.001",
    );
    expect(fromBib!.vancouver).toMatch(
      /^Lee K, Park M\. Intranasal mesenchymal stem cells in depression: a pilot trial\. Journal of Affective Disorders\. 2021;280:1–8/,
    );

    await expect(
      addCitations(bob, {
        source: "identifier",
        claimId,
        identifier: "doi:10.1016/J.JAD.2020.11.001",
        stance: "SUPPORTS",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const ris = "TY  - JOUR\nTI  - Array programming with NumPy\nDO  - 10.1038/s41586-020-2649-2\nER  - \n";
    await expect(
      addCitations(bob, { source: "ris", claimId, reference: ris, stance: "MENTIONS" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const csl = JSON.stringify({ type: "article-journal", title: "A new CSL item", PMID: "31978945" });
    const [fromCsl] = await addCitations(bob, { source: "csl-json", claimId, reference: csl, stance: "CONTRADICTS" });
    expect(fromCsl).toMatchObject({ identifierType: "PMID", identifier: "31978945" });
    expect((await listCitations(reader, claimId)).map((c) => c.stance)).toEqual([
      "MENTIONS",
      "SUPPORTS",
      "CONTRADICTS",
    ]);
  });

  it("explains malformed identifiers and references", async () => {
    await expect(
      addCitations(alice, { source: "identifier", claimId, identifier: "10.12/x", stance: "SUPPORTS" }),
    ).rejects.toThrow(/not a DOI, PMID/);
    await expect(
      addCitations(alice, {
        source: "identifier",
        claimId,
        identifier: "12345678901",
        identifierType: "PMID",
        stance: "SUPPORTS",
      }),
    ).rejects.toThrow(/not a valid PMID/);
    await expect(
      addCitations(alice, { source: "bibtex", claimId, reference: "not bibtex", stance: "SUPPORTS" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      addCitations(alice, { source: "csl-json", claimId, reference: "{oops", stance: "SUPPORTS" }),
    ).rejects.toThrow(/not valid JSON/);
    await expect(addCitations(alice, { source: "identifier", claimId, identifier: "31978946" })).rejects.toThrow(
      /supports, contradicts or only mentions/,
    );
  });

  it("lets only the author (or an editor) change or remove a citation, by version", async () => {
    const [mine] = await listCitations(alice, claimId);
    await expect(
      updateCitation(bob, { citationId: mine!.id, version: mine!.version, stance: "CONTRADICTS" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const updated = await updateCitation(alice, {
      citationId: mine!.id,
      version: mine!.version,
      note: "Background only.",
    });
    expect(updated).toMatchObject({ note: "Background only.", version: mine!.version + 1 });
    await expect(
      updateCitation(alice, { citationId: mine!.id, version: mine!.version, note: "stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteCitation(editor, { citationId: mine!.id, version: updated.version });
    expect((await listCitations(reader, claimId)).map((c) => c.id)).not.toContain(mine!.id);
    await expect(
      addCitations(reader, { source: "identifier", claimId, identifier: "31978945", stance: "SUPPORTS" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("comments", () => {
  it("threads replies, rewrites mention labels, keeps edit history, resolves and soft-deletes", async () => {
    const first = await addComment(alice, {
      claimId,
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "See " },
              { type: "text", text: "this", marks: [{ type: "link", attrs: { href: "https://example.org/x" } }] },
              { type: "text", text: ", " },
              { type: "mention", attrs: { id: bob!.id, label: "The Editor-in-Chief" } },
            ],
          },
          {
            type: "bulletList",
            content: [
              { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "point one" }] }] },
            ],
          },
        ],
      },
    });
    expect(first.html).toContain('<a rel="noopener noreferrer nofollow ugc" href="https://example.org/x">this</a>');
    expect(first.html).toContain(`<span class="mention" data-user-id="${bob!.id}">@bob`);
    expect(first.html).not.toContain("Editor-in-Chief");
    expect(first.html).toContain("<ul><li><p>point one</p></li></ul>");

    const reply = await addComment(bob, { claimId, parentId: first.id, body: richText("Agreed.") });
    const nested = await addComment(alice, { claimId, parentId: reply.id, body: richText("Thanks.") });
    expect(nested.parentId).toBe(first.id);

    await expect(editComment(bob, { commentId: first.id, version: 1, body: richText("hijack") })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    const edited = await editComment(alice, { commentId: first.id, version: 1, body: richText("See this, edited.") });
    expect(edited).toMatchObject({ version: 2, editCount: 1, html: "<p>See this, edited.</p>" });
    expect(edited.editedAt).toBeInstanceOf(Date);

    const resolved = await resolveComment(alice, { commentId: first.id, version: 2, resolved: true });
    expect(resolved.resolved).toBe(true);
    await expect(resolveComment(bob, { commentId: reply.id, version: 1, resolved: true })).rejects.toThrow(
      /first comment/,
    );

    await deleteComment(editor, { commentId: reply.id, version: 1 });
    const threads = await listComments(reader, claimId);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies.map((r) => [r.deleted, r.html])).toEqual([
      [true, null],
      [false, "<p>Thanks.</p>"],
    ]);
  });

  it("refuses empty, unsafe or forged comments and readers", async () => {
    await expect(addComment(alice, { claimId, body: richText("   ") })).rejects.toThrow(/Write something first/);
    await expect(addComment(alice, { claimId, body: "<img src=x onerror=alert(1)>" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(
      addComment(alice, {
        claimId,
        body: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: "nobody" } }] }],
        },
      }),
    ).rejects.toThrow(/mentioned user does not exist/);
    await expect(addComment(reader, { claimId, body: richText("hi") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const inert = await addComment(alice, {
      claimId,
      body: richText("<img src=x onerror=alert(1)> <script>alert(1)</script>"),
    });
    expect(inert.html).toBe("<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });
});
