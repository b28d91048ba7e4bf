import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createUser } from "@/lib/users/create-user";
import { runCli } from "./run";

const USAGE = `Usage: npm run user:create -- --email EMAIL --role ADMIN|EDITOR|REVIEWER|READER [--name NAME] [--password-stdin]
  Prompts for a password on a terminal; otherwise (or when the answer is empty) generates one and prints it once.
  --password-stdin  read the password from the first line of standard input (for scripts)`;

async function readPassword(fromStdin: boolean): Promise<string | null> {
  if (!fromStdin && !process.stdin.isTTY) return null;
  const rl = createInterface({ input: process.stdin, output: fromStdin ? undefined : process.stdout, terminal: false });
  try {
    if (!fromStdin) process.stdout.write("Password (empty to generate one): ");
    for await (const line of rl) return line.trim() || null;
    return null;
  } finally {
    rl.close();
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  if (!values.email || !values.role) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const typed = await readPassword(values["password-stdin"] ?? false);
  const password = typed ?? randomBytes(18).toString("base64url");
  const user = await createUser("system", {
    email: values.email,
    role: values.role.toUpperCase(),
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  console.log(`created ${user.role.toLowerCase()} ${user.email} (id ${user.id})`);
  if (!typed) console.log(`generated password (shown once): ${password}`);
});
