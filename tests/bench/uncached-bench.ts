import { signInCookie } from "../support/sign-in-cookie";
import { percentile } from "./load";
import { BASE, type Fixtures } from "./server";

/**
 * The members' reading page (rendered on every request, never cached) of the large document against the seed's,
 * one request at a time, alternating.
 */
export async function benchUncached(fixtures: Fixtures, quick: boolean) {
  const cookie = await signInCookie(BASE, "editor@demo.test", "demo-password");
  const time = async (slug: string) => {
    const started = performance.now();
    const response = await fetch(`${BASE}/documents/${slug}/private`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`/documents/${slug}/private answered ${response.status}`);
    return { ms: performance.now() - started, bytes };
  };
  await time(fixtures.seed.slug);
  await time(fixtures.large.slug);
  const seed: number[] = [];
  const large: number[] = [];
  let seedBytes = 0;
  let largeBytes = 0;
  for (let i = 0; i < (quick ? 2 : 10); i++) {
    const s = await time(fixtures.seed.slug);
    seed.push(s.ms);
    seedBytes = s.bytes;
    const l = await time(fixtures.large.slug);
    large.push(l.ms);
    largeBytes = l.bytes;
  }
  const seedMs = Math.round(percentile(seed, 50));
  const largeMs = Math.round(percentile(large, 50));
  return {
    large: fixtures.large,
    seedP50Ms: seedMs,
    largeP50Ms: largeMs,
    seedHtmlKb: Math.round(seedBytes / 1024),
    largeHtmlKb: Math.round(largeBytes / 1024),
    ratio: Number((largeMs / Math.max(1, seedMs)).toFixed(2)),
    bytesRatio: Number((largeBytes / Math.max(1, seedBytes)).toFixed(2)),
  };
}
