import "server-only";
import { productionSecretProblem } from "@/lib/auth/secret";
import { checkDatabase } from "@/lib/db/health";

/** Refuses to serve production without a real session secret; reports (but survives) an unreachable database. */
export async function checkServerStart(): Promise<void> {
  const problem = process.env.NODE_ENV === "production" ? productionSecretProblem(process.env.NEXTAUTH_SECRET) : null;
  if (problem) {
    console.error(
      `\nClaimwise will not start: ${problem}\nSet NEXTAUTH_SECRET to a random string of 32 or more characters, ` +
        "for example the output of `openssl rand -base64 32`.\n",
    );
    process.exit(1);
  }
  const health = await checkDatabase();
  // Keep serving: pages explain the outage and recover by themselves once the database is back.
  if (!health.ok) console.error(`\nClaimwise: ${health.message}\n`);
}
