type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address for rate limiting. The rightmost X-Forwarded-For entry is the one our own server or nearest
 * proxy appended, so a client cannot choose it by sending the header itself.
 */
export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || header(headers, "x-real-ip")?.trim() || "unknown";
}
