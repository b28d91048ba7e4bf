// No "server-only" import: the production server (lib/server/production-server.ts) loads this module outside Next's
// bundle, and the bundle's cache coherence loads it again. The two copies share one cache through `globalThis`.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * The public reading page, as Next.js answers it from its own page cache, kept in front of Next.js by the production
 * server. Next spends about 1 ms of CPU on each cached answer (routing, headers, an ETag over the body): ten times
 * what sending the same bytes costs. Only what Next itself serves to everyone is kept: a 200 for a plain GET of
 * `/documents/<slug>` (no query, no router or action headers) that Next marked fresh (`x-nextjs-cache` HIT or MISS,
 * never STALE), shared-cacheable (`s-maxage`) and setting no cookie. Entries live for the page's own `s-maxage`, and
 * cache coherence drops them all once Next has dropped its copy of a changed page (lib/cache/cache-coherence.ts).
 */
const PATH = /^\/documents\/[a-z0-9-]+$/;
/** Requests for something other than the whole page: the router's payloads, server actions, byte ranges. */
const NOT_THE_PAGE_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "range",
];
/** Headers that belong to one connection or one moment, never replayed. */
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const MAX_BYTES = 64 * 1024 * 1024;
/** Marks the answers the front cache gave. */
export const FRONT_CACHE_HEADER = "x-claimwise-front-cache";

interface Entry {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string | undefined;
  expires: number;
}

interface State {
  entries: Map<string, Entry>;
  bytes: number;
  /** Bumped by every drop: an answer that began before a drop is not kept (it may show the page before the change). */
  generation: number;
}

const KEY = Symbol.for("claimwise.frontPageCache");
const globalForCache = globalThis as unknown as { [KEY]?: State };
const state = (): State => (globalForCache[KEY] ??= { entries: new Map(), bytes: 0, generation: 0 });

/**
 * The encoding Next.js would choose for this request (its compression offers gzip, then deflate), or null when the
 * header weighs encodings (`q=`): such requests go to Next, which negotiates them itself.
 */
function encodingOf(accept: string | undefined): string | null {
  if (!accept) return "identity";
  if (accept.includes("q=")) return null;
  const offered = accept.split(",").map((e) => e.trim().toLowerCase());
  if (offered.includes("gzip") || offered.includes("*")) return "gzip";
  if (offered.includes("deflate")) return "deflate";
  return "identity";
}

/** The cache key of a request the front cache may answer, or null. */
function keyOf(request: IncomingMessage): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url || !PATH.test(request.url)) return null;
  if (NOT_THE_PAGE_HEADERS.some((h) => request.headers[h] !== undefined)) return null;
  const encoding = encodingOf(request.headers["accept-encoding"]);
  return encoding && `${encoding} ${request.url}`;
}

/** Answers the request from the cache when it can (true), with a 304 when the browser's copy is the one kept. */
export function serveFromFrontCache(request: IncomingMessage, response: ServerResponse): boolean {
  const key = keyOf(request);
  const entry = key && state().entries.get(key);
  if (!entry) return false;
  if (entry.expires <= Date.now()) {
    forget(key);
    return false;
  }
  if (entry.etag && request.headers["if-none-match"] === entry.etag) {
    response.writeHead(304, { etag: entry.etag, "cache-control": entry.headers["cache-control"] });
    response.end();
    return true;
  }
  response.writeHead(200, { ...entry.headers, "content-length": entry.body.length });
  response.end(request.method === "HEAD" ? undefined : entry.body);
  return true;
}

/** Keeps Next's answer to this request once it has been sent, if it is one the front cache may keep. */
export function keepForFrontCache(request: IncomingMessage, response: ServerResponse): void {
  const key = keyOf(request);
  if (!key || request.method !== "GET" || request.headers["if-none-match"] !== undefined) return;
  const started = state().generation;
  const chunks: Buffer[] = [];
  const { write, end } = response;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  response.once("finish", () => {
    const s = state();
    if (s.generation !== started) return;
    const maxAge = keepable(response, key.slice(0, key.indexOf(" ")));
    if (maxAge === null) return;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value;
    }
    // What Next would say of its own copy; and, for operators and tests, which cache answered.
    headers["x-nextjs-cache"] = "HIT";
    headers[FRONT_CACHE_HEADER] = "HIT";
    const body = Buffer.concat(chunks);
    forget(key);
    s.entries.set(key, {
      headers,
      body,
      etag: headers.etag as string | undefined,
      expires: Date.now() + maxAge * 1000,
    });
    s.bytes += body.length;
    // The oldest entries go first when the cache outgrows its bound.
    for (const oldest of s.entries.keys()) {
      if (s.bytes <= MAX_BYTES) break;
      forget(oldest);
    }
  });
}

/** The seconds Next lets shared caches keep this answer, or null when it must not be kept. */
function keepable(response: ServerResponse, encoding: string): number | null {
  if (response.statusCode !== 200 || response.hasHeader("set-cookie")) return null;
  const nextCache = response.getHeader("x-nextjs-cache");
  if (nextCache !== "HIT" && nextCache !== "MISS") return null;
  if ((response.getHeader("content-encoding") ?? "identity") !== encoding) return null;
  const maxAge = /(?:^|,)\s*s-maxage=(\d+)/.exec(String(response.getHeader("cache-control") ?? ""))?.[1];
  return maxAge ? Number(maxAge) : null;
}

function forget(key: string): void {
  const s = state();
  const entry = s.entries.get(key);
  if (!entry) return;
  s.entries.delete(key);
  s.bytes -= entry.body.length;
}

/** Drops every kept page; answers under way are not kept. Called once Next has dropped its own copies. */
export function dropFrontPages(): void {
  const s = state();
  s.generation++;
  s.entries.clear();
  s.bytes = 0;
}
