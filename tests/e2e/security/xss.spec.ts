// XSS in a real browser: several hundred payloads (the Big List of Naughty Strings and our own) go in through every
// text input (import as txt, Markdown and HTML; document titles; claim text; comments; review rationales; citation
// fields; decision notes; user names; search), then every page that shows them is opened in Chromium. Any dialog,
// any request off this site, any inline event handler or script URL in the DOM fails the suite.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrl } from "../../support/postgres";
import { richText } from "../../support/rich-text";
import { signInCookie } from "../../support/sign-in-cookie";
import { DEMO_PASSWORD } from "../support/accounts";
import { type Caller, callers, moveDraftTo, rest, runServerAction, serverActions } from "../support/http-roles";
import { apiToken } from "../support/tokens";
import { PAYLOADS, PRINTABLE } from "./xss-payloads";

test.describe.configure({ mode: "serial", timeout: 300_000 });

/** Rich text a client may send but the server must refuse (or strip): nodes, marks and attributes we do not allow. */
const FORBIDDEN_RICH_TEXT = [
  { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert('node')" }] }] },
  { type: "doc", content: [{ type: "image", attrs: { src: "javascript:alert('img')" } }] },
  { type: "doc", content: [{ type: "iframe", attrs: { src: "https://xss.test/" } }] },
  {
    type: "doc",
    content: [{ type: "paragraph", attrs: { onclick: "alert('attr')" }, content: [{ type: "text", text: "x" }] }],
  },
  {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "link", marks: [{ type: "link", attrs: { href: "javascript:alert('href')" } }] },
        ],
      },
    ],
  },
  {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "data",
            marks: [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }],
          },
        ],
      },
    ],
  },
  {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "style",
            marks: [{ type: "textStyle", attrs: { style: "background:url(javascript:alert(1))" } }],
          },
        ],
      },
    ],
  },
  {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "x", marks: [{ type: "claim", attrs: { "data-x": "<img onerror=alert(1)>" } }] },
        ],
      },
    ],
  },
  {
    type: "doc",
    content: [
      { type: "mention", attrs: { id: "<img src=x onerror=alert('mention')>", label: "<script>alert(1)</script>" } },
    ],
  },
  {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [{ type: "text", text: "<script>alert('raw')</script>", marks: [{ type: "code" }] }],
      },
    ],
  },
  "<p onclick=alert(1)>html string instead of JSON</p>",
  { type: "doc", content: "not an array" },
];

/**
 * Which of FORBIDDEN_RICH_TEXT the server accepts: only the script text inside a code mark, which is allowed rich
 * text (it renders as text, and the pages below are scanned for it); every other one is refused.
 */
const FORBIDDEN_RICH_TEXT_ACCEPTED = [9];
/** Of the 60 citation payloads, at least this many are stored (and so rendered and scanned). */
const CITATIONS_ACCEPTED_AT_LEAST = 40;

const slugs: string[] = [];
const titles: string[] = [];
let editor: Caller;
let reviewer: Caller;

test.beforeAll(async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const as = await callers(baseURL!);
  editor = as.editor;
  reviewer = as.reviewer;
  const origin = new URL(baseURL!).origin;
  const call = (c: Caller, method: string, path: string, body?: unknown) => rest(request, c, method, path, body);

  // Accounts named with payloads: their names show as comment authors and reviewers.
  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  const named: Caller[] = [];
  try {
    for (const [i, name] of PAYLOADS.slice(0, 12).entries()) {
      const email = `xss-${i}-${Date.now()}@e2e.test`;
      await sql`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (${crypto.randomUUID()}, ${email}, ${name.slice(0, 100)}, 'REVIEWER', now())`;
      named.push({ role: "reviewer", token: await apiToken(email), cookie: null });
    }
  } finally {
    await sql.end();
  }

  // Each payload inside a sentence that asserts something, so the import makes it a claim (a bare payload is not a
  // sentence, and the segmenter keeps it as context or finds nothing to claim).
  const sentences = PRINTABLE.map(
    (p, i) => `In trial ${i}, mice given the drug ran further than untreated mice (${p}).`,
  );
  const html = sentences.map((p) => `<p>${p}</p>`).join("\n");
  const sources = [
    { format: "txt", title: PAYLOADS[0], content: sentences.join("\n\n") },
    { format: "md", title: `Markdown ${PAYLOADS[1]}`, content: sentences.join("\n\n") },
    { format: "html", title: `HTML ${PAYLOADS[26]}`, content: `<h1>XSS import</h1>${html}` },
  ];
  const binary = await call(editor, "POST", "/documents", { format: "txt", content: PAYLOADS.join("\n\n") });
  expect(binary.status).toBe(400);
  const docs: { id: string; slug: string }[] = [];
  for (const source of sources) {
    const created = await call(editor, "POST", "/documents", source);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const document = created.body as { id: string; slug: string };
    await moveDraftTo(request, { caller: editor, document, origin }, "PUBLISHED");
    docs.push(document);
  }
  slugs.push(...docs.map((d) => d.slug));
  titles.push(...sources.map((source) => source.title!));
  const claims = ((await call(editor, "GET", `/documents/${docs[0]!.id}/claims`)).body as { items: { id: string }[] })
    .items;
  expect(claims.length).toBeGreaterThan(50);

  // Comments: every payload, by the payload-named accounts, spread over the claims.
  const posts = PAYLOADS.map((payload, i) => async () => {
    const author = named[i % named.length]!;
    const r = await call(author, "POST", `/claims/${claims[i % claims.length]!.id}/comments`, {
      body: richText(payload),
    });
    // NUL cannot be stored: a clear 400 (lib/validation/parse.ts), never a 500.
    expect(r.status, `comment ${i}: ${JSON.stringify(r.body)}`).toBe(payload.includes("\u0000") ? 400 : 201);
  });
  for (let i = 0; i < posts.length; i += 8) await Promise.all(posts.slice(i, i + 8).map((post) => post()));
  // Rich text the editor would never produce is refused, never a 500; the list of accepted ones says which got in,
  // so a change in either direction is seen.
  const accepted: number[] = [];
  for (const [i, body] of FORBIDDEN_RICH_TEXT.entries()) {
    const r = await call(reviewer, "POST", `/claims/${claims[0]!.id}/comments`, { body });
    expect([201, 400], JSON.stringify(body)).toContain(r.status);
    if (r.status === 201) accepted.push(i);
  }
  expect(accepted).toEqual(FORBIDDEN_RICH_TEXT_ACCEPTED);
  // Rationales (submitted, so others see them), including the demo reviewer's own in the review workspace.
  for (const [i, author] of [...named, reviewer].entries()) {
    const claimId = claims[i]!.id;
    const saved = await call(author, "PUT", `/claims/${claimId}/review`, {
      version: 0,
      certainty: "LOW",
      rationale: richText(...PRINTABLE.slice(i * 20, i * 20 + 20)),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    if (author !== reviewer) {
      await call(author, "POST", `/claims/${claimId}/review/submit`, {
        version: (saved.body as { version: number }).version,
      });
    }
  }
  // Citations: every field a person can fill, as pasted CSL-JSON and as an identifier. Most are stored (so the pages
  // show them); a payload whose title repeats one already cited on the claim is a duplicate (409), and a reference
  // that is not a usable work is refused (400): the tally keeps the accepted share from silently collapsing.
  const citations = { accepted: 0, refused: 0 };
  for (const [i, payload] of PRINTABLE.slice(0, 60).entries()) {
    const r = await call(reviewer, "POST", `/claims/${claims[i % claims.length]!.id}/citations`, {
      source: "csl-json",
      reference: JSON.stringify({
        type: "article-journal",
        title: payload,
        author: [{ family: payload, given: payload.slice(0, 10) }],
        "container-title": payload,
        URL: i % 2 ? "javascript:alert('csl-url')" : `https://example.org/${encodeURIComponent(payload)}`,
        issued: { "date-parts": [[2020]] },
      }),
      stance: "SUPPORTS",
      note: payload.slice(0, 2000),
    });
    expect([201, 400, 409], JSON.stringify(r.body)).toContain(r.status);
    citations[r.status === 201 ? "accepted" : "refused"]++;
  }
  expect(citations.accepted, JSON.stringify(citations)).toBeGreaterThanOrEqual(CITATIONS_ACCEPTED_AT_LEAST);
  for (const identifier of [
    "javascript:alert('id')",
    'https://xss.test/"><script>alert(1)</script>',
    "10.1000/<script>",
  ]) {
    const r = await call(reviewer, "POST", `/claims/${claims[1]!.id}/citations`, {
      source: "identifier",
      identifier,
      stance: "MENTIONS",
    });
    expect([201, 400], identifier).toContain(r.status);
  }
  // Decision notes, through the decide page's server action.
  const decide = serverActions().find((a) => a.name === "saveDecisionAction")!;
  for (const [i, payload] of PAYLOADS.slice(0, 10).entries()) {
    const outcome = await runServerAction(request, {
      caller: { ...editor, cookie: await signInCookie(baseURL!, "editor@demo.test", DEMO_PASSWORD) },
      action: decide,
      slug: docs[0]!.slug,
      input: {
        claimId: claims[i]!.id,
        version: 0,
        tier: "SPECULATIVE",
        certainty: "VERY_LOW",
        note: richText(payload),
      },
      origin,
    });
    expect(outcome.code).toBe("OK");
  }
});

/**
 * Runs in the browser: what in the page's DOM shows a payload ran or could run, and then in each critique of a claim
 * with a decision or citations (decision note, rationales, citations, discussion), opened one after another by its
 * deep link as a search result would and scanned once loaded. Claims that carry only comments stay closed: their
 * discussion is the same component. One round trip per page, not several per critique.
 */
async function scanPageAndCritiques(): Promise<{ found: string[]; critiques: string[]; opened: string[] }> {
  const scan = () => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (
          /^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name) &&
          /^\s*(javascript|vbscript|data):/i.test(attr.value)
        ) {
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      if (["IFRAME", "OBJECT", "EMBED", "BASE", "META"].includes(el.tagName)) found.push(el.tagName);
    }
    for (const script of document.querySelectorAll("script")) {
      if (/alert\(|xss\.test/.test(script.textContent ?? "") && !/self\.__next_f/.test(script.textContent ?? "")) {
        found.push(`script: ${(script.textContent ?? "").slice(0, 60)}`);
      }
    }
    return found;
  };
  const found = scan();
  for (const d of document.querySelectorAll("details")) d.open = false;
  const critiques = [
    ...document.querySelectorAll<HTMLElement>("mark.claim[id][data-claim-id]:is([data-decided], [data-citations])"),
  ].map((mark) => mark.dataset.claimId!);
  const opened: string[] = [];
  for (const id of critiques) {
    location.hash = `#claim-${id}`;
    const started = Date.now();
    for (;;) {
      const card = document.querySelector(`#critique-${CSS.escape(id)}[data-open], [role="dialog"]`);
      if (card && !card.textContent?.includes("Loading the")) break;
      if (Date.now() - started > 20_000) return { found, critiques, opened };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    opened.push(id);
    found.push(...scan());
  }
  return { found, critiques, opened };
}

/**
 * Opens a page, waits until it shows every text in `shows` (the payloads it must have rendered, so the scan sees
 * them and not a page still loading), and fails on anything that shows a payload ran or could run.
 */
async function expectInert(page: Page, url: string, shows: string[]) {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`dialog "${dialog.message()}" on ${url}`);
    await dialog.dismiss();
  });
  page.on("request", (req) => {
    const host = new URL(req.url()).hostname;
    if (host !== "localhost" && host !== "127.0.0.1") ran.push(`request to ${req.url()} from ${url}`);
  });
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  // Opening every critique renders what was hidden in closed <details>.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
  });
  // innerText, not textContent: the text must be rendered, not only present in the DOM.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
  await page.waitForFunction((texts) => texts.every((text) => document.body.innerText.includes(text)), shows, {
    timeout: 30_000,
  });
  const scanned = await page.evaluate(scanPageAndCritiques);
  // Every critique that should have opened did, so the scan saw each one rendered.
  expect(scanned.opened, url).toEqual(scanned.critiques);
  expect([...ran, ...scanned.found], url).toEqual([]);
}

async function signedIn(context: BrowserContext, baseURL: string, email: string) {
  const cookie = await signInCookie(baseURL, email, DEMO_PASSWORD);
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: baseURL };
    }),
  );
}

/**
 * What a document's page must show before it is scanned: its title, and for the plain-text import its first claim
 * with the payload in it as text (the body rendered, not a page still loading).
 */
const documentShows = (i: number) => (i === 0 ? [titles[i]!, `untreated mice (${PAYLOADS[0]})`] : [titles[i]!]);

test("anonymous pages render every payload inert", async ({ page }) => {
  await expectInert(page, "/", titles);
  for (const [i, slug] of slugs.entries()) await expectInert(page, `/documents/${slug}`, documentShows(i));
  for (const q of ["alert", "script", "onerror", PAYLOADS[0]!, PAYLOADS[2]!, "javascript"]) {
    await expectInert(page, `/search?q=${encodeURIComponent(q)}`, [`for “${q}”`]);
  }
});

test("editors' pages render every payload inert", async ({ page, context, baseURL }) => {
  await signedIn(context, baseURL!, "editor@demo.test");
  // The dashboard's first page lists the 20 most recently changed documents: the other suites' documents, made in
  // parallel, can push the payload documents off it, so it is scanned once rendered (its reviewer menus name the
  // payload accounts); each payload document's own pages below must show its title.
  await expectInert(page, "/editor", ["Editorial dashboard"]);
  for (const [i, slug] of slugs.entries()) {
    await expectInert(page, `/documents/${slug}/private`, documentShows(i));
    await expectInert(page, `/documents/${slug}/claims`, [titles[i]!]);
    await expectInert(page, `/documents/${slug}/decide`, [titles[i]!]);
  }
});

test("the reviewer's workspace renders every payload inert, in the editor too", async ({ page, context, baseURL }) => {
  await signedIn(context, baseURL!, "reviewer@demo.test");
  for (const [i, slug] of slugs.entries()) await expectInert(page, `/documents/${slug}/review`, [titles[i]!]);
});
