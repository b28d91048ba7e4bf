import "server-only";
import { entityAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion } from "@/lib/db/versioned-update";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { type ClaimDto, claimSelect } from "./claim-dto";
import { toClaimDtos } from "./claim-dtos";
import { recordTierChange } from "./record-tier-change";
import {
  createClaimSchema,
  deleteClaimSchema,
  mergeClaimsSchema,
  setClaimBoundariesSchema,
  setClaimTierSchema,
  splitClaimSchema,
} from "./schemas";
import { quoteAt } from "./selectors";
import { suggestTier } from "./suggest-tier";

type Tx = Prisma.TransactionClient;
type Range = { start: number; end: number };

/** The current revision's text, or NOT_FOUND. Editors see every document, so no visibility filter is needed. */
async function currentText(tx: Tx, documentId: string) {
  const document = await tx.document.findUnique({
    where: { id: documentId },
    select: { currentRevision: { select: { id: true, plainText: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  return document.currentRevision;
}

/** Trims white space and checks the range lies in the text, inside one block, clear of other claims. */
async function checkedRange(
  tx: Tx,
  documentId: string,
  text: string,
  range: Range,
  ignore: string[] = [],
): Promise<Range> {
  let { start, end } = range;
  if (end > text.length) throw new AppError("INVALID", "The selection is outside the document's text.");
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 2) throw new AppError("INVALID", "Select at least a few words.");
  if (text.slice(start, end).includes("\n")) {
    throw new AppError("INVALID", "A claim must stay within one paragraph or list item.");
  }
  const clash = await tx.claim.findFirst({
    where: {
      documentId,
      deletedAt: null,
      anchorStatus: { not: "ORPHANED" },
      id: { notIn: ignore },
      start: { lt: end },
      end: { gt: start },
    },
    select: { exact: true },
  });
  if (clash) throw new AppError("CONFLICT", `That text overlaps the claim "${clash.exact.slice(0, 60)}…".`);
  return { start, end };
}

/** Loads a claim at the version the editor saw; anything else is CONFLICT with the current state. */
async function claimAt(tx: Tx, claimId: string, version: number) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null } });
  if (!claim) throw notFound("That claim");
  return atVersion(claim, version, CHANGED, () => currentClaim(tx, claimId));
}

const CHANGED = "Someone changed this claim since you opened it. Review the current version.";

/** The claim as the API shows it now (null: deleted). */
async function currentClaim(tx: Tx, claimId: string) {
  const row = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: claimSelect });
  return row && (await toClaimDtos(tx, [row]))[0];
}

/** Writes the change only if nobody else did in between (the version check and the update are one statement). */
async function updateAt(tx: Tx, claimId: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput) {
  await updateAtVersion(
    () =>
      tx.claim.updateMany({
        where: { id: claimId, version, deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      }),
    CHANGED,
    () => currentClaim(tx, claimId),
  );
}

/** Shifts the positions of the document's claims after `position` by `by`. */
async function shiftPositions(tx: Tx, documentId: string, position: number, by: number) {
  await tx.claim.updateMany({
    where: { documentId, position: { gt: position } },
    data: { position: { increment: by } },
  });
}

const audit = entityAudit("Claim");

const dto = async (tx: Tx, id: string): Promise<ClaimDto> =>
  (await toClaimDtos(tx, [await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSelect })]))[0]!;

function suggestionFields(text: string, exact: string, start: number, end: number, section: string | null) {
  const suggestion = suggestTier(exact, section);
  return {
    ...quoteAt(text, start, end),
    start,
    end,
    suggestedTier: suggestion.tier,
    suggestionCues: suggestion.cues,
    suggestionConfidence: suggestion.confidence,
  };
}

/** An editor marks a stretch of text as a claim; it gets the classifier's suggestion (not yet a tier) like imported ones. */
export async function createClaim(actor: Actor, input: unknown): Promise<ClaimDto> {
  authorize(actor, "claims.edit");
  const data = parseInput(createClaimSchema, input);
  return transaction(async (tx) => {
    const revision = await currentText(tx, data.documentId);
    const { start, end } = await checkedRange(tx, data.documentId, revision.plainText, data);
    const before = await tx.claim.findFirst({
      where: { documentId: data.documentId, deletedAt: null, anchorStatus: { not: "ORPHANED" }, start: { lt: start } },
      orderBy: { start: "desc" },
      select: { position: true, section: true },
    });
    const position = (before?.position ?? -1) + 1;
    await shiftPositions(tx, data.documentId, position - 1, 1);
    const fields = suggestionFields(
      revision.plainText,
      revision.plainText.slice(start, end),
      start,
      end,
      before?.section ?? null,
    );
    const claim = await tx.claim.create({
      data: {
        documentId: data.documentId,
        revisionId: revision.id,
        position,
        section: before?.section ?? null,
        ...fields,
      },
    });
    await audit(tx, actor, "claims.edit", claim.id, data.documentId, null, { created: fields.exact });
    invalidateOnCommit(data.documentId, { what: "claims" });
    return dto(tx, claim.id);
  });
}

/** A person's tier always wins over the suggestion, and the change is kept in the claim's history. */
export async function setClaimTier(actor: Actor, input: unknown): Promise<ClaimDto> {
  authorize(actor, "claims.tag");
  const data = parseInput(setClaimTierSchema, input);
  return transaction(async (tx) => {
    const claim = await claimAt(tx, data.claimId, data.version);
    await updateAt(tx, claim.id, data.version, { tier: data.tier, tierSource: "PERSON" });
    await recordTierChange(tx, actor, claim, data.tier, data.reason);
    return dto(tx, claim.id);
  });
}

/** Splits a claim in two at a point inside it; both halves keep the tier, the second gets a fresh suggestion. */
export async function splitClaim(actor: Actor, input: unknown): Promise<[ClaimDto, ClaimDto]> {
  authorize(actor, "claims.edit");
  const data = parseInput(splitClaimSchema, input);
  return transaction(async (tx) => {
    const claim = await claimAt(tx, data.claimId, data.version);
    if (claim.anchorStatus === "ORPHANED")
      throw new AppError("INVALID", "Re-attach an orphaned claim before splitting it.");
    const revision = await currentText(tx, claim.documentId);
    const text = revision.plainText;
    let cut = data.at;
    while (cut < claim.end && /\s/.test(text[cut]!)) cut++;
    let firstEnd = data.at;
    while (firstEnd > claim.start && /\s/.test(text[firstEnd - 1]!)) firstEnd--;
    if (firstEnd - claim.start < 2 || claim.end - cut < 2) {
      throw new AppError("INVALID", "Split inside the claim, leaving some words on both sides.");
    }
    await updateAt(tx, claim.id, data.version, { ...quoteAt(text, claim.start, firstEnd), end: firstEnd });
    await shiftPositions(tx, claim.documentId, claim.position, 1);
    const fields = suggestionFields(text, text.slice(cut, claim.end), cut, claim.end, claim.section);
    const second = await tx.claim.create({
      data: {
        documentId: claim.documentId,
        revisionId: claim.revisionId,
        position: claim.position + 1,
        section: claim.section,
        ...fields,
        tier: claim.tier,
        tierSource: claim.tierSource,
      },
    });
    await audit(
      tx,
      actor,
      "claims.edit",
      claim.id,
      claim.documentId,
      { exact: claim.exact },
      { split: [text.slice(claim.start, firstEnd), second.exact], into: second.id },
    );
    invalidateOnCommit(claim.documentId, { what: "claims", claimId: claim.id });
    return [await dto(tx, claim.id), await dto(tx, second.id)];
  });
}

/** Merges a claim with the one right after it in the same paragraph; the second is deleted (its history stays). */
export async function mergeClaims(actor: Actor, input: unknown): Promise<ClaimDto> {
  authorize(actor, "claims.edit");
  const data = parseInput(mergeClaimsSchema, input);
  return transaction(async (tx) => {
    const first = await claimAt(tx, data.claimId, data.version);
    const second = await claimAt(tx, data.nextClaimId, data.nextVersion);
    if (
      second.documentId !== first.documentId ||
      second.start < first.end ||
      first.anchorStatus === "ORPHANED" ||
      second.anchorStatus === "ORPHANED"
    ) {
      throw new AppError("INVALID", "Only a claim and the claim that follows it can be merged.");
    }
    const revision = await currentText(tx, first.documentId);
    const text = revision.plainText;
    await checkedRange(tx, first.documentId, text, { start: first.start, end: second.end }, [first.id, second.id]);
    await updateAt(tx, second.id, data.nextVersion, { deletedAt: new Date() });
    await updateAt(tx, first.id, data.version, { ...quoteAt(text, first.start, second.end), end: second.end });
    await audit(
      tx,
      actor,
      "claims.edit",
      first.id,
      first.documentId,
      { exact: [first.exact, second.exact] },
      { merged: second.id },
    );
    invalidateOnCommit(first.documentId, { what: "claims", claimId: first.id });
    return dto(tx, first.id);
  });
}

/** Deletes a claim (soft: its grades, comments and history stay for the record). */
export async function deleteClaim(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "claims.edit");
  const data = parseInput(deleteClaimSchema, input);
  await transaction(async (tx) => {
    const claim = await claimAt(tx, data.claimId, data.version);
    await updateAt(tx, claim.id, data.version, { deletedAt: new Date() });
    await audit(tx, actor, "claims.edit", claim.id, claim.documentId, { exact: claim.exact }, { deleted: true });
    invalidateOnCommit(claim.documentId, { what: "claims", claimId: claim.id });
  });
}

/** Moves a claim's boundaries (also re-attaches an orphaned or fuzzy claim to the current text). */
export async function setClaimBoundaries(actor: Actor, input: unknown): Promise<ClaimDto> {
  authorize(actor, "claims.edit");
  const data = parseInput(setClaimBoundariesSchema, input);
  return transaction(async (tx) => {
    const claim = await claimAt(tx, data.claimId, data.version);
    const revision = await currentText(tx, claim.documentId);
    const { start, end } = await checkedRange(tx, claim.documentId, revision.plainText, data, [claim.id]);
    const quote = quoteAt(revision.plainText, start, end);
    await updateAt(tx, claim.id, data.version, {
      ...quote,
      start,
      end,
      revisionId: revision.id,
      anchorStatus: "ANCHORED",
      textChanged: claim.textChanged || quote.exact !== claim.exact,
    });
    await audit(
      tx,
      actor,
      "claims.edit",
      claim.id,
      claim.documentId,
      { exact: claim.exact, start: claim.start, end: claim.end, anchorStatus: claim.anchorStatus },
      { exact: quote.exact, start, end },
    );
    invalidateOnCommit(claim.documentId, { what: "claims", claimId: claim.id });
    return dto(tx, claim.id);
  });
}
