// The benchmark's server: the production build on a fresh Postgres database with the demo data, a large document
// and `BENCH_REVIEWERS` reviewer accounts with API tokens; what the benchmark needs to know goes to
// `$CLAIMWISE_BENCH_DIR/fixtures.json`. The same directory feeds the in-memory ceiling route (tests/bench/next-server.ts).
import fs from "node:fs";
import path from "node:path";
import { prepareDemoDatabase, startProductionServer } from "../support/app-server";
import { buildLargeDocument } from "./large-document";

const name = process.env.BENCH_DATABASE!;
const dir = process.env.CLAIMWISE_BENCH_DIR!;
const quick = process.env.BENCH_QUICK === "1";
await prepareDemoDatabase(name);
const { db } = await import("@/lib/db/client");
const { createApiToken } = await import("@/lib/tokens/create-token");
const { DEMO_PASSWORD, SEED_SOURCE_URL } = await import("@/lib/db/seed-demo");
const { createUser } = await import("@/lib/users/create-user");

const large = await buildLargeDocument(
  quick ? { claims: 200, commentsPerClaim: 10, reviewers: 5 } : { claims: 2000, commentsPerClaim: 10, reviewers: 5 },
);
const seed = await db.document.findFirstOrThrow({
  where: { sourceUrl: SEED_SOURCE_URL },
  select: { id: true, slug: true },
});
const token = async (email: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await createApiToken("system", { userId: user.id, name: "bench" })).secret;
};
// Reviewer accounts that sign in like people do (the grade form's server action needs a session cookie).
const reviewers = Array.from({ length: Number(process.env.BENCH_REVIEWERS ?? 17) }, (_, i) => ({
  email: `load-reviewer-${i}@example.org`,
  name: `Load Reviewer ${i}`,
}));
for (const reviewer of reviewers) {
  await createUser("system", { ...reviewer, role: "REVIEWER", password: DEMO_PASSWORD });
}
const fixtures = {
  seed,
  large,
  editorToken: await token("editor@demo.test"),
  reviewers: await Promise.all(reviewers.map(async (r) => ({ ...r, token: await token(r.email) }))),
};
await db.$disconnect();
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "fixtures.json"), JSON.stringify(fixtures));

startProductionServer(name, process.env.PORT ?? "3200", { NODE_ENV: "production" }, [
  path.join("node_modules", ".bin", "tsx"),
  ["tests/bench/next-server.ts"],
]);
