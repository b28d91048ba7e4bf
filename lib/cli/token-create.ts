import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/create-token";
import { emailSchema } from "@/lib/users/email";
import { runCli } from "./run";

const USAGE = "Usage: npm run token:create -- --email EMAIL --name NAME [--days N]";

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, days: { type: "string" } },
  });
  if (!values.email || !values.name) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const email = emailSchema.parse(values.email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new Error(`No user with the email ${email}.`);
  const token = await createApiToken("system", {
    userId: user.id,
    name: values.name,
    expiresInDays: values.days ? Number(values.days) : undefined,
  });
  console.log(
    `token ${token.prefix}… for ${email}${token.expiresAt ? `, expires ${token.expiresAt.toISOString()}` : ""}`,
  );
  console.log(`secret (shown once): ${token.secret}`);
});
