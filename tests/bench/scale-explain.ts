// EXPLAIN (ANALYZE, BUFFERS) of the heaviest statements of the `--scale` benchmark, as the app runs them: the
// statements come from the domain modules themselves. Prints the plans as JSON on stdout.
import { DASHBOARD_PAGE_SIZE, dashboardQueries, WAITING_SHOWN, waitingQuery } from "@/lib/editorial/dashboard";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuery } from "@/lib/search/search";
import { COMMON_TERM } from "./scale-data";

const { db } = await import("@/lib/db/client");
// The dashboard's first page, as getDashboard reads it.
const shown = await db.document.findMany({
  where: { archivedAt: null },
  select: { id: true },
  orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  take: DASHBOARD_PAGE_SIZE,
});
const waiting = await db.$queryRaw<{ id: string }[]>(waitingQuery(WAITING_SHOWN + 1));
const dashboard = dashboardQueries(
  shown.map((d) => d.id),
  waiting.slice(0, WAITING_SHOWN).map((d) => d.id),
);
const statements = {
  [`search, common term "${COMMON_TERM}" (anonymous)`]: searchQuery(COMMON_TERM, false),
  [`dashboard: documents waiting for a decision (the first ${WAITING_SHOWN + 1})`]: waitingQuery(WAITING_SHOWN + 1),
  [`dashboard: claims and decisions of the ${DASHBOARD_PAGE_SIZE} documents shown`]: dashboard.counts,
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
