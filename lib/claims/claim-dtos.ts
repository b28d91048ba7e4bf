import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ClaimRow, toClaimDto } from "./claim-dto";
import { codePointOffsets } from "./code-points";

type Reader = Pick<Prisma.TransactionClient, "revision">;

/** Claim DTOs for rows, with their W3C positions counted in code points of the revision each claim points into. */
export async function toClaimDtos(client: Reader, rows: ClaimRow[]) {
  const ids = [...new Set(rows.map((r) => r.revisionId))];
  const revisions = ids.length
    ? await client.revision.findMany({ where: { id: { in: ids } }, select: { id: true, plainText: true } })
    : [];
  const mappers = new Map(revisions.map((r) => [r.id, codePointOffsets(r.plainText)]));
  return rows.map((row) => toClaimDto(row, mappers.get(row.revisionId) ?? ((offset) => offset)));
}
