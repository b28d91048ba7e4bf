/** A URL slug from a title: lower-case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "document";
}

/**
 * The family a slug belongs to: the slug without its numeric suffixes ("trial-2-3" → "trial"). `uniqueSlug` picks
 * `base`, `base-2`, … so two titles can compete for the same slug only when their bases share a family: imports
 * lock the family, not the whole table.
 */
export function slugFamily(slug: string): string {
  return slug.replace(/(-\d+)+$/, "") || slug;
}
