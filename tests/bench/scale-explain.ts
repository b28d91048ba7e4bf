// EXPLAIN (ANALYZE, BUFFERS) of the heaviest statements of the `--scale` benchmark, as the app runs them: the
// statements come from the domain modules themselves. Prints the plans as JSON on stdout.
import { dashboardQueries } from "@/lib/editorial/dashboard";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuery } from "@/lib/search/search";
import { COMMON_TERM } from "./scale-data";

const { db } = await import("@/lib/db/client");
const shown = await db.document.findMany({ select: { id: true }, orderBy: { updatedAt: "desc" }, take: 200 });
const dashboard = dashboardQueries(shown.map((d) => d.id));
const statements = {
  [`search, common term "${COMMON_TERM}" (anonymous)`]: searchQuery(COMMON_TERM, false),
  "dashboard: claims and decisions of the 200 documents shown": dashboard.counts,
  "dashboard: reviewers' progress on them": dashboard.progress,
};
const plans: Record<string, string> = {};
for (const [title, statement] of Object.entries(statements)) {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement}`,
  );
  plans[title] = rows.map((r) => r["QUERY PLAN"]).join("\n");
}
await db.$disconnect();
process.stdout.write(JSON.stringify(plans));
