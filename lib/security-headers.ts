// Response headers for every page and route (next.config.ts) and the per-request script policy of dynamic pages
// (proxy.ts). No imports: next.config.ts loads this file before the app's module aliases exist.

const dev = process.env.NODE_ENV === "development";

/**
 * The Content-Security-Policy. With a nonce (dynamic pages, from proxy.ts), only scripts carrying it run, and what
 * they load ('strict-dynamic'). Without one (every response, set at build time), inline scripts are allowed: the
 * cached public reading page is rendered once for everyone, so it cannot carry a per-request nonce, and Next's
 * inline scripts hold each page's own data, so no fixed list of hashes fits them. Everything else is locked down
 * in both: no plugins, no <base>, no framing, forms and connections only to this site.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    // React's development build evaluates code to reconstruct server stacks; production never does.
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response; HSTS only when the site's public URL (NEXTAUTH_URL at build time) is https. */
export function securityHeaders(publicUrl = process.env.NEXTAUTH_URL): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(publicUrl?.startsWith("https://")
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
