// The `--scale` benchmark's server: the generated installation (tests/bench/scale-data.ts) in its own Postgres
// database, then the production build on it. The database is kept between runs when `SCALE_KEEP` is set and reused
// when it already holds the installation of this size (loading a million claims takes minutes).
// What the benchmark needs goes to `$CLAIMWISE_BENCH_DIR/fixtures.json`.
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { prepareDemoDatabase, startProductionServer } from "../support/app-server";
import { ADMIN_URL, databaseUrl } from "../support/postgres";
import { ids, loadScale, scaleSize } from "./scale-data";

const name = process.env.SCALE_DATABASE!;
const dir = process.env.CLAIMWISE_BENCH_DIR!;
const size = scaleSize(Number(process.env.SCALE_FACTOR));
const REVIEWERS = 50;
const url = databaseUrl(name);

async function loadedSize(): Promise<number | null> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!exists) return null;
  } finally {
    await admin.end();
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE "documentId" LIKE 'sdoc%'`;
    return row!.n;
  } catch {
    return null;
  } finally {
    await sql.end();
  }
}

let loadSeconds: number | null = null;
if ((await loadedSize()) === size.claims) {
  // A kept installation gets the migrations added since it was loaded (the app's queries expect them).
  const connection = openSqlConnection({ kind: "postgres", url });
  const { applied } = await migrate(connection.executor, await readMigrations());
  await connection.close();
  if (applied.length > 0) console.log(`scale: reused the installation, migrated: ${applied.join(", ")}`);
} else {
  const started = performance.now();
  await prepareDemoDatabase(name);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [editor] = await sql<{ id: string }[]>`SELECT id FROM "User" WHERE email = 'editor@demo.test'`;
    await loadScale(sql, size, editor!.id, REVIEWERS);
    await sql`VACUUM ANALYZE`;
  } finally {
    await sql.end();
  }
  loadSeconds = Math.round((performance.now() - started) / 1000);
  console.log(`scale: loaded ${size.claims.toLocaleString("en")} claims in ${loadSeconds} s`);
}

process.env.DATABASE_URL = url;
const { db } = await import("@/lib/db/client");
const { createApiToken } = await import("@/lib/tokens/create-token");
const token = async (userId: string) => (await createApiToken("system", { userId, name: "scale bench" })).secret;
const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.test" }, select: { id: true } });
const fixtures = {
  size,
  loadSeconds,
  editorToken: await token(editor.id),
  // Reviewer r is assigned to documents whose number d has (2d or 2d + 1) mod 50 = r: reviewer 0 to d = 0, 25, 50…
  reviewerToken: await token(ids.reviewer(0)),
};
await db.$disconnect();
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "fixtures.json"), JSON.stringify(fixtures));

startProductionServer(name, process.env.PORT ?? "3990");
