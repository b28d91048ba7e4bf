// The reviewers' event streams under load (issue 15): every reviewer keeps the document's event stream open (as
// the review page does) while they autosave; meanwhile comments are posted one at a time, and each one's delivery
// to every stream is timed from the moment its POST was sent.
import { richText } from "../support/rich-text";
import { percentile } from "./load";
import { type ReviewerSessions, saveRound, TABS } from "./reviewers-bench";
import { BASE, type Fixtures } from "./server";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a stream per tab of each reviewer (as each open page does); `onComment` hears each comment event. */
async function openStreams(sessions: ReviewerSessions, documentId: string, onComment: (claimId: string) => void) {
  const abort = new AbortController();
  const tabs = sessions.reviewers.flatMap((reviewer) => Array.from({ length: TABS }, () => reviewer));
  const streams = await Promise.all(
    tabs.map(async (reviewer) => {
      const response = await fetch(`${BASE}/api/v1/documents/${documentId}/events`, {
        headers: { cookie: reviewer.cookie },
        signal: abort.signal,
      });
      if (response.status !== 200) throw new Error(`event stream answered ${response.status}`);
      return response.body!.getReader();
    }),
  );
  for (const reader of streams) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          const frames = buffer.split("\n\n");
          buffer = frames.pop()!;
          for (const frame of frames) {
            const data = frame.split("\n").find((line) => line.startsWith("data: "));
            const event = data && (JSON.parse(data.slice(6)) as { what?: string; claimId?: string });
            if (event && event.what === "comment" && event.claimId) onComment(event.claimId);
          }
        }
      } catch {
        // Aborted at the end.
      }
    })();
  }
  return { count: streams.length, close: () => abort.abort() };
}

export async function benchLiveReviewers(sessions: ReviewerSessions, fixtures: Fixtures, quick: boolean) {
  const claimId = sessions.reviewers[0]!.claimId;
  let waiting: { sent: number; heard: number; done: () => void } | null = null;
  const deliveries: number[] = [];
  const streams = await openStreams(sessions, fixtures.seed.id, (claim) => {
    if (!waiting || claim !== claimId) return;
    deliveries.push(performance.now() - waiting.sent);
    waiting.heard += 1;
    if (waiting.heard === streams.count) waiting.done();
  });

  let comments = 0;
  let failedComments = 0;
  let missed = 0;
  let saving = true;
  const commenter = (async () => {
    // One comment at a time, so each delivery is timed against its own comment.
    while (saving) {
      const heard = new Promise<void>((done) => {
        waiting = { sent: performance.now(), heard: 0, done };
      });
      const post = () =>
        fetch(`${BASE}/api/v1/claims/${claimId}/comments`, {
          method: "POST",
          headers: { authorization: `Bearer ${fixtures.editorToken}`, "content-type": "application/json" },
          body: JSON.stringify({ body: richText(`Live bench comment ${comments}`) }),
        });
      // A keep-alive socket the server closed just as it was reused is no failure of the server: try once more.
      const posted = await post()
        .catch(post)
        .catch(() => null);
      if (posted?.status !== 201) {
        failedComments += 1;
        waiting = null;
        await sleep(250);
        continue;
      }
      comments += 1;
      const all = await Promise.race([heard.then(() => true), sleep(5_000).then(() => false)]);
      if (!all) missed += streams.count - waiting!.heard;
      waiting = null;
      await sleep(250);
    }
  })();
  const saves = await saveRound(sessions, quick ? 3 : 12, true, 1_000);
  saving = false;
  await commenter;
  streams.close();
  return {
    streams: streams.count,
    savesP95Ms: saves.p95Ms,
    savesP50Ms: saves.p50Ms,
    failedSaves: saves.failedSaves,
    lostUpdates: saves.lostUpdates,
    comments,
    failedComments,
    deliveries: deliveries.length,
    missedDeliveries: missed,
    deliveryP50Ms: Math.round(percentile(deliveries, 50)),
    deliveryP95Ms: Math.round(percentile(deliveries, 95)),
  };
}
