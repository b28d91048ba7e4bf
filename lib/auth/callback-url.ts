const PLACEHOLDER_ORIGIN = "http://claimwise.invalid";

/**
 * Where to go after signing in: only a path on this site. Anything else (other origins, protocol-relative `//host`,
 * backslash tricks, `javascript:`) falls back to the home page. `siteOrigin` lets absolute URLs of this very site
 * through (next-auth produces those), reduced to their path.
 */
export function safeCallbackUrl(raw: string | null | undefined, siteOrigin?: string, fallback = "/"): string {
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw.trim(), PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN && url.origin !== siteOrigin) return fallback;
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return fallback;
  if (path.startsWith("/signin") || path.startsWith("/signout") || path.startsWith("/api/auth")) return fallback;
  return path;
}
