import "server-only";
import { entityAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion, versionConflict } from "@/lib/db/versioned-update";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyDecision } from "@/lib/notifications/events";
import { parseInput } from "@/lib/validation/parse";
import { saveDecisionSchema } from "./schemas";

const decisionSelect = {
  id: true,
  claimId: true,
  tier: true,
  certainty: true,
  note: true,
  version: true,
  updatedAt: true,
} as const;

const CHANGED = "This decision was changed since you opened it.";
const audit = entityAudit("Decision");

/** Records the editor's decided tier, certainty and published note for a claim (versioned and audited). */
export async function saveDecision(actor: Actor, input: unknown) {
  authorize(actor, "decisions.write");
  const data = parseInput(saveDecisionSchema, input);
  const fields = {
    tier: data.tier,
    certainty: data.certainty,
    ...(data.note !== undefined
      ? { note: data.note ? (data.note.doc as unknown as Prisma.InputJsonValue) : Prisma.JsonNull }
      : {}),
  };
  const current = () => db.decision.findUnique({ where: { claimId: data.claimId }, select: decisionSelect });
  try {
    return await transaction(async (tx) => {
      const claim = await readableClaim(actor, data.claimId, tx);
      let before: Awaited<ReturnType<typeof current>> = null;
      if (data.version === 0) {
        await tx.decision.create({ data: { claimId: claim.id, editorId: actor!.id, ...fields } });
      } else {
        const read = () => tx.decision.findUnique({ where: { claimId: claim.id }, select: decisionSelect });
        before = await read();
        if (!before) throw versionConflict(CHANGED, null);
        await atVersion(before, data.version, CHANGED);
        await updateAtVersion(
          () =>
            tx.decision.updateMany({
              where: { claimId: claim.id, version: data.version },
              data: { ...fields, editorId: actor!.id, version: { increment: 1 } },
            }),
          CHANGED,
          read,
        );
      }
      const decision = await tx.decision.findUniqueOrThrow({ where: { claimId: claim.id }, select: decisionSelect });
      const audited = (d: typeof decision | null) => d && { tier: d.tier, certainty: d.certainty, note: d.note };
      await audit(tx, actor, "decisions.write", decision.id, claim.documentId, audited(before), {
        claimId: claim.id,
        ...audited(decision),
      });
      invalidateOnCommit(claim.documentId, { what: "decision", claimId: claim.id, version: decision.version });
      if (before?.tier !== decision.tier || before?.certainty !== decision.certainty) {
        await notifyDecision(tx, actor, claim);
      }
      return decision;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw versionConflict("Someone recorded a decision for this claim at the same time.", await current());
    }
    throw error;
  }
}
