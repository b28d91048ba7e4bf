import "server-only";
import { db } from "@/lib/db/client";

/**
 * Remembers when a user last signed in, for the admins' user list. A failure here must not fail the sign-in that
 * has already succeeded, so it is logged and dropped.
 */
export async function recordSignIn(userId: string): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { id: true } });
  } catch (error) {
    console.error("could not record the sign-in time:", (error as Error).message);
  }
}
