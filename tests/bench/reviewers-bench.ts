import { richText } from "../support/rich-text";
import { percentile } from "./load";
import { BASE, type Fixtures } from "./server";

const CERTAINTIES = ["HIGH", "MODERATE", "LOW", "VERY_LOW"] as const;
type Review = { version: number; certainty: string | null; rationale: unknown; reviewer: { name: string } };

// The review form saves 1.2 s after the last change (components/review/grade-form.tsx): someone typing steadily
// saves about that often. Each simulated reviewer waits that long, ±50 %, between saves.
const AUTOSAVE_MS = 1200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every reviewer account saves its own review of a seed claim again and again, all at once, through the REST API
 * (the path the autosave takes): paced like the autosave, or as a burst with no pause (the server's throughput). A lost update is a save that was acknowledged but is not what the database holds
 * afterwards: each reviewer's last acknowledged version and content must be what the API then returns.
 */
export async function benchReviewers(fixtures: Fixtures, quick: boolean, paced: boolean) {
  const claims = (
    (await (
      await fetch(`${BASE}/api/v1/documents/${fixtures.seed.id}/claims`, {
        headers: { authorization: `Bearer ${fixtures.editorToken}` },
      })
    ).json()) as { items: { id: string }[] }
  ).items;
  const saves = quick ? 3 : paced ? 15 : 20;
  const latencies: number[] = [];
  let failures = 0;

  const reviewer = async (token: string, index: number): Promise<number> => {
    const claimId = claims[index % Math.min(5, claims.length)]!.id;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const mine = async () =>
      (
        (await (await fetch(`${BASE}/api/v1/claims/${claimId}/reviews`, { headers })).json()) as { items: Review[] }
      ).items.find((r) => r.reviewer.name === `Load Reviewer ${index}`);
    const existing = await mine();
    let acknowledged: { version: number; text: string; certainty: string } | null = null;
    let version = existing?.version ?? 0;
    if (paced) await sleep(Math.random() * AUTOSAVE_MS);
    for (let save = 0; save < saves; save++) {
      if (paced && save > 0) await sleep(AUTOSAVE_MS * (0.5 + Math.random()));
      const text = `Load reviewer ${index}, save ${save}`;
      const certainty = CERTAINTIES[(index + save) % CERTAINTIES.length]!;
      const started = performance.now();
      const response: Response = await fetch(`${BASE}/api/v1/claims/${claimId}/review`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ version, certainty, rationale: richText(text) }),
      });
      latencies.push(performance.now() - started);
      if (!response.ok) {
        failures++;
        await response.arrayBuffer();
        continue;
      }
      version = ((await response.json()) as Review).version;
      acknowledged = { version, text, certainty };
    }
    const stored = await mine();
    const lost =
      acknowledged &&
      (!stored ||
        stored.version !== acknowledged.version ||
        stored.certainty !== acknowledged.certainty ||
        !JSON.stringify(stored.rationale).includes(acknowledged.text));
    return lost ? 1 : 0;
  };

  const started = performance.now();
  const lost = (await Promise.all(fixtures.reviewerTokens.map(reviewer))).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - started) / 1000;
  return {
    paced,
    reviewers: fixtures.reviewerTokens.length,
    savesEach: saves,
    saves: latencies.length,
    savesPerSec: Math.round(latencies.length / seconds),
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    failedSaves: failures,
    lostUpdates: lost,
  };
}
