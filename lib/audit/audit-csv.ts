import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/exports/formats/csv";
import type { AuditRow } from "./audit-log";

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The audit log as CSV, one event per row; cells that a spreadsheet would run as formulas are neutralised. */
export function auditCsv(rows: AuditRow[]): string {
  const header = ["time (UTC)", "user", "user e-mail", "action", "entity", "entity id", "document", "before", "after"];
  const body = rows.map((r) =>
    [
      r.createdAt.toISOString(),
      r.actor?.name ?? "",
      r.actor?.email ?? "",
      r.action,
      r.entityType,
      r.entityId,
      r.document?.slug ?? "",
      json(r.before),
      json(r.after),
    ].map(neutraliseFormula),
  );
  return stringify([header, ...body], { bom: true });
}
