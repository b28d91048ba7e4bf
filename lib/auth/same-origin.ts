import "server-only";

/** This site's origin: `NEXTAUTH_URL` when set (the public URL), else the host the request was sent to. */
function ownOrigin(request: Request): string | null {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = request.headers.get("host");
  return host ? `${new URL(request.url).protocol}//${host}` : null;
}

/**
 * Whether a request was sent by a page of this very origin. A browser sends `Origin` with every POST, PUT, PATCH and
 * DELETE (also in `no-cors` mode and for forms) and `Sec-Fetch-Site`; a page on another port or subdomain is the
 * same *site* but another origin, so neither `SameSite` cookies nor `same-site` count. No header at all is not proof.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === ownOrigin(request);
  return request.headers.get("sec-fetch-site") === "same-origin";
}
