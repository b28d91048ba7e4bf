import "server-only";
import { entityAudit, recordAudit } from "@/lib/audit/record";
import { authorize, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion } from "@/lib/db/versioned-update";
import { AppError, notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdentifierType } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation/parse";
import { type CslItem, formatReference, parseReferences } from "./csl";
import { formattedReferences } from "./formatted-references";
import { IdentifierError, parseIdentifier } from "./identifiers";
import { lookUpMetadata, metadataPending, withMetadata } from "./metadata";
import { addCitationSchema, citationTargetSchema, deleteCitationSchema, updateCitationSchema } from "./schemas";

const citationSelect = {
  id: true,
  claimId: true,
  identifierType: true,
  identifier: true,
  csl: true,
  stance: true,
  studyDesign: true,
  note: true,
  version: true,
  createdAt: true,
  addedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.CitationSelect;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

function toCitationDto(row: CitationRow) {
  const csl = row.csl as CslItem;
  return {
    ...row,
    csl,
    apa: formatReference(csl, "apa"),
    vancouver: formatReference(csl, "vancouver"),
    /** "NOT_FETCHED": added by an identifier whose metadata could not be fetched yet (retry with fetchCitationMetadata). */
    metadata: metadataPending(row.identifierType, csl) ? ("NOT_FETCHED" as const) : ("OK" as const),
  };
}
export type CitationDto = ReturnType<typeof toCitationDto>;

/** The strongest identifier a CSL item carries, so a pasted reference is recognised as a duplicate too. */
function identifierOf(item: CslItem): { identifierType: IdentifierType; identifier: string } | null {
  for (const [field, type] of [
    ["DOI", "DOI"],
    ["PMID", "PMID"],
    ["PMCID", "PMCID"],
    ["ISBN", "ISBN"],
    ["URL", "URL"],
  ] as const) {
    const raw = item[field];
    if (typeof raw !== "string" || !raw.trim()) continue;
    try {
      const parsed = parseIdentifier(raw, type);
      return { identifierType: parsed.type, identifier: parsed.value };
    } catch {
      // A malformed field in a pasted reference is kept as it is but not used to match duplicates.
    }
  }
  return null;
}

const normalTitle = (item: CslItem) => (item.title ?? "").toLowerCase().replace(/\W+/g, " ").trim();

/**
 * Attaches citations to a claim: by identifier (validated and normalised) or from pasted BibTeX / RIS / CSL-JSON.
 * A source already cited on the claim (same identifier, or same title when there is none) is refused as CONFLICT.
 */
export async function addCitations(actor: Actor, input: unknown): Promise<CitationDto[]> {
  authorize(actor, "citations.write");
  const data = parseInput(addCitationSchema, input);
  let entries: { csl: CslItem; key: ReturnType<typeof identifierOf> }[];
  if (data.source === "identifier") {
    let parsed: ReturnType<typeof parseIdentifier>;
    try {
      parsed = parseIdentifier(data.identifier, data.identifierType);
    } catch (error) {
      if (error instanceof IdentifierError)
        throw new AppError("INVALID", error.message, { fields: { identifier: [error.message] } });
      throw error;
    }
    const bare: CslItem = {
      type: parsed.type === "URL" ? "webpage" : parsed.type === "ISBN" ? "book" : "article-journal",
      title: data.title || parsed.value,
      [parsed.type === "ARXIV" ? "number" : parsed.type]: parsed.value,
      ...(parsed.type !== "URL" ? { URL: parsed.url } : {}),
    };
    // Looked up before the transaction (a registry may take seconds); unreachable leaves the bare identifier.
    const { csl: fetched } = await lookUpMetadata(parsed.type, parsed.value);
    const csl = fetched ? withMetadata(bare, fetched, data.title) : bare;
    entries = [{ csl, key: { identifierType: parsed.type, identifier: parsed.value } }];
  } else {
    entries = parseReferences(data.reference, data.source).map((csl) => ({ csl, key: identifierOf(csl) }));
  }

  // The check below gives the friendly message; the partial unique index (claim, identifier) among live citations
  // settles a race between two adds of the same source, which both passed the check.
  const created = await transaction(async (tx) => {
    const claim = await readableClaim(actor, data.claimId, tx);
    const existing = await tx.citation.findMany({
      where: { claimId: claim.id, deletedAt: null },
      select: { identifierType: true, identifier: true, csl: true },
    });
    const seen = existing.map((c) => ({
      key: c.identifier ? `${c.identifierType}:${c.identifier}` : null,
      title: normalTitle(c.csl as CslItem),
    }));
    const created: CitationDto[] = [];
    for (const entry of entries) {
      const key = entry.key ? `${entry.key.identifierType}:${entry.key.identifier}` : null;
      const title = normalTitle(entry.csl);
      const duplicate = seen.find((s) => (key && s.key === key) || (!key && title && s.title === title));
      if (duplicate) {
        throw new AppError("CONFLICT", `"${entry.csl.title ?? key}" is already cited on this claim.`);
      }
      seen.push({ key, title });
      const row = await tx.citation.create({
        data: {
          claimId: claim.id,
          addedById: actor!.id,
          ...(entry.key ?? {}),
          csl: entry.csl as Prisma.InputJsonValue,
          stance: data.stance,
          studyDesign: data.studyDesign,
          note: data.note,
        },
        select: citationSelect,
      });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "citations.write",
        entityType: "Citation",
        entityId: row.id,
        documentId: claim.documentId,
        after: { claimId: claim.id, key, title: entry.csl.title ?? null, stance: data.stance },
      });
      invalidateOnCommit(claim.documentId, { what: "citation", claimId: claim.id });
      created.push(toCitationDto(row));
    }
    return created;
  }).catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "This source was just cited on this claim by someone else.");
    }
    throw error;
  });
  await keepFormatted(created);
  return created;
}

/**
 * A written reference is kept formatted (formatted-references.ts), so no export or critique formats it again: the
 * APA text each format prints, after the commit (a rolled-back write keeps nothing, a kept entry is only a cache).
 */
async function keepFormatted(citations: CitationDto[]) {
  await formattedReferences(
    citations.map((c) => c.csl),
    "apa",
  );
}

const CHANGED = "This citation was changed since you opened it.";

async function ownedCitation(tx: Prisma.TransactionClient, actor: Actor, citationId: string, version: number) {
  const citation = await tx.citation.findFirst({
    where: { id: citationId, deletedAt: null },
    select: { ...citationSelect, addedById: true },
  });
  if (!citation) throw notFound("That citation");
  const claim = await readableClaim(actor, citation.claimId, tx);
  if (!can(actor, "citations.moderate")) authorize(actor, "citations.write", citation.addedById);
  return { citation: await atVersion(citation, version, CHANGED, toCitationDto), claim };
}

const audit = entityAudit("Citation");

/** Writes a change to a citation only at the version the caller saw (else CONFLICT), and audits it. */
async function changeCitationAt(
  tx: Prisma.TransactionClient,
  actor: Actor,
  target: { citationId: string; version: number; documentId: string },
  data: Prisma.CitationUpdateManyMutationInput,
  before: unknown,
  after: unknown,
) {
  await updateAtVersion(
    () =>
      tx.citation.updateMany({
        where: { id: target.citationId, version: target.version },
        data: { ...data, version: { increment: 1 } },
      }),
    CHANGED,
    async () => {
      const row = await tx.citation.findFirst({
        where: { id: target.citationId, deletedAt: null },
        select: citationSelect,
      });
      return row && toCitationDto(row);
    },
  );
  await audit(tx, actor, "citations.write", target.citationId, target.documentId, before, after);
  invalidateOnCommit(target.documentId, { what: "citation" });
}

/** Changes a citation's stance, design or note (its author, or an editor). */
export async function updateCitation(actor: Actor, input: unknown): Promise<CitationDto> {
  authorize(actor, "citations.write");
  const data = parseInput(updateCitationSchema, input);
  return transaction(async (tx) => {
    const { citation, claim } = await ownedCitation(tx, actor, data.citationId, data.version);
    const { citationId, version, ...fields } = data;
    await changeCitationAt(
      tx,
      actor,
      { citationId, version, documentId: claim.documentId },
      fields,
      { stance: citation.stance, studyDesign: citation.studyDesign, note: citation.note },
      fields,
    );
    return toCitationDto(await tx.citation.findUniqueOrThrow({ where: { id: citationId }, select: citationSelect }));
  });
}

/** Removes a citation (soft: the audit trail keeps it). */
export async function deleteCitation(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "citations.write");
  const data = parseInput(deleteCitationSchema, input);
  await transaction(async (tx) => {
    const { claim } = await ownedCitation(tx, actor, data.citationId, data.version);
    await changeCitationAt(tx, actor, { ...data, documentId: claim.documentId }, { deletedAt: new Date() }, null, {
      deleted: true,
    });
  });
}

/**
 * Fetches a citation's metadata again (its registry was unreachable when it was added): the citation's author or
 * an editor. Answers with the citation as it now is; when the registry still cannot be reached or does not know
 * the identifier, it is unchanged (`metadata: "NOT_FETCHED"`) and `metadataError` says why.
 */
export async function fetchCitationMetadata(
  actor: Actor,
  input: unknown,
): Promise<CitationDto & { metadataError?: string }> {
  authorize(actor, "citations.write");
  const data = parseInput(citationTargetSchema, input);
  const { citation } = await transaction((tx) => ownedCitation(tx, actor, data.citationId, data.version));
  if (!citation.identifierType || !citation.identifier)
    throw new AppError("INVALID", "This citation has no identifier to look up.");
  const { csl: fetched, unavailable } = await lookUpMetadata(citation.identifierType, citation.identifier);
  if (!fetched)
    return {
      ...toCitationDto(citation),
      metadataError: unavailable
        ? `The metadata could not be fetched: ${unavailable} Try again later.`
        : `The registry does not know ${citation.identifier}.`,
    };
  const updated = await transaction(async (tx) => {
    const { claim } = await ownedCitation(tx, actor, data.citationId, data.version);
    const current = citation.csl as CslItem;
    // A title someone typed in is kept; a title that is only the identifier gives way to the real one.
    const csl = withMetadata(
      current,
      fetched,
      metadataPending(citation.identifierType, current) ? undefined : current.title,
    );
    await changeCitationAt(
      tx,
      actor,
      { ...data, documentId: claim.documentId },
      { csl: csl as Prisma.InputJsonValue },
      { title: current.title ?? null },
      { title: csl.title ?? null, metadata: "fetched" },
    );
    return toCitationDto(
      await tx.citation.findUniqueOrThrow({ where: { id: data.citationId }, select: citationSelect }),
    );
  });
  await keepFormatted([updated]);
  return updated;
}

export async function listCitations(actor: Actor, claimId: string): Promise<CitationDto[]> {
  const claim = await readableClaim(actor, claimId);
  const rows = await db.citation.findMany({
    where: { claimId: claim.id, deletedAt: null },
    select: citationSelect,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(toCitationDto);
}
