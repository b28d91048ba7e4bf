import postgres from "postgres";
import { newTokenSecret } from "@/lib/tokens/token-secret";
import { databaseUrl } from "../../support/postgres";

/** An API token for a user of the e2e database, written as `npm run token:create` would. */
export async function apiToken(email: string): Promise<string> {
  const sql = postgres(databaseUrl(process.env.E2E_DATABASE!), { max: 1 });
  try {
    const { secret, hash, prefix } = newTokenSecret();
    const [user] = await sql`SELECT id FROM "User" WHERE email = ${email}`;
    await sql`INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix)
              VALUES (${crypto.randomUUID()}, ${user!.id}, 'e2e', ${hash}, ${prefix})`;
    return secret;
  } finally {
    await sql.end();
  }
}
