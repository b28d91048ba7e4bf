// `npx tsx --conditions=react-server tests/bench/cold-export.ts [--claims N] [--database NAME] [formats…]`: the cold
// export of the benchmark's large document, each format in a fresh node process (no citeproc cache, no rendered memo,
// fonts not yet parsed: what the first reader of a changed document waits), from the query to the finished file.
// The document is built once on its
// own database (dropped afterwards unless `--database` names one to keep and reuse). `--cpu-prof` profiles each
// child into bench-results/cold-export/. Figures are wall and CPU milliseconds; compare with `uptime`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { databaseUrl, dropDatabase } from "../support/postgres";

const LARGE_TITLE = "A large review of stem cell therapies for depression";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};

if (args[0] === "--child") {
  // One format, cold, in this fresh process.
  const format = args[1]!;
  const { db } = await import("@/lib/db/client");
  const { exportDocument } = await import("@/lib/exports/export-document");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "bench-editor@example.org" } });
  const large = await db.document.findFirstOrThrow({ where: { title: LARGE_TITLE } });
  const actor = { id: editor.id, role: editor.role };
  const cpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  const [wall, cpu] = [performance.now(), cpuMs()];
  const file = await exportDocument(actor, { documentId: large.id, format }, { baseUrl: "http://localhost" });
  const figures = { format, ms: Math.round(performance.now() - wall), cpuMs: Math.round(cpuMs() - cpu) };
  const bytes = typeof file.body === "string" ? Buffer.byteLength(file.body) : file.body.byteLength;
  await db.$disconnect();
  console.log(JSON.stringify({ ...figures, kb: Math.round(bytes / 1024) }));
  process.exit(0);
}

const claims = Number(option("--claims") ?? 2000);
const kept = option("--database");
const profile = args.includes("--cpu-prof");
const formats = args.filter((a) => !a.startsWith("--"));
const name = kept ?? `claimwise_coldexport_${process.pid}`;
const url = databaseUrl(name);
const exists = kept
  ? execFileSync("psql", [databaseUrl("postgres"), "-tAc", `SELECT 1 FROM pg_database WHERE datname = '${name}'`])
      .toString()
      .trim() === "1"
  : false;
if (!exists) {
  const { prepareDemoDatabase } = await import("../support/app-server");
  await prepareDemoDatabase(name);
  const { buildLargeDocument } = await import("./large-document");
  const { db } = await import("@/lib/db/client");
  await buildLargeDocument({ claims, commentsPerClaim: 10, reviewers: 5 });
  await db.$disconnect();
}
console.log(
  `load: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (1/5/15 min), ${os.availableParallelism()} CPUs`,
);
const profileDir = path.resolve("bench-results", "cold-export");
if (profile) fs.mkdirSync(profileDir, { recursive: true });
try {
  for (const format of formats.length ? formats : ALL_FORMATS) {
    // node itself, not the tsx CLI (which runs a second node that --cpu-prof would not reach).
    const node = ["--import", "tsx", "--conditions=react-server"];
    if (profile) node.push("--cpu-prof", `--cpu-prof-dir=${profileDir}`);
    const out = execFileSync(process.execPath, [...node, "tests/bench/cold-export.ts", "--child", format], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    console.log(out.toString().trim().split("\n").at(-1));
  }
} finally {
  if (!kept) await dropDatabase(name);
}
