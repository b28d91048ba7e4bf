// The production server: Next.js's request handler behind the front page cache. `npm start` and `npm run demo` run it
// through lib/cli/serve.ts; the e2e suite and the benchmark start it the same way (the benchmark through its own
// entry, which adds a route in front).
import http from "node:http";
import next from "next";
import { keepForFrontCache, serveFromFrontCache } from "@/lib/cache/front-page-cache";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

/**
 * Prepares the production build in the working directory (this is when instrumentation.ts runs its start checks)
 * and returns a server that answers what it can from the front page cache and hands the rest to Next.js. `before`
 * may answer a request first (returning true).
 */
export async function createProductionServer(port: number, before?: Handler): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    if (before?.(request, response) || serveFromFrontCache(request, response)) return;
    keepForFrontCache(request, response);
    void handle(request, response);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
  return server;
}
