import { type Action, can } from "./policy";
import type { Actor } from "./roles";

/**
 * Where each role's work is, derived from the policy table: a link shows when the actor may do what its page is for.
 * Plain data, used by the header (in the browser, from the session) and by the pages themselves.
 */
export interface NavLink {
  href: string;
  label: string;
  /** The pages of this link's section (for `aria-current`). */
  section: RegExp;
}

const SITE: (NavLink & { action: Action })[] = [
  { href: "/", label: "Read", action: "documents.read", section: /^\/($|documents\/|search)/ },
  { href: "/review", label: "Review", action: "reviews.write", section: /^\/(review$|documents\/[^/]+\/review)/ },
  {
    href: "/editor",
    label: "Editorial",
    action: "assignments.manage",
    section: /^\/(editor$|documents\/new$|documents\/[^/]+\/(claims|decide|manage))/,
  },
  { href: "/admin/users", label: "Admin", action: "users.manage", section: /^\/admin(\/|$)/ },
];

/** The account menu's shortcuts to the workspaces (the README promises the dashboard there). */
const ACCOUNT: (Omit<NavLink, "section"> & { action: Action })[] = [
  { href: "/review", label: "Your review assignments", action: "reviews.write" },
  { href: "/editor", label: "Editorial dashboard", action: "assignments.manage" },
  { href: "/admin/users", label: "Users and invitations", action: "users.manage" },
  { href: "/admin/audit", label: "Audit log", action: "audit.read" },
];

/** A document's workspaces, in the order of its life: read, review, edit claims, decide, manage (revisions, archive). */
const DOCUMENT: { path: string; label: string; action: Action }[] = [
  { path: "", label: "Read", action: "documents.read" },
  { path: "/review", label: "Review claims", action: "reviews.write" },
  { path: "/claims", label: "Edit claims", action: "claims.edit" },
  { path: "/decide", label: "Decide", action: "decisions.write" },
  { path: "/manage", label: "Manage document", action: "documents.archive" },
];

export const siteLinks = (actor: Actor): NavLink[] =>
  SITE.filter((link) => can(actor, link.action)).map(({ action: _, ...link }) => link);

export const accountLinks = (actor: Actor) =>
  ACCOUNT.filter((link) => can(actor, link.action)).map(({ action: _, ...link }) => link);

export const documentLinks = (actor: Actor, slug: string) =>
  DOCUMENT.filter((link) => can(actor, link.action)).map(({ path, label }) => ({
    href: `/documents/${slug}${path}`,
    label,
  }));

/** The one link whose section `pathname` is in: the most specific (a document's review page is Review, not Read). */
export function currentLink(pathname: string, links: NavLink[]): NavLink | undefined {
  return links.findLast((link) => link.section.test(pathname));
}
