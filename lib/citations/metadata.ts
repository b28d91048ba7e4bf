import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdentifierType } from "@/lib/generated/prisma/enums";
import type { CslItem } from "./csl";
import { identifierOnlyReference } from "./identifier-reference";
import { fetchMetadata, LOOKUP_TYPES, lookupsEnabled, MetadataUnavailable } from "./metadata-sources";

/**
 * Whether a citation still waits for its metadata: it was added by an identifier a registry knows (DOI, PMID,
 * PMCID, arXiv, ISBN) and is still only that identifier. The UI shows "metadata not fetched" with a retry.
 */
export function metadataPending(identifierType: IdentifierType | null, csl: CslItem): boolean {
  return Boolean(identifierType && LOOKUP_TYPES.includes(identifierType) && identifierOnlyReference(csl));
}

/**
 * A work's metadata: from the cache (Postgres, keyed by the normalised identifier), else from its registry, kept
 * in the cache when found. Null when the registry does not know it, when lookups are off, or when the registry could
 * not be reached (then `unavailable` says why, and nothing is cached so a retry asks again).
 */
export async function lookUpMetadata(
  type: IdentifierType,
  value: string,
): Promise<{ csl: CslItem | null; unavailable?: string }> {
  if (!LOOKUP_TYPES.includes(type)) return { csl: null };
  const key = `${type}:${value}`;
  const cached = await db.citationMetadata.findUnique({ where: { key }, select: { csl: true } });
  if (cached) return { csl: cached.csl as CslItem };
  if (!lookupsEnabled()) return { csl: null, unavailable: "Metadata lookups are turned off on this server." };
  try {
    const found = await fetchMetadata(type, value);
    if (!found) return { csl: null };
    await db.citationMetadata.upsert({
      where: { key },
      create: { key, csl: found.csl as Prisma.InputJsonValue, source: found.source },
      update: {},
    });
    return { csl: found.csl };
  } catch (error) {
    if (error instanceof MetadataUnavailable) return { csl: null, unavailable: error.message };
    throw error;
  }
}

/** A citation's CSL item from fetched metadata: the identifier as typed in stays, and a title someone gave wins. */
export function withMetadata(identifierOnly: CslItem, fetched: CslItem, givenTitle?: string): CslItem {
  const { title: _identifierAsTitle, ...identifier } = identifierOnly;
  return { ...fetched, ...identifier, type: fetched.type ?? identifierOnly.type, title: givenTitle || fetched.title };
}
