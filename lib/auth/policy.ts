import { forbidden, unauthenticated } from "@/lib/errors/app-error";
import type { Actor, Role } from "./roles";

/**
 * The one policy table (DESIGN.md rule 2): for each action, which roles may do it, on anything ("any") or only on
 * what they own ("own"). Anonymous visitors appear as ANONYMOUS. Visibility of rows (published, public, assigned)
 * is applied in each domain function's Prisma `where`; this table says who may attempt the action at all.
 */
export type Principal = Role | "ANONYMOUS";
export type Scope = "any" | "own";

const EVERYONE = { ANONYMOUS: "any", READER: "any", REVIEWER: "any", EDITOR: "any", ADMIN: "any" } as const;
const MEMBERS = { READER: "any", REVIEWER: "any", EDITOR: "any", ADMIN: "any" } as const;
const CONTRIBUTORS = { REVIEWER: "own", EDITOR: "own", ADMIN: "own" } as const;
const EDITORS = { EDITOR: "any", ADMIN: "any" } as const;
const OWN_ACCOUNT = { READER: "own", REVIEWER: "own", EDITOR: "own", ADMIN: "own" } as const;

export const POLICY = {
  "documents.read": EVERYONE,
  /** Drafts and documents in review: editors, and reviewers assigned to the document. */
  "documents.readUnpublished": { REVIEWER: "own", EDITOR: "any", ADMIN: "any" },
  "documents.import": EDITORS,
  "documents.update": EDITORS,
  "documents.publish": EDITORS,
  /** Archive (hide from everyone but editors, restorable) and restore. */
  "documents.archive": EDITORS,
  /** Delete for good, once a backup is written (lib/documents/delete-document.ts). */
  "documents.delete": EDITORS,
  "claims.tag": EDITORS,
  "claims.edit": EDITORS,
  "reviews.write": CONTRIBUTORS,
  /** Every reviewer's submitted grades at any time; others see them only as `othersGradesVisible` says. */
  "reviews.readAll": EDITORS,
  "citations.write": CONTRIBUTORS,
  "citations.moderate": EDITORS,
  "comments.write": CONTRIBUTORS,
  "comments.moderate": EDITORS,
  "decisions.write": EDITORS,
  "assignments.manage": EDITORS,
  "history.read": EDITORS,
  "exports.read": EVERYONE,
  "exports.run": EDITORS,
  "tokens.manage": { READER: "own", REVIEWER: "own", EDITOR: "own", ADMIN: "any" },
  "users.manage": { ADMIN: "any" },
  /** Holding an invitation's one-time link is what grants the account; the link itself is checked. */
  "invitations.accept": EVERYONE,
  "audit.read": { ADMIN: "any" },
  "account.read": MEMBERS,
  /** Showing others that one has a claim open (and seeing theirs): the people who work on claims. */
  "presence.write": { REVIEWER: "any", EDITOR: "any", ADMIN: "any" },
  /** One's own inbox: the queries read and change only the caller's rows. */
  "notifications.read": OWN_ACCOUNT,
  "notifications.update": OWN_ACCOUNT,
  /** "My work": documents assigned to the caller, and for editors what waits for them. */
  "work.read": { REVIEWER: "own", EDITOR: "any", ADMIN: "any" },
  /** Change one's own password (a reset by e-mailed link needs no session: the link is the proof). */
  "account.update": MEMBERS,
} as const satisfies Record<string, Partial<Record<Principal, Scope>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export function principalOf(actor: Actor): Principal {
  return actor ? actor.role : "ANONYMOUS";
}

/** The scope the actor has for the action, or null when the table denies it. */
export function scopeFor(actor: Actor, action: Action): Scope | null {
  const rules: Partial<Record<Principal, Scope>> = POLICY[action];
  return rules[principalOf(actor)] ?? null;
}

/** Whether the actor may perform the action; pass `ownerId` when the target belongs to someone. */
export function can(actor: Actor, action: Action, ownerId?: string | null): boolean {
  const scope = scopeFor(actor, action);
  if (scope === "any") return true;
  if (scope === "own") return ownerId === undefined || (actor !== null && ownerId === actor.id);
  return false;
}

/**
 * What of a reviewer's work readers see, and when (DESIGN.md "Decision"; README "Reading"): nothing of a reviewer's
 * (grade, domains, tier opinion, rationale, the summary of grades, whether reviewers disagree) is public until the
 * editor's decision on that claim is published, that is until the claim has a decision AND its document is
 * PUBLISHED. Until then readers see the editor's decision, if any, and the citations. A single reviewer's grade never
 * stands in for the decided certainty. Applied by the one critique builder (lib/critique/critique.ts) that the
 * reading page and every export use.
 */
export function reviewerWorkIsPublic(claim: { decided: boolean; documentPublished: boolean }): boolean {
  return claim.decided && claim.documentPublished;
}

/**
 * Independent grading (issue 15; DESIGN.md "Decision"): while a document is not yet published (in review, or a
 * draft), another reviewer's grade, domains, tier opinion and rationale on a claim are hidden from a reviewer until
 * they have submitted their own review of that claim, so agreement (Krippendorff's alpha) measures independent
 * judgements, not copying. Editors and admins see every submitted review; comments stay shared. The same rule is
 * written as a Prisma `where` in lib/reviews/visible-reviews.ts, which every query returning reviews uses.
 */
export function othersGradesVisible(actor: Actor, claim: { documentPublished: boolean; ownSubmitted: boolean }) {
  return can(actor, "reviews.readAll") || claim.documentPublished || (actor !== null && claim.ownSubmitted);
}

/** Throws UNAUTHENTICATED (anonymous) or FORBIDDEN (signed in) unless `can` allows it. */
export function authorize(actor: Actor, action: Action, ownerId?: string | null): void {
  if (can(actor, action, ownerId)) return;
  throw actor ? forbidden() : unauthenticated();
}
