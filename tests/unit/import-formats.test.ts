import { describe, expect, it } from "vitest";
import { parseHtml } from "@/lib/documents/parse-html";
import { parseMarkdown } from "@/lib/documents/parse-markdown";
import { prepareImport } from "@/lib/documents/prepare-import";
import { decodeSource, formatOfFileName } from "@/lib/documents/read-source";
import { AppError } from "@/lib/errors/app-error";
import { plainText } from "@/lib/rich-text/plain-text";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected an AppError");
};

describe("parseHtml", () => {
  it("keeps structure and drops scripts, handlers and dangerous links", () => {
    const { title, body } = parseHtml(`<html><head><title>T</title><script>alert(1)</script></head><body>
      <h1>Stem cells</h1><p onclick="alert(1)">Mice <b>improved</b> <a href="javascript:alert(1)">here</a>
      and <a href="https://doi.org/10.1/x">there</a>.</p><ul><li>One item.</li><li><p>Two item.</p></li></ul>
      <img src=x onerror=alert(1)><h3>Sub</h3><blockquote><p>Quoted.</p></blockquote></body></html>`);
    expect(title).toBe("Stem cells");
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/alert|onclick|onerror|javascript|img/);
    expect(body.content.map((b) => b.type)).toEqual(["paragraph", "bulletList", "heading", "blockquote"]);
    expect(plainText(body)).toBe("Mice improved here and there.\nOne item.\nTwo item.\nSub\nQuoted.");
    expect(json).toContain('"marks":[{"type":"link","attrs":{"href":"https://doi.org/10.1/x"}}]');
    expect(json).toContain('{"type":"text","text":"improved","marks":[{"type":"bold"}]}');
  });

  it("keeps only the article of a whole page: menus, bylines, sign-up boxes, calls to action and footers go", () => {
    const { title, body } = parseHtml(`<!doctype html><html><head><title>Curcumin | Clinic</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop our supplements today</a></li></ul></nav>
      <main><article><h1>Curcumin and joints</h1><p class="byline">By Jane Doe, wellness writer</p>
      <p>Curcumin switches off the pathway that drives joint inflammation in cultured cells, the lab reports.</p>
      <p>Eleven volunteers who took it for a month reported less stiffness in their knees and hands.</p>
      <table><tr><th>Dose</th><th>Effect</th></tr><tr><td>500 mg</td><td>Less pain in 8 of 12 patients</td></tr></table>
      <div class="newsletter-box"><p>Subscribe to our newsletter for weekly tips on joint health!</p></div>
      </article></main><aside><p>Book a consultation with our experts today and feel better.</p></aside>
      <footer><p>© 2026 Wellness Clinic. All rights reserved.</p></footer></body></html>`);
    expect(title).toBe("Curcumin and joints");
    expect(plainText(body)).toBe(
      "Curcumin switches off the pathway that drives joint inflammation in cultured cells, the lab reports.\n" +
        "Eleven volunteers who took it for a month reported less stiffness in their knees and hands.\n" +
        "Dose | Effect\n500 mg | Less pain in 8 of 12 patients",
    );
    expect(body.content.map((b) => b.type)).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("keeps an article's fact box and a chart's caption, not a pull quote, a page's sidebar or a photo's caption", () => {
    // Invented page.
    const filler = "<p>The widget, a small device worn on the wrist, was tested in people over several weeks.</p>";
    const { body } = parseHtml(`<!doctype html><html><head><title>Widget</title></head><body><main><article>
      <h1>Widget news</h1>${filler.repeat(4)}
      <aside class="pullquote"><p>“It will change how we treat pain in older people.”</p></aside>
      <aside class="factbox"><p>In a rat study, the widget halved stress hormones within a week.</p></aside>
      <figure><figcaption>Mice given the widget ran 20% farther than untreated mice.</figcaption></figure>
      <figure><figcaption>The widget on a volunteer's wrist. Photo: Widgetco</figcaption></figure>
      </article></main><aside><p>Our experts can tell you all about the widget and its many uses.</p></aside>
      </body></html>`);
    const text = plainText(body);
    expect(text).toContain("In a rat study, the widget halved stress hormones within a week.");
    expect(text).toContain("Mice given the widget ran 20% farther than untreated mice.");
    expect(text).not.toMatch(/change how we treat|volunteer's wrist|Our experts/);
  });

  it("keeps a testimonial in a call-to-action or sidebar box, without the box's button, offer or question", () => {
    // Invented page: a clinic's testimonial in a "cta" box and a tagline in a "sidebar" one (which Readability drops).
    const { body } = parseHtml(`<!doctype html><html><head><title>Knee clinic</title></head><body><main><article>
      <h1>Knee injections</h1>
      <p>Our clinic offers injections of the patient's own platelets into the knee joint, under ultrasound guidance.</p>
      <p>A pilot study of 20 patients found less pain after six months, without a control group to compare.</p>
      <div class="cta-box"><p>Is it right for you?</p>
        <blockquote><p>“After three sessions I could climb the stairs without my stick again.”</p><cite>Ann, 71</cite></blockquote>
        <p>Save 15% on your first session with code KNEE15.</p><a class="btn" href="/book">Book now</a></div>
      <div class="sidebar-promo"><p>Most of our patients walk further within a month of their first injection.</p>
        <ul><li><a href="/a">Prices</a></li><li><a href="/b">Our doctors</a></li></ul></div>
      <div class="cta"><a href="/book">Book a consultation</a><button>Call us</button></div>
      </article></main></body></html>`);
    expect(plainText(body)).toBe(
      "Our clinic offers injections of the patient's own platelets into the knee joint, under ultrasound guidance.\n" +
        "A pilot study of 20 patients found less pain after six months, without a control group to compare.\n" +
        "“After three sessions I could climb the stairs without my stick again.”\n" +
        "Most of our patients walk further within a month of their first injection.",
    );
  });

  it("reads a definition list's terms and answers and a figure's caption as paragraphs of their own", () => {
    const { body } = parseHtml(
      "<dl><dt>Does it work?</dt><dd>Studies show it restores NAD+ levels.</dd></dl>" +
        "<figure><figcaption>Mice given NMN ran further.</figcaption></figure>",
    );
    expect(plainText(body)).toBe("Does it work?\nStudies show it restores NAD+ levels.\nMice given NMN ran further.");
  });

  it("uses <title> when there is no leading h1", () => {
    expect(parseHtml("<title>From title</title><p>Text here.</p>").title).toBe("From title");
  });
});

describe("parseMarkdown", () => {
  it("reads CommonMark and GFM through the HTML path", () => {
    const { title, body } = parseMarkdown(
      "# Title\n\nSome *text* with a [link](https://example.org).\n\n## Section\n\n- a ~~b~~ item\n- [x] done task\n\n<script>alert(1)</script>\n",
    );
    expect(title).toBe("Title");
    expect(body.content.map((b) => b.type)).toEqual(["paragraph", "heading", "bulletList"]);
    expect(JSON.stringify(body)).not.toContain("alert");
  });
});

describe("decodeSource and formats", () => {
  it("refuses empty, binary, non-UTF-8 and oversized files with a clear message", () => {
    expect(code(() => decodeSource(new Uint8Array(), "a.txt"))).toBe("a.txt is empty.");
    expect(code(() => decodeSource(new Uint8Array([72, 0, 73]), "a.txt"))).toMatch(/binary/);
    expect(code(() => decodeSource(new Uint8Array([0xc3, 0x28]), "a.txt"))).toMatch(/not valid UTF-8/);
    expect(code(() => decodeSource(new Uint8Array(2 * 1024 * 1024 + 1).fill(65), "a.txt"))).toMatch(/limit is 2 MB/);
    expect(decodeSource(new TextEncoder().encode("TNF-α"))).toBe("TNF-α");
  });

  it("knows formats by extension", () => {
    expect(formatOfFileName("x.MD")).toBe("md");
    expect(formatOfFileName("x.htm")).toBe("html");
    expect(code(() => formatOfFileName("x.pdf"))).toMatch(/use a \.txt, \.md or \.html file/);
  });
});

describe("prepareImport", () => {
  it("refuses a document without sentences and a 50,000-character paragraph", () => {
    expect(code(() => prepareImport("txt", "Title\ntitle\n\n• a\n• b"))).toMatch(/No sentences were found/);
    expect(code(() => prepareImport("txt", "word ".repeat(10_000)))).toMatch(/One paragraph is 49,999 characters/);
    expect(code(() => prepareImport("html", "<script>alert(1)</script>"))).toMatch(/no text/);
  });

  it("gives every claim selectors that find it in the plain text", () => {
    const prepared = prepareImport("md", "# T\n\nTreated mice ran further. Second claim may help people.\n");
    expect(prepared.claims).toHaveLength(2);
    for (const claim of prepared.claims) {
      expect(prepared.plainText.slice(claim.start, claim.end)).toBe(claim.exact);
      expect(prepared.plainText.slice(0, claim.start).endsWith(claim.prefix)).toBe(true);
      expect(prepared.plainText.slice(claim.end).startsWith(claim.suffix)).toBe(true);
    }
    expect(prepared.claims.map((c) => c.suggestedTier)).toEqual(["PRECLINICAL", "SPECULATIVE"]);
    for (const claim of prepared.claims) expect(claim.confidence).toBeGreaterThan(0.34);
  });
});
