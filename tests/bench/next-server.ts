// The benchmark's app server: the production server (lib/server/production-server.ts: Next.js behind the front page
// cache) and `/__bench/<fixture>`: the same bytes as a page or API answer, served from memory by this same process
// (the ceiling a cached page is held to). The route lives here, not in app/, so the production app has no benchmark
// code in it.
import fs from "node:fs";
import path from "node:path";
import { createProductionServer } from "@/lib/server/production-server";

const port = Number(process.env.PORT);
const dir = process.env.CLAIMWISE_BENCH_DIR!;
const FIXTURES: Record<string, string> = {
  "reading-page.html": "text/html; charset=utf-8",
  "claims.json": "application/json",
};
const loaded = new Map<string, Buffer>();

const server = await createProductionServer(port, (request, response) => {
  const fixture = request.url?.match(/^\/__bench\/([\w.-]+)$/)?.[1];
  if (!fixture || !Object.hasOwn(FIXTURES, fixture)) return false;
  // Read once, on first use: the benchmark writes the fixture after this server has started.
  let body = loaded.get(fixture);
  if (!body) {
    body = fs.readFileSync(path.join(dir, fixture));
    loaded.set(fixture, body);
  }
  response.writeHead(200, { "content-type": FIXTURES[fixture]!, "content-length": body.length });
  response.end(body);
  return true;
});
server.listen(port, "localhost");
