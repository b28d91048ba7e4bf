import "server-only";
import { invitationTargetSchema, inviteUserSchema } from "@/lib/admin/schemas";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { deliverInvitation, newInvitationSecret } from "./invitation-link";

export interface InvitationDto {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
  invitedBy: { id: string; name: string } | null;
}

/** What the admin gets back: the invitation, and the link only when it could not be e-mailed (shown once). */
export interface SentInvitation {
  invitation: InvitationDto;
  mailed: boolean;
  link: string | null;
}

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  createdAt: true,
  invitedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.InvitationSelect;

const PENDING = { acceptedAt: null, revokedAt: null } as const satisfies Prisma.InvitationWhereInput;

/** E-mails the committed invitation's link, signed with the inviting admin's name (or hands the link back). */
async function send(
  actor: NonNullable<Actor>,
  invitation: InvitationDto,
  token: string,
  origin: string,
): Promise<SentInvitation> {
  const inviter = await db.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  const delivery = await deliverInvitation({
    ...invitation,
    token,
    invitedBy: inviter?.name ?? "An administrator",
    origin,
  });
  return { invitation, ...delivery };
}

/**
 * Invites someone by e-mail with a role (admins): a one-time link valid for INVITATION_DAYS. An address that already
 * has an account, or a pending invitation, is a CONFLICT (resend or revoke that one instead). Audited.
 */
export async function inviteUser(actor: Actor, input: unknown, origin: string): Promise<SentInvitation> {
  authorize(actor, "users.manage");
  const { email, role } = parseInput(inviteUserSchema, input);
  const secret = newInvitationSecret();
  const invitation = await transaction(async (tx) => {
    // One invitation per address at a time, also when two admins invite the same person at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${email}`}))`;
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${email} already has an account. Change their role in the list instead.`);
    }
    if (await tx.invitation.findFirst({ where: { email, ...PENDING, expiresAt: { gt: new Date() } } })) {
      throw new AppError("CONFLICT", `${email} already has a pending invitation. Resend or revoke it below.`);
    }
    const created = await tx.invitation.create({
      data: { email, role, tokenHash: secret.tokenHash, expiresAt: secret.expiresAt, invitedById: actor!.id },
      select: invitationSelect,
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "users.manage",
      entityType: "Invitation",
      entityId: created.id,
      after: { email, role, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return send(actor!, invitation, secret.token, origin);
}

/** Changes a pending invitation (a new link, or revoked) in one audited transaction; one no longer pending is 404. */
function changePending(
  actor: Actor,
  invitationId: string,
  data: Prisma.InvitationUpdateManyMutationInput,
  after: Prisma.InputJsonObject,
): Promise<InvitationDto> {
  return transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({ where: { id: invitationId, ...PENDING }, data });
    if (updated.count === 0) throw notFound("That pending invitation");
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "users.manage",
      entityType: "Invitation",
      entityId: invitationId,
      after,
    });
    return tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: invitationSelect });
  });
}

/** A pending invitation gets a new link and a new week; the old link stops working. Audited. */
export async function resendInvitation(actor: Actor, input: unknown, origin: string): Promise<SentInvitation> {
  authorize(actor, "users.manage");
  const { invitationId } = parseInput(invitationTargetSchema, input);
  const secret = newInvitationSecret();
  const invitation = await changePending(
    actor,
    invitationId,
    { tokenHash: secret.tokenHash, expiresAt: secret.expiresAt },
    { resent: true, expiresAt: secret.expiresAt.toISOString() },
  );
  return send(actor!, invitation, secret.token, origin);
}

/** Withdraws a pending invitation: its link answers "revoked" from now on. Audited. */
export async function revokeInvitation(actor: Actor, input: unknown): Promise<InvitationDto> {
  authorize(actor, "users.manage");
  const { invitationId } = parseInput(invitationTargetSchema, input);
  return changePending(actor, invitationId, { revokedAt: new Date() }, { revoked: true });
}

/** Invitations not yet accepted or revoked (expired ones included, to be resent), newest first (admins). */
export async function listPendingInvitations(actor: Actor): Promise<InvitationDto[]> {
  authorize(actor, "users.manage");
  return db.invitation.findMany({
    where: PENDING,
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}
