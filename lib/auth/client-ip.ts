/** Set on every request by the server itself (lib/peer-address.ts) to the TCP peer's address; clients cannot set it. */
export const PEER_HEADER = "x-claimwise-peer";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * How many proxies in front of the app append to X-Forwarded-For (`TRUSTED_PROXIES`, default 0). With none, the
 * header is whatever the client wrote and is ignored.
 */
export function trustedProxyHops(value = process.env.TRUSTED_PROXIES): number {
  const hops = Number(value || 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address for rate limiting: the TCP peer, or, behind `TRUSTED_PROXIES` proxies, the X-Forwarded-For
 * entry the outermost of them appended (the entries left of it are the client's own claims).
 */
export function clientIp(headers: HeaderBag, hops = trustedProxyHops()): string {
  const peer = header(headers, PEER_HEADER)?.trim() || "unknown";
  if (hops === 0) return peer;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.at(-hops) ?? forwarded[0] ?? peer;
}
