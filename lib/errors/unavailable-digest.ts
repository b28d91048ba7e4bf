/**
 * The digest a page's render throws when its database is out (see `loadCachedPageData`): Next hands an error's own
 * digest to the error page unchanged, so app/error.tsx can explain the outage instead of showing a generic error.
 * No "server-only": the error page is a client component.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "CLAIMWISE_DATABASE_UNAVAILABLE";
