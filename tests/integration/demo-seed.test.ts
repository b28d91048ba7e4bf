import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { listCitations } from "@/lib/citations/citations";
import { db } from "@/lib/db/client";
import { fallbackReview } from "@/lib/db/demo/fallback-review";
import { assignAll, type DemoActors, reviewEveryClaim } from "@/lib/db/demo/load-reviews";
import { SEED_ARTICLE_REVIEW } from "@/lib/db/demo/seed-article-review";
import { DEMO_USERS, type SeedReport, seedDemo } from "@/lib/db/seed-demo";
import { listDocuments } from "@/lib/documents/list-documents";
import { getDashboard } from "@/lib/editorial/dashboard";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingView } from "@/lib/reading/reading-view";
import { listReviews } from "@/lib/reviews/reviews";
import { makeDocument } from "./support";

afterAll(() => db.$disconnect());

let report: SeedReport;
const actors: Record<"student" | "rita" | "rafael" | "eddie", NonNullable<Actor>> = {} as never;

beforeAll(async () => {
  report = await seedDemo();
  for (const [key, email] of [
    ["student", "student@demo.test"],
    ["rita", "reviewer@demo.test"],
    ["rafael", "reviewer2@demo.test"],
    ["eddie", "editor@demo.test"],
  ] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    actors[key] = user;
  }
}, 180_000);

describe("seedDemo", () => {
  it("creates the demo accounts, the seed article and the samples once, and says how each claim was reviewed", async () => {
    expect(report.usersCreated.sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(report.documentCreated).toBe(true);
    const review = report.review!;
    expect(review.matched + review.fallback).toBe(review.claims);
    expect(review.reviews).toBe(2 * review.claims);
    expect(review.decisions).toBe(review.claims);
    expect(report.samples.map((s) => [s.status, s.created])).toEqual([
      ["IN_REVIEW", true],
      ["DRAFT", true],
    ]);

    const counts = async () => [await db.document.count(), await db.review.count(), await db.comment.count()];
    const before = await counts();
    const again = await seedDemo();
    expect(again).toEqual({
      usersCreated: [],
      documentSlug: report.documentSlug,
      documentCreated: false,
      review: null,
      samples: report.samples.map((s) => ({ ...s, created: false })),
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses to run in production unless forced", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      await expect(seedDemo()).rejects.toThrow(/Refusing to create demo accounts/);
      await expect(seedDemo({ force: true })).resolves.toMatchObject({ documentCreated: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("the seed article, as a student reads it", () => {
  it("is published with the editor's decision on every claim", async () => {
    const view = await getReadingView(actors.student, report.documentSlug);
    expect(view.status).toBe("PUBLISHED");
    expect(view.title).toBe("Understanding Neuroplasticity and Its Role in Mental Health");
    expect(view.bodyHtml).toContain("<h2>Animal Model Studies</h2>");
    expect(view.critiques.length).toBe(report.review!.claims);
    for (const { id } of view.critiques) {
      const critique = await getClaimCritique(actors.student, id);
      expect(critique.decision, critique.text).toBeTruthy();
      expect(critique.decision!.certainty, critique.text).not.toBeNull();
      expect(critique.decision!.noteHtml, critique.text).toMatch(/<p>.+<\/p>/);
      expect(critique.reviews.map((r) => r.rationaleHtml).filter(Boolean), critique.text).toHaveLength(2);
    }
  });

  it("has two submitted reviews on every claim, one by each demo reviewer, with a rationale", async () => {
    const view = await getReadingView(actors.student, report.documentSlug);
    for (const critique of view.critiques) {
      const reviews = await listReviews(actors.student, critique.id);
      expect(reviews.map((r) => [r.reviewer.name, r.status]).sort(), critique.id).toEqual([
        ["Rafael Reviewer", "SUBMITTED"],
        ["Rita Reviewer", "SUBMITTED"],
      ]);
      for (const review of reviews) {
        expect(review.certainty).not.toBeNull();
        expect(review.riskOfBias).not.toBeNull();
        expect(JSON.stringify(review.rationale)).toMatch(/"text":".{10,}/);
      }
    }
  });

  it("cites real works by DOI or PMID with full metadata, and shows stances and designs", async () => {
    const view = await getReadingView(actors.student, report.documentSlug);
    const cited = view.critiques.filter((c) => c.citationCount > 0);
    expect(cited.length).toBeGreaterThan(20);
    const stances = new Set<string>();
    for (const critique of cited) {
      for (const citation of await listCitations(actors.student, critique.id)) {
        expect(["DOI", "PMID"]).toContain(citation.identifierType);
        expect(citation.identifier).toBeTruthy();
        expect(citation.csl.title).toBeTruthy();
        expect(citation.csl["container-title"]).toBeTruthy();
        expect((citation.csl.author as unknown[]).length).toBeGreaterThan(0);
        expect(citation.apa).toMatch(/\(\d{4}\)/);
        stances.add(citation.stance);
      }
    }
    expect([...stances].sort()).toEqual(["CONTRADICTS", "MENTIONS", "SUPPORTS"]);
    expect(view.critiques.reduce((n, c) => n + c.comments, 0)).toBeGreaterThan(5);
  });
});

describe("the sample documents", () => {
  it("leaves an article in review, assigned to both reviewers and partly graded, and one in draft", async () => {
    const [inReview, draft] = report.samples;
    // Each status on its own page of the dashboard, as an editor filters it.
    const dashboard = await getDashboard(actors.eddie, { status: "IN_REVIEW" });
    const row = dashboard.documents.find((d) => d.slug === inReview!.slug)!;
    expect(row.status).toBe("IN_REVIEW");
    expect(row.reviewers.map((r) => r.name).sort()).toEqual(["Rafael Reviewer", "Rita Reviewer"]);
    for (const reviewer of row.reviewers) {
      expect(reviewer.submitted).toBeGreaterThan(0);
      expect(reviewer.submitted).toBeLessThan(row.claims);
    }
    const drafts = await db.review.count({ where: { status: "DRAFT", claim: { documentId: row.id } } });
    expect(drafts).toBeGreaterThan(0);
    const draftsShown = await getDashboard(actors.eddie, { status: "DRAFT" });
    expect(draftsShown.documents.find((d) => d.slug === draft!.slug)).toMatchObject({ status: "DRAFT", reviewers: [] });

    const slugs = async (actor: Actor) => (await listDocuments(actor)).map((d) => d.slug);
    expect(await slugs(actors.rita)).toContain(inReview!.slug);
    expect(await slugs(actors.rita)).not.toContain(draft!.slug);
    expect(await slugs(actors.student)).not.toContain(inReview!.slug);
    expect(await slugs(actors.eddie)).toContain(draft!.slug);
  });
});

describe("reviewing claims the prepared critique was not written for", () => {
  it("falls back to a generic review and decision derived from the claim's tier", async () => {
    const matching = SEED_ARTICLE_REVIEW.find((e) => e.quote === "can be a game-changer")!;
    const document = await makeDocument(
      actors.eddie,
      `This approach can be a game-changer for everyone. Mice given the drug ran further.`,
    );
    const demo: DemoActors = { eddie: actors.eddie, rita: actors.rita, rafael: actors.rafael };
    await assignAll(demo, document.id, ["rita", "rafael"]);
    const counts = await reviewEveryClaim(demo, document.id, [matching]);
    expect(counts).toMatchObject({ claims: 2, matched: 1, fallback: 1, reviews: 4, decisions: 2 });
    const fallen = await db.claim.findFirstOrThrow({
      where: { documentId: document.id, exact: { startsWith: "Mice" } },
      select: { id: true, suggestedTier: true, decision: { select: { tier: true, note: true } } },
    });
    const expected = fallbackReview(fallen.suggestedTier);
    expect(fallen.decision!.tier).toBe(expected.decision.tier);
    expect(JSON.stringify(fallen.decision!.note)).toContain(expected.decision.note);
    const reviews = await listReviews(actors.eddie, fallen.id);
    expect(reviews.map((r) => JSON.stringify(r.rationale)).join(" ")).toContain("No study is cited for this statement");
    const matched = await db.decision.findFirstOrThrow({
      where: { claim: { documentId: document.id, exact: { contains: "game-changer" } } },
      select: { tier: true, certainty: true },
    });
    expect(matched).toEqual({ tier: matching.decision.tier, certainty: matching.decision.certainty });
  });
});
