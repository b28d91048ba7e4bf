import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { plainText } from "@/lib/rich-text/plain-text";
import { parseInput } from "@/lib/validation/parse";
import { type DocumentSummary, documentSummarySelect } from "./document-dto";
import { parseText } from "./parse-text";
import { createDocumentSchema } from "./schemas";
import { slugify } from "./slug";

async function uniqueSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (await tx.document.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Imports a document as its first revision, in one transaction. `actor` "system" is the seed and command line. */
export async function createDocument(actor: Actor | "system", input: unknown): Promise<DocumentSummary> {
  if (actor !== "system") authorize(actor, "documents.import");
  const data = parseInput(createDocumentSchema, input);
  const parsed = parseText(data.content);
  if (parsed.body.content.length === 0) throw new AppError("INVALID", "The document has no text to import.");
  const title = data.title || parsed.title;
  if (!title) throw new AppError("INVALID", "Give the document a title: it does not start with a heading.");
  const actorId = actor === "system" ? null : (actor?.id ?? null);

  return db.$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        slug: await uniqueSlug(tx, title),
        title,
        status: data.status,
        visibility: data.visibility,
        sourceUrl: data.sourceUrl,
        createdById: actorId,
        publishedAt: data.status === "PUBLISHED" ? new Date() : null,
      },
    });
    const revision = await tx.revision.create({
      data: {
        documentId: document.id,
        number: 1,
        body: parsed.body as unknown as Prisma.InputJsonValue,
        plainText: plainText(parsed.body),
        sourceFormat: "TXT",
        contentHash: createHash("sha256").update(data.content).digest("hex"),
        createdById: actorId,
      },
    });
    const summary = await tx.document.update({
      where: { id: document.id },
      data: { currentRevisionId: revision.id },
      select: documentSummarySelect,
    });
    await recordAudit(tx, {
      actorId,
      action: "documents.import",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      after: { title, slug: summary.slug, revision: 1 },
    });
    return summary;
  });
}
