import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { claimRows } from "@/lib/claims/claim-rows";
import { type AnchorResult, reanchor } from "@/lib/claims/reanchor";
import { transaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { prepareImportInWorker } from "./parse-in-worker";
import { REVISION_FORMAT } from "./read-source";
import { createRevisionSchema } from "./schemas";
import { readableDocuments } from "./visibility";

/** A claim named in a revision's summary: its id and its text (as now quoted, or as last anchored if orphaned). */
export interface RevisionClaim {
  id: string;
  text: string;
}

export interface RevisionResult {
  revisionId: string;
  number: number;
  /** Found again unchanged. */
  anchored: number;
  /** Found again with changed wording: grades on them need re-confirming. */
  fuzzy: number;
  /** Not found in the new text: kept with their reviews, out of the reading page. */
  orphaned: number;
  added: number;
  changedClaims: RevisionClaim[];
  orphanedClaims: RevisionClaim[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Imports a new version of a document and re-anchors every live claim onto it (exact position, exact quote, fuzzy,
 * else orphaned); sentences no claim covers become new claims. One transaction: all or nothing.
 */
export async function addRevision(
  actor: Actor | "system",
  documentId: string,
  input: unknown,
): Promise<RevisionResult> {
  if (actor !== "system") authorize(actor, "documents.import");
  const data = parseInput(createRevisionSchema, input);
  const prepared = await prepareImportInWorker(data.format, data.content);
  const actorId = actor === "system" ? null : (actor?.id ?? null);

  return transaction(
    async (tx) => {
      const document = await tx.document.findFirst({
        where: { AND: [{ id: documentId }, actor === "system" ? {} : readableDocuments(actor)] },
        select: { id: true, currentRevision: { select: { number: true, contentHash: true } } },
      });
      if (!document?.currentRevision) throw notFound("That document");
      if (document.currentRevision.contentHash === prepared.contentHash) {
        throw new AppError("INVALID", `This text is identical to revision ${document.currentRevision.number}.`);
      }
      const number = document.currentRevision.number + 1;
      const revision = await tx.revision.create({
        data: {
          documentId,
          number,
          body: prepared.body as unknown as Prisma.InputJsonValue,
          plainText: prepared.plainText,
          sourceFormat: REVISION_FORMAT[data.format],
          contentHash: prepared.contentHash,
          createdById: actorId,
        },
      });
      const claims = await tx.claim.findMany({
        where: { documentId, deletedAt: null },
        select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, position: true },
        orderBy: { position: "asc" },
      });

      // Exact anchors first, so a fuzzy match never takes a sentence an unchanged claim still holds.
      const results = new Map<string, AnchorResult>();
      for (const claim of claims) results.set(claim.id, reanchor(claim, prepared.plainText, prepared.segments));
      const taken: AnchorResult[] = [...results.values()].filter((r) => r.status === "ANCHORED");
      for (const [id, result] of results) {
        if (result.status !== "FUZZY") continue;
        if (taken.some((t) => overlaps(t, result))) {
          const old = claims.find((c) => c.id === id)!;
          results.set(id, { ...old, status: "ORPHANED", textChanged: false });
        } else taken.push(result);
      }

      const placed = [...results.entries()].filter(([, r]) => r.status !== "ORPHANED");
      const fresh = prepared.claims.filter((draft) => !taken.some((t) => overlaps(t, draft)));
      const order = [
        ...placed.map(([id, r]) => ({ id, start: r.start })),
        ...fresh.map((f) => ({ id: null, start: f.start })),
      ].sort((a, b) => a.start - b.start);
      const positionOf = new Map(order.map((o, i) => [o.id ?? `new:${o.start}`, i]));

      const indexOf = new Map(claims.map((c, i) => [c.id, i]));
      const moved: Record<string, unknown>[] = [];
      const orphaned: { id: string; position: number }[] = [];
      for (const [id, { status, textChanged, exact, prefix, suffix, start, end }] of results) {
        if (status === "ORPHANED") orphaned.push({ id, position: order.length + indexOf.get(id)! });
        else moved.push({ id, status, textChanged, exact, prefix, suffix, start, end, position: positionOf.get(id)! });
      }
      // One statement for all re-anchored claims and one for the orphaned ones: a document can have thousands.
      await tx.$executeRaw`
        UPDATE "Claim" AS c SET exact = x.exact, prefix = x.prefix, suffix = x.suffix, start = x.start, "end" = x."end",
          "revisionId" = ${revision.id}, "anchorStatus" = x.status::"AnchorStatus", position = x.position,
          "textChanged" = c."textChanged" OR x."textChanged", version = c.version + 1, "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS x(id text, exact text, prefix text, suffix text,
          start int, "end" int, status text, position int, "textChanged" boolean)
        WHERE c.id = x.id`;
      await tx.$executeRaw`
        UPDATE "Claim" AS c SET "anchorStatus" = 'ORPHANED', position = x.position, "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(orphaned)}::jsonb) AS x(id text, position int)
        WHERE c.id = x.id`;
      await tx.claim.createMany({
        data: claimRows(fresh, { documentId, revisionId: revision.id }).map((row) => ({
          ...row,
          position: positionOf.get(`new:${row.start}`)!,
        })),
      });
      await tx.document.update({
        where: { id: documentId },
        data: { currentRevisionId: revision.id, version: { increment: 1 } },
      });
      const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
      for (const r of results.values())
        counts[r.status === "ANCHORED" ? "anchored" : r.status === "FUZZY" ? "fuzzy" : "orphaned"]++;
      const summary = { revisionId: revision.id, number, ...counts, added: fresh.length };
      await recordAudit(tx, {
        actorId,
        action: "documents.import",
        entityType: "Revision",
        entityId: revision.id,
        documentId,
        after: summary,
      });
      invalidateOnCommit(documentId, { what: "claims" });
      const named = (status: AnchorResult["status"]) =>
        [...results].filter(([, r]) => r.status === status).map(([id, r]) => ({ id, text: r.exact }));
      return { ...summary, changedClaims: named("FUZZY"), orphanedClaims: named("ORPHANED") };
    },
    { timeout: 60_000 },
  );
}
