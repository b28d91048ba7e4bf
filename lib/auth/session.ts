import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { Actor } from "./roles";

/** The signed-in user of the current request (already re-checked against the database), or null. */
export async function currentActor(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  return session?.user ? { id: session.user.id, role: session.user.role } : null;
}
