import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
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
      let decision: Awaited<ReturnType<typeof current>>;
      if (data.version === 0) {
        decision = await tx.decision.create({
          data: { claimId: claim.id, editorId: actor!.id, ...fields },
          select: decisionSelect,
        });
      } else {
        const { count } = await tx.decision.updateMany({
          where: { claimId: claim.id, version: data.version },
          data: { ...fields, editorId: actor!.id, version: { increment: 1 } },
        });
        if (count === 0) {
          throw new AppError("CONFLICT", "This decision was changed since you opened it.", {
            current: await tx.decision.findUnique({ where: { claimId: claim.id }, select: decisionSelect }),
          });
        }
        decision = await tx.decision.findUniqueOrThrow({ where: { claimId: claim.id }, select: decisionSelect });
      }
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "decisions.write",
        entityType: "Decision",
        entityId: decision!.id,
        documentId: claim.documentId,
        after: { claimId: claim.id, tier: data.tier, certainty: data.certainty },
      });
      return decision!;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Someone recorded a decision for this claim at the same time.", {
        current: await current(),
      });
    }
    throw error;
  }
}
