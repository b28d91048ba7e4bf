// The benchmark's app server: the production build through Next's own request handler, and `/__bench/<fixture>`:
// the same bytes as a page or API answer, served from memory by this same process (the ceiling a cached page is
// held to). The route lives here, not in app/, so the production app has no benchmark code in it.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";

const port = Number(process.env.PORT);
const dir = process.env.CLAIMWISE_BENCH_DIR!;
const FIXTURES: Record<string, string> = {
  "reading-page.html": "text/html; charset=utf-8",
  "claims.json": "application/json",
};
const loaded = new Map<string, Buffer>();

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    const fixture = request.url?.match(/^\/__bench\/([\w.-]+)$/)?.[1];
    if (!fixture || !Object.hasOwn(FIXTURES, fixture)) {
      void handle(request, response);
      return;
    }
    // Read once, on first use: the benchmark writes the fixture after this server has started.
    let body = loaded.get(fixture);
    if (!body) {
      body = fs.readFileSync(path.join(dir, fixture));
      loaded.set(fixture, body);
    }
    response.writeHead(200, { "content-type": FIXTURES[fixture]!, "content-length": body.length });
    response.end(body);
  })
  .listen(port, "localhost");
