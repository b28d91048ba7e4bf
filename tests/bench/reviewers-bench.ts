import { DEMO_PASSWORD } from "../e2e/support/accounts";
import { richText } from "../support/rich-text";
import { actionId, postAction } from "../support/server-action";
import { signInCookie } from "../support/sign-in-cookie";
import { alternateRounds, percentile, spread } from "./load";
import { BASE, type Fixtures } from "./server";

const CERTAINTIES = ["HIGH", "MODERATE", "LOW", "VERY_LOW"] as const;
type Review = { version: number; certainty: string | null; rationale: unknown; reviewer: { name: string } };

// The review form saves 1.2 s after the last change (components/review/use-versioned-autosave.ts): someone typing
// steadily saves about that often. Each simulated tab waits that long, ±50 %, between saves.
const AUTOSAVE_MS = 1200;
/** Tabs each reviewer has open on their review: several writers per review row, so a lost update can happen. */
export const TABS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Signed-in reviewers, each on a seed claim, and the grade form's server action as the browser calls it. */
export async function reviewerSessions(fixtures: Fixtures) {
  const claims = (
    (await (
      await fetch(`${BASE}/api/v1/documents/${fixtures.seed.id}/claims`, {
        headers: { authorization: `Bearer ${fixtures.editorToken}` },
      })
    ).json()) as { items: { id: string }[] }
  ).items;
  const reviewers = [];
  for (const [i, reviewer] of fixtures.reviewers.entries()) {
    reviewers.push({
      ...reviewer,
      cookie: await signInCookie(BASE, reviewer.email, DEMO_PASSWORD),
      claimId: claims[i % Math.min(5, claims.length)]!.id,
    });
  }
  return {
    reviewers,
    url: `${BASE}/documents/${fixtures.seed.slug}/review`,
    action: actionId("saveReviewAction", "documents/[slug]/review"),
  };
}
export type ReviewerSessions = Awaited<ReturnType<typeof reviewerSessions>>;

/**
 * One round: every tab of every reviewer saves `saves` times through the grade form's server action (session cookie,
 * the path the browser takes), paced like the autosave or as a burst. A conflict is answered as the form does: the
 * tab takes the current version from the answer and saves on top. A lost update is a row whose stored state is not
 * its last acknowledged save, or a version acknowledged to two tabs (one overwrote the other unseen).
 */
export async function saveRound(sessions: ReviewerSessions, saves: number, paced: boolean, round: number) {
  const latencies: number[] = [];
  let failures = 0;
  let conflicts = 0;
  const stored = async (reviewer: ReviewerSessions["reviewers"][number]) =>
    (
      (await (
        await fetch(`${BASE}/api/v1/claims/${reviewer.claimId}/reviews`, {
          headers: { authorization: `Bearer ${reviewer.token}` },
        })
      ).json()) as { items: Review[] }
    ).items.find((r) => r.reviewer.name === reviewer.name);

  const row = async (reviewer: ReviewerSessions["reviewers"][number]): Promise<number> => {
    const acknowledged: { version: number; text: string; certainty: string }[] = [];
    const startVersion = (await stored(reviewer))?.version ?? 0;
    const tab = async (tab: number) => {
      let version = startVersion;
      if (paced) await sleep(Math.random() * AUTOSAVE_MS);
      for (let save = 0; save < saves; save++) {
        if (paced && save > 0) await sleep(AUTOSAVE_MS * (0.5 + Math.random()));
        const text = `${reviewer.name}, round ${round}, tab ${tab}, save ${save}`;
        const certainty = CERTAINTIES[(tab + save) % CERTAINTIES.length]!;
        const started = performance.now();
        const { result } = await postAction(sessions.url, sessions.action, reviewer.cookie, {
          claimId: reviewer.claimId,
          version,
          certainty,
          rationale: richText(text),
        });
        latencies.push(performance.now() - started);
        if (result?.ok) {
          version = (result.data as Review).version;
          acknowledged.push({ version, text, certainty });
        } else if (result?.code === "CONFLICT") {
          conflicts++;
          version = (result.details as { current?: Review | null } | undefined)?.current?.version ?? 0;
        } else failures++;
      }
    };
    await Promise.all(Array.from({ length: TABS }, (_, t) => tab(t)));
    if (acknowledged.length === 0) return 0;
    const last = acknowledged.reduce((a, b) => (b.version > a.version ? b : a));
    const now = await stored(reviewer);
    const twice = new Set(acknowledged.map((a) => a.version)).size !== acknowledged.length;
    const lost =
      twice ||
      !now ||
      now.version !== last.version ||
      now.certainty !== last.certainty ||
      !JSON.stringify(now.rationale).includes(last.text);
    return lost ? 1 : 0;
  };

  const started = performance.now();
  const lost = (await Promise.all(sessions.reviewers.map(row))).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - started) / 1000;
  return {
    saves: latencies.length,
    savesPerSec: Math.round(latencies.length / seconds),
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    conflicts,
    failedSaves: failures,
    lostUpdates: lost,
  };
}

/** Paced (like the autosave) and burst (no pause: the server's throughput) rounds, alternating. */
export async function benchReviewers(sessions: ReviewerSessions, quick: boolean) {
  let round = 0;
  const runs = await alternateRounds(["paced", "burst"] as const, (mode, warmUp) =>
    saveRound(sessions, warmUp ? 1 : quick ? 3 : mode === "paced" ? 12 : 15, mode === "paced", round++),
  );
  const summary = (rounds: Awaited<ReturnType<typeof saveRound>>[]) => ({
    saves: rounds.reduce((sum, r) => sum + r.saves, 0),
    savesPerSec: spread(rounds.map((r) => r.savesPerSec)),
    p50Ms: spread(rounds.map((r) => r.p50Ms)),
    p95Ms: spread(rounds.map((r) => r.p95Ms)),
    conflicts: rounds.reduce((sum, r) => sum + r.conflicts, 0),
    failedSaves: rounds.reduce((sum, r) => sum + r.failedSaves, 0),
    lostUpdates: rounds.reduce((sum, r) => sum + r.lostUpdates, 0),
  });
  return {
    reviewers: sessions.reviewers.length,
    tabsEach: TABS,
    paced: summary(runs.paced),
    burst: summary(runs.burst),
  };
}
