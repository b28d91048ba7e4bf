import "server-only";
import { disagreement } from "@/lib/agreement/document-agreement";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { gradeFieldsSelect, summariseGrades } from "@/lib/reading/grade-summary";
import type { RichTextNode } from "@/lib/rich-text/types";

/** What the editor decides on: each live claim with its submitted grades summarised, disagreement and decision. */
export async function getDecideView(actor: Actor, slug: string) {
  authorize(actor, "decisions.write");
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, version: true, currentRevisionId: true },
  });
  if (!document) throw notFound("That document");
  const claims = await db.claim.findMany({
    where: { revisionId: document.currentRevisionId ?? "", deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: {
      id: true,
      exact: true,
      tier: true,
      position: true,
      decision: { select: { tier: true, certainty: true, note: true, version: true } },
      reviews: {
        where: { status: "SUBMITTED" },
        select: { ...gradeFieldsSelect },
      },
    },
    orderBy: { position: "asc" },
  });
  return {
    document,
    claims: claims.map((claim, i) => ({
      id: claim.id,
      number: i + 1,
      text: claim.exact,
      tier: claim.tier,
      grades: summariseGrades(claim.reviews),
      disagreement: disagreement(claim.reviews),
      decision: claim.decision && {
        tier: claim.decision.tier,
        certainty: claim.decision.certainty,
        // The note as stored (Tiptap JSON): the editor edits it with its formatting, links and lists intact.
        note: (claim.decision.note ?? null) as RichTextNode | null,
        version: claim.decision.version,
      },
    })),
  };
}
export type DecideView = Awaited<ReturnType<typeof getDecideView>>;
