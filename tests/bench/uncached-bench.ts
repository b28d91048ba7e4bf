import { DEMO_PASSWORD } from "../e2e/support/accounts";
import { signInCookie } from "../support/sign-in-cookie";
import { alternateRounds, percentile, ratioSpread, spread } from "./load";
import { BASE, type Fixtures } from "./server";

/**
 * The members' reading page (rendered on every request, never cached) of the large document against the seed's,
 * one request at a time, in alternating rounds.
 */
export async function benchUncached(fixtures: Fixtures, quick: boolean) {
  const cookie = await signInCookie(BASE, "editor@demo.test", DEMO_PASSWORD);
  const bytesOf: Record<string, number> = {};
  const time = async (slug: string) => {
    const started = performance.now();
    const response = await fetch(`${BASE}/documents/${slug}/private`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`/documents/${slug}/private answered ${response.status}`);
    bytesOf[slug] = bytes;
    return performance.now() - started;
  };
  const runs = await alternateRounds(["seed", "large"] as const, async (key, warmUp) => {
    const slug = fixtures[key].slug;
    const times: number[] = [];
    for (let i = 0; i < (warmUp || quick ? 1 : 3); i++) times.push(await time(slug));
    return Math.round(percentile(times, 50));
  });
  return {
    large: fixtures.large,
    seedP50Ms: spread(runs.seed),
    largeP50Ms: spread(runs.large),
    seedHtmlKb: Math.round(bytesOf[fixtures.seed.slug]! / 1024),
    largeHtmlKb: Math.round(bytesOf[fixtures.large.slug]! / 1024),
    ratio: ratioSpread(runs.large, runs.seed),
    bytesRatio: Number((bytesOf[fixtures.large.slug]! / bytesOf[fixtures.seed.slug]!).toFixed(2)),
  };
}
