import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { claimRows } from "@/lib/claims/claim-rows";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { prepareImportInWorker } from "./parse-in-worker";
import { REVISION_FORMAT } from "./read-source";
import { createDocumentSchema } from "./schemas";
import { slugFamily, slugify } from "./slug";

export interface ImportResult {
  id: string;
  slug: string;
  title: string;
  claimCount: number;
}

async function uniqueSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title);
  // Held until commit, so a concurrent import of the same title waits and then sees this slug as taken (no 500).
  await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${`slug:${slugFamily(base)}`}))`;
  const taken = new Set(
    (await tx.document.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Imports a document: its first revision and a claim for every assertion, in one transaction (nothing is left
 * half-imported). `actor` "system" is the seed and the command line.
 */
export async function createDocument(actor: Actor | "system", input: unknown): Promise<ImportResult> {
  if (actor !== "system") authorize(actor, "documents.import");
  const data = parseInput(createDocumentSchema, input);
  const prepared = await prepareImportInWorker(data.format, data.content);
  const title = data.title || prepared.title;
  if (!title) throw new AppError("INVALID", "Give the document a title: it does not start with a heading.");
  const actorId = actor === "system" ? null : (actor?.id ?? null);

  return transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          slug: await uniqueSlug(tx, title),
          title,
          status: "DRAFT",
          visibility: data.visibility,
          sourceUrl: data.sourceUrl,
          createdById: actorId,
        },
      });
      const revision = await tx.revision.create({
        data: {
          documentId: document.id,
          number: 1,
          body: prepared.body as unknown as Prisma.InputJsonValue,
          plainText: prepared.plainText,
          sourceFormat: REVISION_FORMAT[data.format],
          contentHash: prepared.contentHash,
          createdById: actorId,
        },
      });
      await tx.document.update({ where: { id: document.id }, data: { currentRevisionId: revision.id } });
      await tx.claim.createMany({
        data: claimRows(prepared.claims, { documentId: document.id, revisionId: revision.id }),
      });
      await recordAudit(tx, {
        actorId,
        action: "documents.import",
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        after: { title, slug: document.slug, revision: 1, claims: prepared.claims.length },
      });
      return { id: document.id, slug: document.slug, title, claimCount: prepared.claims.length };
    },
    { timeout: 60_000 },
  );
}
