/**
 * A URL an export may link to or print as one: http(s) and mailto only, parsed and re-serialised (so `>`, quotes
 * and spaces come out percent-encoded). Anything else, `javascript:` from a pasted reference included, is dropped.
 */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== "string" || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
