import type { NotificationType, Role } from "@/lib/generated/prisma/enums";

/**
 * Where a notification leads: the claim in context in the review workspace for the people who work on documents;
 * readers (who can be mentioned on a published document) and publications go to the reading page.
 */
export function notificationPath(
  n: { type: NotificationType; claimId: string | null; document: { slug: string } },
  role: Role,
): string {
  const slug = encodeURIComponent(n.document.slug);
  if (n.type === "PUBLICATION" || role === "READER") return `/documents/${slug}`;
  return `/documents/${slug}/review${n.claimId ? `?claim=${encodeURIComponent(n.claimId)}` : ""}`;
}

/** The site's public URL for links in e-mail: `APP_URL`, else `NEXTAUTH_URL`, else the local development server. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL?.trim() || env.NEXTAUTH_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}
