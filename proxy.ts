import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/security-headers";

/** Whether every %-escape of the path decodes to UTF-8 (Next.js answers a bare 500 when a route parameter does not). */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Dynamic pages get a script policy with a fresh nonce, which Next.js puts on its own scripts (it reads the nonce
 * from the request's policy header); an injected script has none and does not run. Paths whose escapes do not
 * decode are refused here as a clear 400.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodablePath(pathname)) {
    return Response.json(
      { error: { code: "INVALID", message: "The address is not valid: its %-escapes do not decode to UTF-8 text." } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const policy = contentSecurityPolicy(Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64"));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages rendered per request; not the API, static files, or the pages prerendered for everyone (the public
    // reading page, sign-out), whose cached HTML cannot carry a per-request nonce.
    "/((?!api/|_next/|favicon\\.ico$|signout$|documents/[^/]+$).*)",
    // Any path with an escape, to refuse the malformed ones (also under /api/).
    "/(.*%.*)",
  ],
};
