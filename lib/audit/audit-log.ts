import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { type AuditFilter, auditFilterSchema } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export's ceiling: a year of a busy installation; narrower filters get everything. */
export const AUDIT_EXPORT_MAX = 100_000;

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  document: { id: string; slug: string; title: string } | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  filter: AuditFilter;
  rows: AuditRow[];
  hasNext: boolean;
  /** A user or document named in the filter that does not exist: nothing matches. */
  unknown: ("user" | "document")[];
}

/** The filter as a Prisma `where`; a user (e-mail) or document (slug or id) that does not exist matches nothing. */
async function whereOf(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {};
  const unknown: AuditPage["unknown"] = [];
  if (filter.user) {
    const user = await db.user.findFirst({
      where: { OR: [{ email: filter.user }, { id: filter.user }] },
      select: { id: true },
    });
    if (!user) unknown.push("user");
    where.actorId = user?.id ?? "";
  }
  if (filter.document) {
    const doc = await db.document.findFirst({
      where: { OR: [{ slug: filter.document }, { id: filter.document }] },
      select: { id: true },
    });
    if (!doc) unknown.push("document");
    where.documentId = doc?.id ?? "";
  }
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
      ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  return { where, unknown };
}

async function rowsOf(where: Prisma.AuditEventWhereInput, skip: number, take: number): Promise<AuditRow[]> {
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      documentId: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const ids = [...new Set(events.flatMap((e) => (e.documentId ? [e.documentId] : [])))];
  const documents = new Map(
    (await db.document.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true } })).map(
      (d) => [d.id, d],
    ),
  );
  return events.map(({ documentId, ...e }) => ({
    ...e,
    document: documentId ? (documents.get(documentId) ?? null) : null,
  }));
}

/** One page of the audit log, newest first, filtered by user, document, action and dates (admins). */
export async function listAuditEvents(actor: Actor, input: unknown): Promise<AuditPage> {
  authorize(actor, "audit.read");
  const filter = parseInput(auditFilterSchema, input);
  const { where, unknown } = await whereOf(filter);
  const rows = await rowsOf(where, (filter.page - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE + 1);
  return { filter, rows: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE, unknown };
}

/** Every event the filter matches (its page ignored), newest first, for the CSV export (admins). */
export async function exportAuditEvents(actor: Actor, input: unknown): Promise<AuditRow[]> {
  authorize(actor, "audit.read");
  const filter = parseInput(auditFilterSchema, input);
  const { where } = await whereOf(filter);
  return rowsOf(where, 0, AUDIT_EXPORT_MAX);
}
