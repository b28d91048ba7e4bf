import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { setClaimTier } from "@/lib/claims/edit-claims";
import { addComment, resolveComment } from "@/lib/comments/comments";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import type { ClaimTier } from "@/lib/generated/prisma/enums";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { DOMAINS } from "@/lib/reviews/schemas";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { db } from "../client";
import { fallbackReview } from "./fallback-review";
import { matchEntry } from "./match";
import { REFERENCES } from "./references";
import type {
  DemoCitation,
  DemoClaimReview,
  DemoGrade,
  DemoPerson,
  DemoThread,
  ReviewerKey,
} from "./seed-article-review";

/** The demo people who write reviews and decisions, as actors of the domain functions. */
export type DemoActors = Record<DemoPerson, NonNullable<Actor>>;

const doc = (text: string): RichTextDoc => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/**
 * A DemoGrade as the saveReview input: every GRADE domain set (those not downgraded are not serious). No upgrade
 * factor is set: they apply to large effects, dose-response or confounding in observational evidence, which none of
 * the cited work on these claims shows.
 */
function reviewFields(grade: Partial<DemoGrade>) {
  const complete = grade.certainty !== undefined;
  return {
    ...(grade.certainty ? { certainty: grade.certainty } : {}),
    ...(grade.tier !== undefined ? { tierOpinion: grade.tier } : {}),
    ...(complete ? Object.fromEntries(DOMAINS.map((d) => [d, grade.down?.[d] ?? "NOT_SERIOUS"])) : grade.down),
    rationale: grade.rationale ? doc(grade.rationale) : null,
  };
}

export async function writeReview(
  actor: NonNullable<Actor>,
  claimId: string,
  grade: Partial<DemoGrade>,
  submit: boolean,
): Promise<void> {
  const saved = await saveReview(actor, { claimId, version: 0, ...reviewFields(grade) });
  if (submit) await submitReview(actor, { claimId, version: saved.version });
}

async function cite(actors: DemoActors, claimId: string, citation: DemoCitation): Promise<void> {
  await addCitations(actors[citation.by], {
    source: "csl-json",
    claimId,
    reference: JSON.stringify(REFERENCES[citation.ref].csl),
    stance: citation.stance,
    studyDesign: citation.design,
    note: citation.note,
  });
}

/** A thread and its replies, in order; resolved by whoever opened it. Returns the number of comments written. */
export async function writeThread(actors: DemoActors, claimId: string, thread: DemoThread): Promise<number> {
  const first = await addComment(actors[thread.by], { claimId, body: doc(thread.text) });
  for (const reply of thread.replies ?? []) {
    await addComment(actors[reply.by], { claimId, parentId: first.id, body: doc(reply.text) });
  }
  if (thread.resolved) {
    await resolveComment(actors[thread.by], { commentId: first.id, version: first.version, resolved: true });
  }
  return 1 + (thread.replies?.length ?? 0);
}

export async function assignAll(actors: DemoActors, documentId: string, reviewers: ReviewerKey[]): Promise<void> {
  for (const reviewer of reviewers) {
    await assignReviewer(actors.eddie, { documentId, reviewerId: actors[reviewer].id });
  }
}

export interface ReviewCounts {
  claims: number;
  matched: number;
  fallback: number;
  reviews: number;
  citations: number;
  comments: number;
  decisions: number;
}

/**
 * The complete review of a document: for every live claim, both reviewers' submitted grades, their citations, any
 * discussion and the editor's decision (the claim's tier set to the decided one), from the entry whose quote the
 * claim contains, or from the fallback for its tier.
 */
export async function reviewEveryClaim(
  actors: DemoActors,
  documentId: string,
  entries: DemoClaimReview[],
): Promise<ReviewCounts> {
  const claims = await db.claim.findMany({
    where: { documentId, deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: { id: true, exact: true, tier: true, version: true },
    orderBy: { position: "asc" },
  });
  const counts: ReviewCounts = {
    claims: claims.length,
    matched: 0,
    fallback: 0,
    reviews: 0,
    citations: 0,
    comments: 0,
    decisions: 0,
  };
  for (const claim of claims) {
    const entry = matchEntry(claim.exact, entries);
    const review = entry ?? fallbackReview(claim.tier);
    counts[entry ? "matched" : "fallback"]++;
    for (const reviewer of ["rita", "rafael"] as const) {
      await writeReview(actors[reviewer], claim.id, review[reviewer], true);
      counts.reviews++;
    }
    for (const citation of review.citations ?? []) {
      await cite(actors, claim.id, citation);
      counts.citations++;
    }
    for (const thread of review.discussion ?? []) counts.comments += await writeThread(actors, claim.id, thread);
    await decide(actors.eddie, claim, review.decision);
    counts.decisions++;
  }
  return counts;
}

async function decide(
  editor: NonNullable<Actor>,
  claim: { id: string; tier: ClaimTier | null; version: number },
  decision: DemoClaimReview["decision"],
): Promise<void> {
  if (claim.tier !== decision.tier) {
    await setClaimTier(editor, {
      claimId: claim.id,
      version: claim.version,
      tier: decision.tier,
      reason: "Set to the editor's decided tier.",
    });
  }
  await saveDecision(editor, {
    claimId: claim.id,
    version: 0,
    tier: decision.tier,
    certainty: decision.certainty,
    note: doc(decision.note),
  });
}
