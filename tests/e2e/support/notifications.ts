import postgres from "postgres";
import { databaseUrl } from "../../support/postgres";

/**
 * A notification for the user with `email` about `documentId`, written straight into the e2e database: the
 * permission matrix needs one of each caller's own, whatever that caller may see (the domain's rules for who is
 * notified are tested in tests/integration/notifications.test.ts).
 */
export async function notificationFor(email: string, documentId: string): Promise<string> {
  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  try {
    const id = crypto.randomUUID();
    await sql`INSERT INTO "Notification" (id, "recipientId", type, "documentId", summary)
              SELECT ${id}, id, 'MENTION', ${documentId}, 'Matrix fixture' FROM "User" WHERE email = ${email}`;
    return id;
  } finally {
    await sql.end();
  }
}
