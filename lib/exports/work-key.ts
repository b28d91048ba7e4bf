import type { AnnotatedClaim } from "./annotated-document";

/**
 * Which work a citation cites, so a work cited by several claims is listed once in a reference list: its identifier,
 * else its title (two citations of one work added by hand share no identifier).
 */
export const workKey = (c: AnnotatedClaim["citations"][number]) =>
  c.identifier ? `${c.identifierType}:${c.identifier}` : (c.csl.title ?? c.id).toLowerCase();
