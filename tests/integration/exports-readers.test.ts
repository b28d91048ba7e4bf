import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
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
import { hasReader } from "../support/outside-readers";
import { makeActor, makeDocument, richText } from "./support";

/**
 * Every export format read back by a reader that is not ours (bibtex-parser, astrocite-ris, pandoc, pdftotext,
 * pdffonts, qpdf, the W3C conformance assertions, an XML parser, xmllint), on a document with Arabic, Chinese, an
 * emoji before TNF-α, ⊕, formula-like cells and a table (tests/fixtures/multilingual-article.md, invented text).
 */
const CONTEXT = { baseUrl: "https://claimwise.example" };
const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/multilingual-article.md"), "utf8");
const W3C_CHECK = ["../../../shared/tools/check-web-annotations", "../../../../shared/tools/check-web-annotations"]
  .map((p) => path.join(import.meta.dirname, p))
  .find((p) => fs.existsSync(p));
const tmp = (name: string, body: string | Uint8Array) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "exports-")), name);
  fs.writeFileSync(file, body);
  return file;
};

let editor: NonNullable<Actor>;
let reviewer: NonNullable<Actor>;
let documentId: string;
let draftId: string;
let claims: { id: string; exact: string; start: number }[];
let plainText: string;
const find = (fragment: string) => claims.find((c) => c.exact.includes(fragment))!;

const linked = (text: string, label: string, href: string, second: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text },
        { type: "text", text: label, marks: [{ type: "link", attrs: { href } }] },
      ],
    },
    { type: "paragraph", content: [{ type: "text", text: second }] },
  ],
});

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  await db.user.update({ where: { id: reviewer.id }, data: { name: "María Núñez" } });
  const doc = await makeDocument(editor, FIXTURE, {
    format: "md",
    sourceUrl: "https://example.org/a?x=1><img src=x onerror=alert(1)>",
  });
  documentId = doc.id;
  draftId = (await makeDocument(editor, "A draft says that rats improved.")).id;
  claims = await db.claim.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  plainText = (await db.revision.findFirstOrThrow({ where: { documentId } })).plainText;
  await assignReviewer(editor, { documentId, reviewerId: reviewer.id });

  const tnf = find("TNF-α fell");
  const review = await saveReview(reviewer, {
    claimId: tnf.id,
    version: 0,
    certainty: "LOW",
    indirectness: "VERY_SERIOUS",
    riskOfBias: "SERIOUS",
    rationale: linked("Only mice; see ", "the protocol", "https://example.org/protocol", "A second paragraph."),
  });
  await submitReview(reviewer, { claimId: tnf.id, version: review.version });
  for (const identifier of [
    "10.1016/s0140-6736(20)30183-5",
    "10.1056/nejmoa2001017",
    "2101.00001",
    "2101.00002",
    "31978945",
  ])
    await addCitations(reviewer, { source: "identifier", claimId: tnf.id, identifier, stance: "SUPPORTS" });
  // A work cited by a second claim too: reference lists name it once.
  await addCitations(reviewer, {
    source: "identifier",
    claimId: find("help people with arthritis").id,
    identifier: "10.1056/nejmoa2001017",
    stance: "MENTIONS",
  });
  await addCitations(reviewer, {
    source: "csl-json",
    claimId: tnf.id,
    stance: "MENTIONS",
    reference: JSON.stringify([
      {
        type: "article-journal",
        title: "دراسة عن الالتهاب ⊕ 炎症研究",
        author: [{ family: "García", given: "María" }],
        issued: { "date-parts": [[2020]] },
        URL: "javascript:alert(1)",
      },
      {
        type: "article-journal",
        title: "Line one\nTY  - JOUR\nTI  - Injected record",
        author: [{ family: "García", given: "María" }],
        issued: { "date-parts": [[2020]] },
      },
    ]),
  });
  const thread = await addComment(reviewer, { claimId: tnf.id, body: richText("Which strain of mice?") });
  const reply = await addComment(editor, {
    claimId: tnf.id,
    parentId: thread.id,
    body: linked("C57BL/6, per ", "the methods", "https://example.org/methods", "Second paragraph of the reply."),
  });
  await addComment(reviewer, { claimId: tnf.id, parentId: reply.id, body: richText("Thanks.") });
  for (const claim of claims)
    await saveDecision(editor, {
      claimId: claim.id,
      version: 0,
      tier: "PRECLINICAL",
      certainty: claim.id === tnf.id ? "LOW" : null,
      note:
        claim.id === tnf.id
          ? linked(
              "Animal data; ",
              "see the review",
              "https://example.org/r",
              "Second note paragraph, https://example.org/bare.",
            )
          : null,
    });
  const { version } = await db.document.findUniqueOrThrow({ where: { id: documentId } });
  await publishDocument(editor, { documentId, version });
});
afterAll(() => db.$disconnect());

const exported = async (format: string, id = documentId) =>
  (await exportDocument(editor, { documentId: id, format }, CONTEXT)).body;

describe("exports read back by independent readers", () => {
  it("W3C: positions count code points (🚀 before TNF-α), replies thread to their parent, MUST assertions pass", async () => {
    const collection = JSON.parse(String(await exported("w3c")));
    const items = collection.first.items as {
      id: string;
      motivation: string;
      target: string | { selector: { type: string; start?: number; end?: number; exact?: string }[] };
      body: unknown;
    }[];
    const codePoints = [...plainText];
    const assessing = items.filter((a) => a.motivation === "assessing");
    expect(assessing).toHaveLength(claims.length);
    for (const a of assessing) {
      const target = a.target as { selector: { type: string; start?: number; end?: number; exact?: string }[] };
      const quote = target.selector.find((s) => s.type === "TextQuoteSelector")!;
      const position = target.selector.find((s) => s.type === "TextPositionSelector")!;
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
    const replies = items.filter((a) => a.motivation === "replying");
    expect(replies).toHaveLength(2);
    const ids = new Set(items.map((a) => a.id));
    for (const r of replies) expect(ids.has(r.target as string)).toBe(true);
    expect(JSON.stringify(items)).toContain('href=\\"https://example.org/methods\\"');
    if (W3C_CHECK) {
      const result = spawnSync(W3C_CHECK, [tmp("annotations.jsonld", JSON.stringify(collection))], {
        encoding: "utf8",
      });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    }
  }, 120_000);

  it("W3C selectors of the claims API count code points too; the range for the browser stays in UTF-16", async () => {
    const { listClaims } = await import("@/lib/claims/list-claims");
    // A claim after the 🚀: one code point less than UTF-16 units before it.
    const dto = (await listClaims(editor, documentId)).find((c) => c.text.includes("arthritis"))!;
    const position = dto.selectors[1] as { start: number; end: number };
    expect([...plainText].slice(position.start, position.end).join("")).toBe(dto.text);
    expect(plainText.slice(dto.range.start, dto.range.end)).toBe(dto.text);
    expect(dto.range.start - position.start).toBe(1);
  });

  it("BibTeX: unique keys, Arabic, Chinese, ⊕ and María intact, no javascript: URL (bibtex-parser)", async () => {
    const bib = String(await exported("bibtex"));
    expect(bib).not.toMatch(/javascript:/i);
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(7);
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === "10" || k === "2101")).toEqual([]);
    // A work known only by its DOI has the DOI, not the DOI as its title.
    const doiOnly = entries.find((e) => String(e.fields.doi ?? "") === "10.1016/s0140-6736(20)30183-5")!;
    expect(doiOnly.fields.title).toBeUndefined();
    const titles = entries.map((e) => String(e.fields.title ?? ""));
    expect(titles).toContain("دراسة عن الالتهاب ⊕ 炎症研究");
    const authors = entries.flatMap((e) => (e.fields.author ?? []) as { lastName?: string; firstName?: string }[]);
    expect(authors).toContainEqual(expect.objectContaining({ lastName: "García", firstName: "María" }));
    // Classic BibTeX's field names (biblatex reads them too; BibTeX styles drop biblatex's `journaltitle` and `date`).
    expect(bib).toMatch(/^ {2}year = \{2020\},?$/m);
    expect(bib).not.toMatch(/^ {2}(journaltitle|date) = /m);
    // Another reader of the file, pandoc's BibTeX reader, finds the same year.
    if (!hasReader("pandoc")) return;
    const csl = spawnSync("pandoc", ["-f", "bibtex", "-t", "csljson"], { input: bib, encoding: "utf8" });
    expect(csl.status, csl.stderr).toBe(0);
    const garcia = (JSON.parse(csl.stdout) as { title?: string; issued?: { "date-parts": number[][] } }[]).find(
      (item) => item.title === "دراسة عن الالتهاب ⊕ 炎症研究",
    )!;
    expect(garcia.issued!["date-parts"][0]![0]).toBe(2020);
  });

  it("RIS: parses strictly (astrocite-ris), one record per work, a title with newlines stays one field", async () => {
    const ris = String(await exported("ris"));
    expect(ris).not.toMatch(/javascript:/i);
    for (const line of ris.split("\r\n")) expect(line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true);
    const works = parseRis(ris) as { title?: string }[];
    expect(works).toHaveLength(7);
    expect(works.map((w) => w.title)).toContain("Line one TY - JOUR TI - Injected record");
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(7);
  });

  it("Markdown: pandoc's reader keeps every heading; the source URL is a link, never raw HTML", async () => {
    const md = String(await exported("md"));
    expect(md).not.toContain("<img");
    expect(md).toContain("[^");
    if (!hasReader("pandoc")) return;
    const result = spawnSync("pandoc", ["-f", "markdown", "-t", "json"], { input: md, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { blocks: { t: string; c: unknown }[] };
    const headers = json.blocks.filter((b) => b.t === "Header");
    const body = (await db.revision.findFirstOrThrow({ where: { documentId } })).body as {
      content: { type: string }[];
    };
    // The title and every heading of the body.
    expect(headers).toHaveLength(1 + body.content.filter((n) => n.type === "heading").length);
    expect(headers.length).toBeGreaterThanOrEqual(4);
    expect(result.stdout).not.toMatch(/"Raw(Inline|Block)"/);
    expect(result.stdout).toContain("https://example.org/methods");
  });

  it("HTML: the tier once, note paragraphs kept, links live, replies nested", async () => {
    const html = String(await exported("html"));
    expect(html).not.toContain("Preclinical: Preclinical");
    expect(html).toContain('<a href="https://example.org/r">see the review</a>');
    // A typed address becomes a link too, its sentence's full stop outside it.
    expect(html).toContain(
      '<p>Second note paragraph, <a href="https://example.org/bare">https://example.org/bare</a>.</p>',
    );
    expect(html).toMatch(/<ul><li id="comment-[^"]+"><p><strong>María/);
    expect(html).not.toMatch(/<img|javascript:/i);
    expect(html).toContain('href="https://example.org/a?x=1%3E%3Cimg%20src=x%20onerror=alert(1)%3E"');
    // A note quotes the sentence it critiques.
    expect(html).toMatch(/<p class="summary">[^\n]*?<\/p><p class="claim"><i>[^<]*TNF-α fell/);
  });

  it("CSV: editor certainty and reviewers' median apart, per-reviewer grades and domains, identifiers, formulas neutralised", async () => {
    const rows = parseCsv(String(await exported("csv")), { columns: true, bom: true }) as Record<string, string>[];
    const tnf = rows.find((r) => r.claim!.includes("TNF-α fell"))!;
    expect(tnf["editor certainty"]).toBe("Low");
    expect(tnf["reviewers' median certainty"]).toBe("Low");
    expect(tnf["published reviews"]).toContain("Indirectness: very serious (−2)");
    expect(tnf["published reviews"]).toMatch(/Review by María/);
    expect(tnf["citation identifiers"]).toContain("doi:10.1016/s0140-6736(20)30183-5");
    expect(tnf["citation identifiers"]).toContain("arXiv:2101.00001");
    expect(tnf["citation identifiers"]).toContain("PMID: 31978945");
    const fullWidth = rows.find((r) => r.claim!.includes("1+1"))!;
    expect(fullWidth.claim!.startsWith("'")).toBe(true);
    const hidden = rows.find((r) => r.claim!.includes("@SUM"))!;
    expect(hidden.claim!.startsWith("'")).toBe(true);
  });

  it("DOCX: one thread per critiqued claim, authored and dated by people, discussion as threaded replies", async () => {
    const zip = await JSZip.loadAsync(await exported("docx"));
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["w:comment", "w15:commentEx", "w:p"].includes(name),
    });
    const comments = xml.parse(await zip.file("word/comments.xml")!.async("string"))["w:comments"][
      "w:comment"
    ] as Record<string, string>[];
    const authors = comments.map((c) => c["@_w:author"]);
    expect(authors).not.toContain("Claimwise");
    const editorName = (await db.user.findUniqueOrThrow({ where: { id: editor.id } })).name;
    const reviewerName = (await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).name;
    expect(authors).toContain(editorName);
    expect(authors.filter((a) => a === reviewerName).length).toBeGreaterThanOrEqual(3);
    const text = await zip.file("word/comments.xml")!.async("string");
    expect(text).not.toContain("No tier; not graded");
    const extended = xml.parse(await zip.file("word/commentsExtended.xml")!.async("string"));
    const entries = extended["w15:commentsEx"]["w15:commentEx"] as Record<string, string>[];
    // The TNF-α thread: the decision, the review and three discussion comments are four replies to the first.
    expect(entries.filter((e) => e["@_w15:paraIdParent"]).length).toBe(4);
    // Under the title, what this file is and the article's source as a live link.
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("Annotated by Claimwise · revision 1");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toMatch(/TargetMode="External"/);
    // Headings stay on the page of the text under them; paragraphs have space after them.
    const styles = await zip.file("word/styles.xml")!.async("string");
    for (const id of ["Title", "Heading1", "Heading2"])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"((?!</w:style>)[\\s\\S])*<w:keepNext/>`));
    expect(styles).toMatch(/<w:docDefaults>((?!<\/w:docDefaults>)[\s\S])*<w:spacing w:after="120"/);
  });

  it("DOCX: LibreOffice reads it back, with the text in every script and the comments with their authors", async (ctx) => {
    if (!hasReader("soffice"))
      ctx.skip("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui");
    const file = tmp("doc.docx", new Uint8Array((await exported("docx")) as Uint8Array));
    const outdir = path.dirname(file);
    // A profile of its own, so a LibreOffice already running on the machine (or another test run) is never joined.
    const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"))}`;
    const result = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "fodt", "--outdir", outdir, file],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    const flat = fs.readFileSync(path.join(outdir, "doc.fodt"), "utf8");
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "office:annotation" });
    const annotations: unknown[] = [];
    const collect = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "office:annotation") annotations.push(...(value as unknown[]));
        else if (Array.isArray(value)) value.forEach(collect);
        else collect(value);
      }
    };
    collect(parsed.parse(flat));
    // The body as LibreOffice read it: every script intact.
    for (const text of ["TNF-α", "أظهرت الدراسة", "⊕"]) expect(flat).toContain(text);
    expect(flat).toMatch(/[\u4e00-\u9fff]/);
    // Comments: people as authors (never "Claimwise"), the discussion among them.
    const authors = annotations.map((a) => String((a as Record<string, unknown>)["dc:creator"]));
    expect(authors.length).toBeGreaterThanOrEqual(5);
    expect(authors).not.toContain("Claimwise");
    expect(authors).toContain("María Núñez");
    expect(flat).toContain("Which strain of mice?");
  }, 240_000);

  it("PDF: text layer has Arabic, Chinese and ⊕; every font embedded; tagged with /Lang and an outline", async () => {
    const file = tmp("doc.pdf", new Uint8Array((await exported("pdf")) as Uint8Array));
    if (process.env.DUMP_EXPORTS) {
      fs.copyFileSync(file, "/tmp/dump.pdf");
      fs.writeFileSync("/tmp/dump.md", String(await exported("md")));
    }
    if (!hasReader("pdftotext")) return;
    const text = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("研究表明小鼠在治疗后有所改善");
    expect(text).toContain("⊕⊕◯◯");
    expect(text).toContain("TNF-α");
    for (const word of ["الدراسة", "الفئران", "العلاج"]) expect(text).toContain(word);
    // Right to left in the right order: the sentence's first word comes first in the extracted line.
    const line = text.split("\n").find((l) => l.includes("الفئران"))!;
    expect(line.indexOf("أظهرت")).toBeLessThan(line.indexOf("العلاج"));
    const fonts = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const row of fonts) expect(row).toMatch(/\byes\s+yes\s+yes\b/); // emb sub uni
    expect(fonts.join("\n")).toMatch(/NotoNaskhArabic/);
    expect(fonts.join("\n")).toMatch(/NotoSansSC/);
    if (!hasReader("qpdf")) return;
    const raw = spawnSync("qpdf", ["--qdf", "--object-streams=disable", file, "-"], {
      encoding: "latin1",
      maxBuffer: 1e8,
    }).stdout;
    expect(raw).toMatch(/\/Lang \(en\)/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    // The structure tree as poppler reads it: every block an element holding its own text, in reading order.
    const tree = spawnSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" }).stdout;
    expect(tree).toMatch(/^Document\n {2}H1 \(block\)\n/);
    expect(tree).toContain('  H2 (block)\n    "Other scripts"\n');
    expect(tree).toContain('  H3 (block)\n    "Next steps"\n  P (block)\n    "A second trial in forty patients');
    expect(tree).toContain('  H1 (block)\n    "Critiques"\n  H2 (block)\n    "[1] Preclinical');
    expect(raw).toMatch(/\/Outlines/);
    expect(raw).toMatch(/\/URI \(https:\/\/example\.org\/protocol\)/);
    // The link's clickable area lies over its words (pdftotext's word boxes: top-left origin, points).
    const action = raw.match(/(\d+) 0 obj\s*<<\s*\/S \/URI\s*\/URI \(https:\/\/example\.org\/protocol\)/)![1];
    const rect = raw
      .match(new RegExp(`/A ${action} 0 R[^>]*?/Rect \\[([^\\]]+)\\]`))![1]!
      .trim()
      .split(/\s+/);
    const [x1, y1, x2, y2] = rect.map(Number) as [number, number, number, number];
    const boxes = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).stdout;
    const height = Number(boxes.match(/<page width="[\d.]+" height="([\d.]+)"/)![1]);
    const words = [...boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">protocol</g)];
    expect(words.length).toBeGreaterThan(0);
    const covered = words.some(([, a, b, c, d]) => {
      const [x, y] = [(Number(a) + Number(c)) / 2, height - (Number(b) + Number(d)) / 2];
      return x > x1 && x < x2 && y > y1 && y < y2;
    });
    expect(covered, `link area [${rect.join(" ")}] over no "protocol" word`).toBe(true);
    // Bookmarks: a level-3 heading's under its section's, each opening at its heading's height on its page.
    type Bookmark = { title: string; dest: (string | number | null)[]; kids: Bookmark[] };
    const outlines = JSON.parse(
      spawnSync("qpdf", ["--json=2", "--json-key=outlines", file], { encoding: "utf8" }).stdout,
    ).outlines as Bookmark[];
    const outlook = outlines.find((o) => o.title === "Outlook")!;
    expect(outlook.kids.map((k) => k.title)).toEqual(["Next steps"]);
    const notes = outlines.find((o) => o.title === "Critiques")!.kids;
    expect(notes.length).toBeGreaterThan(0);
    for (const bookmark of [outlook, outlook.kids[0]!, ...notes]) {
      expect(bookmark.dest[1]).toBe("/XYZ");
      expect(bookmark.dest[3]).toEqual(expect.any(Number));
    }
  }, 120_000);

  it("ClaimReview: only for published documents' decided claims, dated by publication, at the reading page", async () => {
    await expect(exported("claimreview", draftId)).rejects.toMatchObject({ code: "CONFLICT" });
    const reviews = JSON.parse(String(await exported("claimreview"))) as { url: string; datePublished: string }[];
    expect(reviews).toHaveLength(1);
    const { slug, publishedAt } = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(reviews[0]!.datePublished).toBe(publishedAt!.toISOString().slice(0, 10));
    expect(reviews[0]!.url).toBe(`${CONTEXT.baseUrl}/documents/${slug}#claim-${find("TNF-α fell").id}`);
  });

  it("JATS: well-formed XML (xmllint) with the article's sections, claims, critiques and references", async () => {
    const jats = String(await exported("jats"));
    if (hasReader("xmllint")) {
      const result = spawnSync("xmllint", ["--noout", "--nonet", tmp("article.xml", jats)], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
    }
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["sec", "fn", "ref", "named-content", "p", "xref"].includes(name),
    }).parse(jats);
    const article = parsed.article;
    expect(article["@_dtd-version"]).toBe("1.3");
    expect(article.front["article-meta"]["title-group"]["article-title"]).toMatch(/^Doc /);
    expect(article.front["article-meta"]["pub-date"]).toBeDefined();
    // A table's header row (imported as a small heading over its rows) heads a JATS table, not a section.
    expect(article.body.sec.map((s: { title: string }) => s.title)).toEqual(["Other scripts", "Table", "Outlook"]);
    const table = article.body.sec[1]["table-wrap"].table;
    expect(table.thead.tr.th).toEqual(["Marker", "Change", "Model"]);
    const rows = table.tbody.tr as { td: unknown[] }[];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.td.length)).toEqual([3, 3]);
    // Rows are claims only where the import found an assertion in them; such a claim spans its cells: the first
    // piece carries its id, the last cell its footnote reference.
    const cells = [...jats.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!);
    expect(cells.map((c) => c.replace(/<xref[^>]*>.*?<\/xref>/g, "").replace(/<[^>]+>/g, ""))).toEqual(
      expect.arrayContaining(["TNF-α", "−40%", "mouse", "IL-6", "−25%", "rat"]),
    );
    for (const claim of claims.filter((c) => c.exact.includes(" | "))) {
      expect(jats).toMatch(new RegExp(`<tr><td><named-content id="claim-${claim.id}" content-type="claim"`));
    }
    const fns = article.back["fn-group"].fn as { "@_id": string }[];
    expect(fns).toHaveLength(claims.length);
    const refs = article.back["ref-list"].ref as { "@_id": string }[];
    expect(refs).toHaveLength(7); // seven works, one of them cited by two claims
    // A level-3 heading's section sits inside its level-2 section.
    expect(article.body.sec[2].sec.map((s: { title: string }) => s.title)).toEqual(["Next steps"]);
    // Every cross-reference points at an element that exists.
    const ids = new Set([...fns, ...refs].map((x) => x["@_id"]));
    for (const rid of jats.matchAll(/rid="([^"]+)"/g)) expect(ids.has(rid[1]!)).toBe(true);
    expect(jats).toContain("أظهرت الدراسة");
    expect(jats).toContain('<pub-id pub-id-type="doi">10.1016/s0140-6736(20)30183-5</pub-id>');
    expect(jats).not.toMatch(/javascript:|<img/i);
  });

  it("PDF and Word files are rendered again exactly when what they show changed", async () => {
    const first = await exported("pdf");
    expect(await exported("pdf")).toBe(first);
    const tnf = find("TNF-α fell");
    await addComment(editor, { claimId: tnf.id, body: richText("A late remark on the strain.") });
    const after = await exported("pdf");
    expect(after).not.toBe(first);
    if (!hasReader("pdftotext")) return;
    const late = tmp("late.pdf", new Uint8Array(after as Uint8Array));
    expect(spawnSync("pdftotext", ["-enc", "UTF-8", late, "-"], { encoding: "utf8" }).stdout).toContain(
      "A late remark on the strain.",
    );
  }, 120_000);

  it("an export with nothing to cite is a clear 4xx, not an empty download", async () => {
    await expect(exported("bibtex", draftId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exported("ris", draftId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
