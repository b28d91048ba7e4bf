import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import { publishDocument } from "@/lib/editorial/publishing";
import { exportDocument } from "@/lib/exports/export-document";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makeDocument, richText } from "./support";

const CONTEXT = { baseUrl: "https://claimwise.example" };
const SHARED_CHECK = path.join(import.meta.dirname, "../../../shared/tools/check-web-annotations");
let editor: Actor;
let reader: Actor;
let documentId: string;
let draftId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  reader = await makeActor("READER");
  const reviewer = await makeActor("REVIEWER");
  const doc = await makeDocument(
    editor,
    'Title\ntitle\nMice given TNF-α blockers ran further — a “striking” result. =HYPERLINK("http://evil") could follow in humans.\n• Label: Patients treated with it felt better.',
  );
  documentId = doc.id;
  draftId = (await makeDocument(editor, "A draft says that rats improved.")).id;
  await assignReviewer(editor, { documentId, reviewerId: reviewer.id });
  const claims = await db.claim.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  const review = await saveReview(reviewer, {
    claimId: claims[0]!.id,
    version: 0,
    certainty: "LOW",
    indirectness: "VERY_SERIOUS",
  });
  await submitReview(reviewer, { claimId: claims[0]!.id, version: review.version });
  await addCitations(reviewer, {
    source: "identifier",
    claimId: claims[0]!.id,
    identifier: "10.1000/mice.1",
    title: "Mice on TNF-α blockers",
    stance: "SUPPORTS",
    studyDesign: "ANIMAL",
  });
  await addCitations(reviewer, {
    source: "bibtex",
    claimId: claims[2]!.id,
    reference:
      "@article{k, title={A pilot trial}, author={Kim, Lee}, journal={Lancet}, year={2021}, doi={10.1016/pilot.2}}",
    stance: "MENTIONS",
  });
  await addComment(reviewer, { claimId: claims[0]!.id, body: richText("Only one strain of mice.") });
  for (const claim of claims)
    await saveDecision(editor, {
      claimId: claim.id,
      version: 0,
      tier: claim.tier,
      certainty: "LOW",
      note: richText("Decided."),
    });
  const { version } = await db.document.findUniqueOrThrow({ where: { id: documentId } });
  await publishDocument(editor, { documentId, version });
});
afterAll(() => db.$disconnect());

const exported = (format: string, actor: Actor = editor, id = documentId) =>
  exportDocument(actor, { documentId: id, format }, CONTEXT);

describe("exports", () => {
  it("CSV: one row per claim, read back by a CSV parser, formula cells neutralised", async () => {
    const file = await exported("csv");
    const rows = parse(String(file.body), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      number: "1",
      tier: "Preclinical",
      "editor certainty": "Low",
      "reviewers' median certainty": "Low",
      decided: "yes",
      reviews: "1",
      citations: "1",
      comments: "1",
    });
    expect(rows[1]!.claim!.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[0]!.claim).toContain("TNF-α");
  });

  it("BibTeX and RIS: every cited work, read back by citation-js", async () => {
    for (const format of ["bibtex", "ris"]) {
      const works = new Cite(String((await exported(format)).body)).data as { title?: string }[];
      expect(works.map((w) => w.title).sort()).toEqual(["A pilot trial", "Mice on TNF-α blockers"]);
    }
  });

  it("W3C: an AnnotationCollection that passes every MUST assertion of the W3C conformance suite", async () => {
    const file = await exported("w3c");
    const collection = JSON.parse(String(file.body));
    expect(collection.type).toBe("AnnotationCollection");
    const items = collection.first.items;
    expect(items.filter((a: { motivation: string }) => a.motivation === "assessing")).toHaveLength(3);
    expect(items.filter((a: { motivation: string }) => a.motivation === "commenting")).toHaveLength(1);
    expect(items[0].target.selector[0]).toMatchObject({
      type: "TextQuoteSelector",
      exact: expect.stringContaining("TNF-α"),
    });
    if (fs.existsSync(SHARED_CHECK)) {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "w3c-")), "annotations.jsonld");
      fs.writeFileSync(out, String(file.body));
      const result = spawnSync(SHARED_CHECK, [out], { encoding: "utf8" });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    }
  }, 120_000);

  it("Markdown and HTML: the article with numbered critiques, Unicode intact, nothing executable", async () => {
    const md = String((await exported("md", reader)).body);
    expect(md).toMatch(/^# Doc \d+-\d+\n/);
    expect(md).toContain("ran further — a “striking” result.[^1]");
    expect(md).toMatch(/\n\[\^1\]: Preclinical · ⊕⊕◯◯ Low certainty \(editor's decision\)\n/);
    expect(md).toContain("- Label: Patients treated with it felt better.[^3]");
    const html = String((await exported("html", reader)).body);
    expect(html).toContain('<sup id="ref-1"><a href="#note-1">1</a></sup>');
    expect(html).toContain('<li id="note-3" value="3">');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it("ClaimReview: schema.org JSON-LD for each decided claim", async () => {
    const reviews = JSON.parse(String((await exported("claimreview")).body));
    expect(reviews).toHaveLength(3);
    expect(reviews[0]!).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { ratingValue: 2, bestRating: 4, worstRating: 1 },
    });
  });

  it("PDF: made without a browser, every character embedded, text extracted back", async () => {
    const file = await exported("pdf", reader);
    const bytes = new Uint8Array(file.body as Uint8Array);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const { text } = await extractText(bytes, { mergePages: true });
    const flat = String(text).replace(/\s+/g, " ");
    expect(flat).toContain("Mice given TNF-α blockers ran further — a “striking” result. [1]");
    expect(flat).toContain("Critiques");
    expect(flat).toContain("⊕⊕◯◯ Low certainty");
  });

  it("DOCX: a native Word comment anchored on each claim, counted from word/comments.xml", async () => {
    const file = await exported("docx");
    const zip = await JSZip.loadAsync(file.body);
    const comments = await zip.file("word/comments.xml")!.async("string");
    // Claim 1: the decision, its published review and one discussion comment; claims 2 and 3: the decision.
    expect(comments.match(/<w:comment /g)).toHaveLength(5);
    expect(comments).toContain("Preclinical");
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/<w:commentRangeStart /g)).toHaveLength(5);
    expect(body).toContain("TNF-α");
    const soffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => fs.existsSync(p));
    if (soffice) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docx-"));
      fs.writeFileSync(path.join(dir, "claims.docx"), file.body);
      const result = spawnSync(
        soffice,
        ["--headless", "--convert-to", "txt:Text", "--outdir", dir, path.join(dir, "claims.docx")],
        { encoding: "utf8", timeout: 90_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(fs.readFileSync(path.join(dir, "claims.txt"), "utf8")).toContain("TNF-α blockers");
    }
  }, 120_000);

  it("DOCX: a comment on one claim leaves every other comment as it was written, under the same id", async () => {
    const doc = await makeDocument(editor, "Mice ran further on the drug. Rats slept longer on the drug.");
    const claims = await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
    expect(claims).toHaveLength(2);
    const commenter = await makeActor("REVIEWER");
    await assignReviewer(editor, { documentId: doc.id, reviewerId: commenter.id });
    for (const claim of claims) await addComment(commenter, { claimId: claim.id, body: richText("Which strain?") });
    // Each <w:comment> element of word/comments.xml by its id.
    const comments = async () => {
      const zip = await JSZip.loadAsync((await exported("docx", editor, doc.id)).body);
      const xml = await zip.file("word/comments.xml")!.async("string");
      return new Map([...xml.matchAll(/<w:comment w:id="(\d+)".*?<\/w:comment>/g)].map((m) => [m[1]!, m[0]]));
    };
    const before = await comments();
    expect(before.size).toBe(4); // per claim: the critique line, then the discussion comment as a reply
    await addComment(commenter, { claimId: claims[0]!.id, body: richText("And which dose?") });
    const after = await comments();
    // Numbered one after another, the second claim's thread would have moved up by one id.
    for (const [id, comment] of before) expect(after.get(id)).toBe(comment);
    const added = [...after].filter(([id]) => !before.has(id));
    expect(added).toHaveLength(1);
    expect(added[0]![1]).toContain("And which dose?");
  });

  it("names each comment's author in the discussion, and a deleted account as a former user", async () => {
    const doc = await makeDocument(editor, "Mice ran further on the drug.");
    const [claim] = await db.claim.findMany({ where: { documentId: doc.id } });
    const [staying, leaving] = [await makeActor("REVIEWER"), await makeActor("REVIEWER")];
    for (const commenter of [staying, leaving]) {
      await assignReviewer(editor, { documentId: doc.id, reviewerId: commenter.id });
      await addComment(commenter, { claimId: claim!.id, body: richText(`Comment by ${commenter.id}.`) });
    }
    await db.user.delete({ where: { id: leaving.id } });
    const { name } = await db.user.findUniqueOrThrow({ where: { id: staying.id } });
    const md = String((await exported("md", editor, doc.id)).body);
    expect(md).toMatch(new RegExp(`- ${name} \\(\\d{4}-\\d\\d-\\d\\d\\): Comment by ${staying.id}\\.`));
    expect(md).toMatch(new RegExp(`- A former user \\(\\d{4}-\\d\\d-\\d\\d\\): Comment by ${leaving.id}\\.`));
  });

  it("gives readers the reading formats of published documents only", async () => {
    await expect(exported("csv", reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exported("md", null, draftId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exported("pdfx")).rejects.toMatchObject({ code: "INVALID" });
  });
});
