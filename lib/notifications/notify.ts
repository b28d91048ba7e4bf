import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { afterCommit } from "@/lib/db/transaction";
import { readableDocuments } from "@/lib/documents/visibility";
import { publishOnCommit } from "@/lib/events/bus";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { deliverNotifications } from "./deliver";

type Tx = Prisma.TransactionClient;

export interface NotificationEvent {
  type: NotificationType;
  actor: Actor;
  documentId: string;
  claimId?: string;
  commentId?: string;
}

const excerpt = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const VERBS: Record<NotificationType, string> = {
  MENTION: "mentioned you in a comment on",
  REPLY: "replied to your comment on",
  ASSIGNMENT: "assigned you to review",
  DECISION: "decided a claim you graded in",
  PUBLICATION: "published",
};

/** "Ann Editor decided a claim you graded in “Title”: “the claim…”", written once, when it happens. */
async function summarize(tx: Tx, event: NotificationEvent): Promise<string> {
  const actor = event.actor && (await tx.user.findUnique({ where: { id: event.actor.id }, select: { name: true } }));
  const document = await tx.document.findUniqueOrThrow({ where: { id: event.documentId }, select: { title: true } });
  const claim = event.claimId
    ? await tx.claim.findUnique({ where: { id: event.claimId }, select: { exact: true } })
    : null;
  const who = actor?.name ?? "Someone";
  return `${who} ${VERBS[event.type]} “${excerpt(document.title, 60)}”${claim ? `: “${excerpt(claim.exact)}”` : ""}`;
}

/**
 * Records the notifications one change causes, inside that change's transaction (they commit or vanish with it),
 * then hands them to deliverNotifications once it has committed. Never for the actor themself, never for disabled
 * users, and only for people who may see the document (the same `where` the document's own reads use).
 */
export async function notify(tx: Tx, event: NotificationEvent, recipientIds: Iterable<string>): Promise<string[]> {
  const candidates = [...new Set(recipientIds)].filter((id) => id && id !== event.actor?.id);
  if (candidates.length === 0) return [];
  const people = await tx.user.findMany({
    where: { id: { in: candidates }, disabled: false },
    select: { id: true, role: true },
  });
  const allowed: string[] = [];
  for (const person of people) {
    const visible = await tx.document.count({ where: { AND: [{ id: event.documentId }, readableDocuments(person)] } });
    if (visible > 0) allowed.push(person.id);
  }
  if (allowed.length === 0) return [];
  const summary = await summarize(tx, event);
  const rows = await tx.notification.createManyAndReturn({
    data: allowed.map((recipientId) => ({
      recipientId,
      actorId: event.actor?.id ?? null,
      type: event.type,
      documentId: event.documentId,
      claimId: event.claimId ?? null,
      commentId: event.commentId ?? null,
      summary,
    })),
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  afterCommit(`notifications:${ids[0]}`, () => deliverNotifications(ids));
  // The recipients' open pages hear of it at once (their inbox badge refetches); the payload names nobody else.
  for (const recipientId of allowed) publishOnCommit({ type: "notification", userId: recipientId });
  return ids;
}
