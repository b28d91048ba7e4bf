import "server-only";
import fs from "node:fs/promises";
import { acceptSuggestions } from "@/lib/claims/accept-suggestions";
import { createDocument } from "@/lib/documents/create-document";
import { publishDocument, setDocumentStatus } from "@/lib/editorial/publishing";
import type { Role } from "@/lib/generated/prisma/enums";
import { withoutEmail } from "@/lib/notifications/deliver";
import { createUser } from "@/lib/users/create-user";
import { db } from "./client";
import {
  assignAll,
  type DemoActors,
  type ReviewCounts,
  reviewEveryClaim,
  writeReview,
  writeThread,
} from "./demo/load-reviews";
import { matchEntry } from "./demo/match";
import { SAMPLE_AUTHOR, SAMPLE_DOCUMENTS, type SampleDocument } from "./demo/sample-documents";
import { SEED_ARTICLE_REVIEW } from "./demo/seed-article-review";
import { SEED_ARTICLE } from "./seed-article";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@demo.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "reviewer@demo.test", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@demo.test", name: "Rafael Reviewer", role: "REVIEWER" },
  { email: "student@demo.test", name: "Sam Student", role: "READER" },
];

export const SEED_SOURCE_URL = "https://example.org/stem-cells-neuroplasticity";

export class DemoRefusedError extends Error {
  constructor() {
    super("Refusing to create demo accounts with NODE_ENV=production. Pass --force if you really mean it.");
    this.name = "DemoRefusedError";
  }
}

export interface SeedReport {
  usersCreated: string[];
  documentSlug: string;
  documentCreated: boolean;
  /** What the seed article's review was made of; null when the article was already there. */
  review: ReviewCounts | null;
  samples: { slug: string; status: string; created: boolean }[];
}

async function demoActors(): Promise<DemoActors> {
  const byEmail = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    return { id: user.id, role: user.role };
  };
  return {
    eddie: await byEmail("editor@demo.test"),
    rita: await byEmail("reviewer@demo.test"),
    rafael: await byEmail("reviewer2@demo.test"),
  };
}

/**
 * The seed article as a finished review shows it: imported for review, assigned to both demo reviewers, every
 * claim graded, cited, discussed where the reviewers disagreed, decided by the editor, then published.
 */
async function seedArticle(actors: DemoActors): Promise<{ slug: string; review: ReviewCounts }> {
  const document = await createDocument("system", {
    format: "txt",
    content: await fs.readFile(SEED_ARTICLE, "utf8"),
    visibility: "PUBLIC",
    sourceUrl: SEED_SOURCE_URL,
  });
  await acceptEverySuggestion(actors, document.id);
  await startReview(actors, document.id);
  await assignAll(actors, document.id, ["rita", "rafael"]);
  const review = await reviewEveryClaim(actors, document.id, SEED_ARTICLE_REVIEW);
  const { version } = await db.document.findUniqueOrThrow({ where: { id: document.id }, select: { version: true } });
  await publishDocument(actors.eddie, { documentId: document.id, version });
  return { slug: document.slug, review };
}

/** The demo editor has gone through the suggestions and accepted them (suggestions alone are not tiers). */
async function acceptEverySuggestion(actors: DemoActors, documentId: string) {
  const suggested = await db.claim.findMany({
    where: { documentId, suggestedTier: { not: null } },
    select: { id: true, version: true },
  });
  if (suggested.length === 0) return;
  await acceptSuggestions(actors.eddie, {
    documentId,
    claims: suggested.map((c) => ({ claimId: c.id, version: c.version })),
  });
}

/** Imports create drafts; the editor starts the review round as in the app. */
async function startReview(actors: DemoActors, documentId: string) {
  const { version } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true } });
  await setDocumentStatus(actors.eddie, { documentId, version, status: "IN_REVIEW" });
}

/** An invented sample article in review (partly graded) or in draft, so each role has work waiting. */
async function seedSample(actors: DemoActors, sample: SampleDocument): Promise<string> {
  const document = await createDocument("system", {
    format: "md",
    title: sample.title,
    content: sample.markdown,
    visibility: "PUBLIC",
    sourceUrl: sample.sourceUrl,
  });
  await db.document.update({ where: { id: document.id }, data: { sourceAuthor: SAMPLE_AUTHOR } });
  if (sample.status === "IN_REVIEW") await startReview(actors, document.id);
  await assignAll(actors, document.id, sample.assigned);
  const claims = await db.claim.findMany({ where: { documentId: document.id }, select: { id: true, exact: true } });
  const claimFor = (quote: string) => claims.find((c) => matchEntry(c.exact, [{ quote }]));
  for (const { quote, by } of sample.reviews) {
    const claim = claimFor(quote);
    if (!claim) continue;
    for (const review of by) await writeReview(actors[review.by], claim.id, review, review.status === "SUBMITTED");
  }
  for (const { quote, thread } of sample.discussion) {
    const claim = claimFor(quote);
    if (claim) await writeThread(actors, claim.id, thread);
  }
  return document.slug;
}

/**
 * Demo accounts, the seed article with its complete review (published), and two invented sample articles (one in
 * review, one in draft). Safe to run again: what exists is left as it is, recognised by its source URL.
 */
export function seedDemo(options: { force?: boolean } = {}): Promise<SeedReport> {
  // The demo's notifications are there to see in the inbox; seeding mails nobody.
  return withoutEmail(() => seedDemoData(options));
}

async function seedDemoData(options: { force?: boolean }): Promise<SeedReport> {
  if (process.env.NODE_ENV === "production" && !options.force) throw new DemoRefusedError();
  const usersCreated: string[] = [];
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await createUser("system", { ...user, password: DEMO_PASSWORD });
    usersCreated.push(user.email);
  }
  const actors = await demoActors();
  const existing = await db.document.findFirst({ where: { sourceUrl: SEED_SOURCE_URL }, select: { slug: true } });
  const article = existing ? { slug: existing.slug, review: null } : await seedArticle(actors);
  const samples: SeedReport["samples"] = [];
  for (const sample of SAMPLE_DOCUMENTS) {
    const found = await db.document.findFirst({ where: { sourceUrl: sample.sourceUrl }, select: { slug: true } });
    samples.push({
      slug: found?.slug ?? (await seedSample(actors, sample)),
      status: sample.status,
      created: !found,
    });
  }
  return { usersCreated, documentSlug: article.slug, documentCreated: !existing, review: article.review, samples };
}
