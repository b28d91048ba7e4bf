// `npm run demo`: build, migrate, seed the demo and serve, on the embedded database unless DATABASE_URL is set.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseConfig, describeDatabase } from "@/lib/db/config";

const port = process.env.PORT || "3000";
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** A per-installation session secret, kept beside the embedded database so sessions survive restarts. */
function demoSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const dir = process.env.CLAIMWISE_DATA_DIR || path.join(process.cwd(), ".data");
  const file = path.join(dir, "nextauth-secret");
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: demoSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

console.log(`Claimwise demo on ${describeDatabase(databaseConfig())}`);
if (!process.env.CLAIMWISE_SKIP_BUILD) step("Building the app", bin("next"), ["build"], env);
const tsx = [bin("tsx"), "--conditions=react-server"];
step("Applying migrations", tsx[0]!, [...tsx.slice(1), "lib/cli/migrate.ts"], env);
step("Loading the demo accounts and documents", tsx[0]!, [...tsx.slice(1), "lib/cli/seed.ts", "--demo"], env);

console.log(`\n▶ Serving on http://localhost:${port} (sign in as reviewer@demo.test / demo-password)\n`);
const server = spawn(bin("tsx"), ["lib/cli/serve.ts"], { stdio: "inherit", env: { ...env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
