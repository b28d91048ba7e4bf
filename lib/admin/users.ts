import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userSelect } from "@/lib/users/user-dto";
import { parseInput } from "@/lib/validation/parse";
import { listUsersSchema, updateUserSchema } from "./schemas";

export const USERS_PAGE_SIZE = 50;

/** What an admin sees of a user (never the password hash): the usual fields and the last sign-in. */
export const adminUserSelect = { ...userSelect, lastSignInAt: true } as const satisfies Prisma.UserSelect;
export type AdminUserDto = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export interface UsersPage {
  items: AdminUserDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** Users whose name or email contains the search, by email, one page at a time (admins). */
export async function listUsers(actor: Actor, input: unknown): Promise<UsersPage> {
  authorize(actor, "users.manage");
  const { q, page } = parseInput(listUsersSchema, input);
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
    : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      select: adminUserSelect,
      orderBy: { email: "asc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page, pageSize: USERS_PAGE_SIZE };
}

const LAST_ADMIN =
  "This is the last active admin: make another user an admin first, or nobody could manage users any more.";

/**
 * Changes a user's role, disables or enables them, or ends their sessions (admins). Each of these bumps
 * `sessionVersion`, so the user's open sessions end on their next request (lib/auth/options.ts re-checks it), and is
 * audited. The active admins' rows are locked first, so two admins demoting each other at once cannot leave none.
 */
export async function updateUser(actor: Actor, input: unknown): Promise<AdminUserDto> {
  authorize(actor, "users.manage");
  const change = parseInput(updateUserSchema, input);
  if (change.role === undefined && change.disabled === undefined && !change.signOut) {
    throw new AppError("INVALID", "Say what to change: role, disabled or signOut.");
  }
  return transaction(async (tx) => {
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`;
    const before = await tx.user.findUnique({
      where: { id: change.userId },
      select: { ...adminUserSelect, sessionVersion: true },
    });
    if (!before) throw notFound("That user");
    const role = change.role ?? before.role;
    const disabled = change.disabled ?? before.disabled;
    const changed = role !== before.role || disabled !== before.disabled || change.signOut === true;
    if (!changed) return pick(before);
    const staysActiveAdmin = role === "ADMIN" && !disabled && change.signOut !== true;
    if (before.role === "ADMIN" && !before.disabled && !staysActiveAdmin && activeAdmins.length <= 1) {
      throw new AppError("CONFLICT", LAST_ADMIN);
    }
    const after = await tx.user.update({
      where: { id: before.id },
      data: { role, disabled, sessionVersion: { increment: 1 } },
      select: { ...adminUserSelect, sessionVersion: true },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "users.manage",
      entityType: "User",
      entityId: before.id,
      before: { role: before.role, disabled: before.disabled, sessionVersion: before.sessionVersion },
      after: {
        role: after.role,
        disabled: after.disabled,
        sessionVersion: after.sessionVersion,
        ...(change.signOut ? { signedOut: true } : {}),
      },
    });
    return pick(after);
  });
}

function pick({ sessionVersion: _, ...user }: AdminUserDto & { sessionVersion: number }): AdminUserDto {
  return user;
}
