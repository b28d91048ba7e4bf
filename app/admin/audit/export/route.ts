import { apiHandler } from "@/lib/api/respond";
import { auditCsv } from "@/lib/audit/audit-csv";
import { exportAuditEvents } from "@/lib/audit/audit-log";
import { currentActor } from "@/lib/auth/session";

/** The audit log as CSV, the page's filter applied (admins; the session cookie, as the page's link sends it). */
export const GET = apiHandler(async (request) => {
  const { searchParams } = new URL(request.url);
  const rows = await exportAuditEvents(await currentActor(), Object.fromEntries(searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimwise-audit-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
