import { type Action, can } from "./policy";
import type { Actor } from "./roles";

/** Plain-language names of what the policy table allows, for the account page. */
const DESCRIPTIONS: Partial<Record<Action, string>> = {
  "documents.read": "Read published documents and their critiques",
  "documents.readUnpublished": "Read documents still in review",
  "documents.import": "Import documents and new revisions",
  "claims.edit": "Edit claims and their evidence tiers",
  "reviews.write": "Grade claims (GRADE certainty and domains)",
  "citations.write": "Attach citations to claims",
  "comments.write": "Comment on claims",
  "decisions.write": "Record editorial decisions and publish",
  "assignments.manage": "Assign reviewers",
  "exports.run": "Export annotated versions in every format",
  "users.manage": "Manage users and roles",
  "audit.read": "Read the audit log of every change",
};

export function capabilities(actor: Actor): string[] {
  return (Object.entries(DESCRIPTIONS) as [Action, string][])
    .filter(([action]) => can(actor, action))
    .map(([, text]) => text);
}
