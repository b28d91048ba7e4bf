import fs from "node:fs/promises";
import path from "node:path";

// The benchmark's framework ceiling (tests/bench): the reading page's HTML and the claims JSON served from memory
// by a route handler of this same app. It exists only when the benchmark's server sets CLAIMWISE_BENCH_DIR.
export const dynamic = "force-dynamic";

const FIXTURES = { "reading-page.html": "text/html; charset=utf-8", "claims.json": "application/json" } as const;
const loaded = new Map<string, Buffer>();

export async function GET(_request: Request, { params }: { params: Promise<{ fixture: string }> }) {
  const dir = process.env.CLAIMWISE_BENCH_DIR;
  const { fixture } = await params;
  if (!dir || !Object.hasOwn(FIXTURES, fixture)) return new Response("Not found", { status: 404 });
  let body = loaded.get(fixture);
  if (!body) {
    body = await fs.readFile(path.join(dir, fixture));
    loaded.set(fixture, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": FIXTURES[fixture as keyof typeof FIXTURES] },
  });
}
