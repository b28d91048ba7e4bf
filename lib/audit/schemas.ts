import { z } from "zod";
import { ACTIONS } from "@/lib/auth/policy";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-30.")
  .refine((value) => !Number.isNaN(Date.parse(value)), "That date does not exist.");
/** An empty form field means "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** The audit log's filter, from the page's query string or the CSV export's: all optional, dates inclusive (UTC). */
export const auditFilterSchema = z.object({
  user: optional(z.string().trim().toLowerCase().max(254)),
  document: optional(z.string().trim().max(200)),
  action: optional(z.enum(ACTIONS as [string, ...string[]], { message: "Choose an action from the list." })),
  from: optional(day),
  to: optional(day),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
