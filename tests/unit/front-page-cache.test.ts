// The front page cache on a real node:http server, with a stand-in for Next.js's handler that answers as Next does
// for a cached page (its headers, gzip when asked) and counts the requests that reach it. The real server and Next
// are exercised by the e2e suite (tests/e2e/live-updates.spec.ts: a change reaches a second server's cached page).
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  dropFrontPages,
  FRONT_CACHE_HEADER,
  keepForFrontCache,
  serveFromFrontCache,
} from "@/lib/cache/front-page-cache";

let reached = 0;
let version = 1;
/** What the stand-in answers next, beyond Next's usual cached page. */
let answer: { status?: number; nextCache?: string; cookie?: boolean; hold?: Promise<void> } = {};
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (serveFromFrontCache(request, response)) return;
    keepForFrontCache(request, response);
    reached++;
    const { status = 200, nextCache = "HIT", cookie = false, hold } = answer;
    const body = `<html>page version ${version}</html>`;
    void (hold ?? Promise.resolve()).then(() => {
      response.statusCode = status;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("cache-control", "s-maxage=300, stale-while-revalidate=31535700");
      response.setHeader("x-nextjs-cache", nextCache);
      response.setHeader("etag", `"v${version}"`);
      if (cookie) response.setHeader("set-cookie", "a=b");
      if (/gzip/.test(request.headers["accept-encoding"] ?? "")) {
        response.setHeader("content-encoding", "gzip");
        response.write(zlib.gzipSync(body).subarray(0, 10));
        response.end(zlib.gzipSync(body).subarray(10));
      } else {
        response.write(body.slice(0, 6));
        response.end(body.slice(6));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  dropFrontPages();
  answer = {};
  reached = 0;
});

/** A plain GET with node:http (fetch would add its own Accept-Encoding); `headers` as given. */
function get(path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject)
      .end();
  });
}

const PAGE = "/documents/a-reading-page";

describe("front page cache", () => {
  it("answers a fresh cached page from memory, byte for byte, with Next's headers; HEAD and a matching ETag too", async () => {
    const first = await get(PAGE);
    const second = await get(PAGE);
    expect(reached).toBe(1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).toBe(`<html>page version ${version}</html>`);
    expect(second.headers[FRONT_CACHE_HEADER]).toBe("HIT");
    expect(first.headers[FRONT_CACHE_HEADER]).toBeUndefined();
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.headers["content-length"]).toBe(String(first.body.length));
    const head = await get(PAGE, {}, "HEAD");
    expect([head.status, head.body.length, head.headers["content-length"]]).toEqual([
      200,
      0,
      String(first.body.length),
    ]);
    const conditional = await get(PAGE, { "if-none-match": `"v${version}"` });
    expect([conditional.status, conditional.body.length]).toEqual([304, 0]);
    expect(reached).toBe(1);
  });

  it("keeps each encoding apart and hands weighted Accept-Encoding headers to Next", async () => {
    const gzip = await get(PAGE, { "accept-encoding": "gzip, deflate, br" });
    const again = await get(PAGE, { "accept-encoding": "gzip, deflate, br" });
    expect(zlib.gunzipSync(again.body).toString()).toBe(zlib.gunzipSync(gzip.body).toString());
    expect(again.headers["content-encoding"]).toBe("gzip");
    const plain = await get(PAGE);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toContain("page version");
    expect(reached).toBe(2);
    await get(PAGE, { "accept-encoding": "gzip;q=0, identity" });
    expect(reached).toBe(3);
  });

  it("never keeps a stale, failed or cookie-setting answer, nor other paths, queries or router requests", async () => {
    const cases: [string, http.OutgoingHttpHeaders, typeof answer][] = [
      [PAGE, {}, { nextCache: "STALE" }],
      [PAGE, {}, { status: 404 }],
      [PAGE, {}, { cookie: true }],
      [`${PAGE}?x=1`, {}, {}],
      ["/documents/a/review", {}, {}],
      [PAGE, { rsc: "1" }, {}],
      [PAGE, { "next-router-prefetch": "1" }, {}],
    ];
    for (const [path, headers, given] of cases) {
      answer = given;
      reached = 0;
      await get(path, headers);
      await get(path, headers);
      expect(reached, JSON.stringify({ path, headers, given })).toBe(2);
    }
  });

  it("does not keep an answer that began before the pages were dropped (it may show the page before the change)", async () => {
    let release = () => {};
    answer = { hold: new Promise<void>((resolve) => (release = resolve)) };
    const inFlight = get(PAGE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The change lands and the pages are dropped while the old page is still being sent.
    version++;
    dropFrontPages();
    release();
    expect((await inFlight).body.toString()).toBe(`<html>page version ${version - 1}</html>`);
    answer = {};
    const after = await get(PAGE);
    expect(after.headers[FRONT_CACHE_HEADER]).toBeUndefined();
    expect(reached).toBe(2);
    expect((await get(PAGE)).headers[FRONT_CACHE_HEADER]).toBe("HIT");
  });
});
