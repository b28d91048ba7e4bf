import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { emailSchema } from "@/lib/users/email";
import { dummyPasswordHash, verifyPassword } from "./password";
import { hit, type Limit, unhit } from "./rate-limit";
import type { Role } from "./roles";

/** Ten failures per account in 15 minutes lock that account; an address gets more room (shared offices, NAT). */
export const ACCOUNT_LIMIT: Limit = { max: 10, windowMs: 15 * 60_000 };
export const IP_LIMIT: Limit = { max: 50, windowMs: 15 * 60_000 };

export const INVALID_LOGIN = "The email or password is incorrect.";

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

function tooMany(resetAt: Date): AppError {
  const minutes = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 60_000));
  return new AppError(
    "RATE_LIMITED",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { retryAfterSeconds: minutes * 60 },
  );
}

/**
 * Checks an email and password. Every failure says the same thing (no account enumeration), takes the same time
 * (a dummy hash is verified for unknown emails), and counts against the account and the client address until the
 * window ends.
 */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", INVALID_LOGIN);
  const { email, password } = parsed.data;
  const accountKey = `login:account:${email}`;
  const ipKey = `login:ip:${ip}`;

  // Every attempt counts before it is evaluated, in one atomic statement per key: of any number of parallel
  // attempts only the first `max` get a password check, and no check can start between a peek and an increment.
  const [account, address] = await Promise.all([hit(accountKey, ACCOUNT_LIMIT), hit(ipKey, IP_LIMIT)]);
  if (account.count > ACCOUNT_LIMIT.max) throw tooMany(account.resetAt);
  if (address.count > IP_LIMIT.max) throw tooMany(address.resetAt);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user?.passwordHash || !valid || user.disabled) throw new AppError("UNAUTHENTICATED", INVALID_LOGIN);
  // A success takes back only its own attempt: the failures before it (maybe of the same burst) still count.
  await Promise.all([unhit(accountKey), unhit(ipKey)]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
