// Live updates across app servers (lib/events, lib/cache/cache-coherence.ts): a change committed here reaches a
// second, independent LISTEN connection (another app server), a NOTIFY from another server reaches this process's
// subscribers and drops its memos, the event stream tells each caller only what concerns them, and the embedded
// PGlite path delivers inside its one process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { startCacheCoherence } from "@/lib/cache/cache-coherence";
import { listClaims } from "@/lib/claims/list-claims";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { type Delivered, ensureListening, subscribe } from "@/lib/events/bus";
import { openDocumentEvents } from "@/lib/events/document-events";
import { type AppEvent, EVENTS_CHANNEL } from "@/lib/events/event-types";
import { openEventTransport } from "@/lib/events/transport";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

let editor: Actor;
let reviewer: Actor;
let reader: Actor;
let documentId: string;
let claimId: string;
/** Another app server's connection: its own LISTEN, and a NOTIFY of its own. */
let other: postgres.Sql;
const heardElsewhere: AppEvent[] = [];
const heardHere: Delivered[] = [];

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  reader = await makeActor("READER");
  const document = await makePublishedDocument(
    editor,
    "Mice ran further after the drug. The drug may cure depression.",
  );
  documentId = document.id;
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId }, orderBy: { position: "asc" } })).id;
  other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await other.listen(EVENTS_CHANNEL, (payload) => heardElsewhere.push(JSON.parse(payload)));
  subscribe((delivered) => delivered && heardHere.push(delivered));
  startCacheCoherence();
  await ensureListening();
});
afterAll(async () => {
  await other.end({ timeout: 5 });
  await db.$disconnect();
});

const changesOf = (events: AppEvent[]) =>
  events.filter((e) => e.type === "document.changed" && e.documentId === documentId);

describe("across app servers", () => {
  it("announces a committed comment to every listener, with ids only", async () => {
    await addComment(reviewer, { claimId, body: richText("Which trial was this?") });
    const expected = { type: "document.changed", documentId, claimId, what: "comment" };
    await expect.poll(() => changesOf(heardElsewhere)).toContainEqual(expected);
    await expect.poll(() => changesOf(heardHere.map((d) => d.event))).toContainEqual(expected);
    expect(JSON.stringify(heardElsewhere)).not.toContain("Which trial");
  });

  it("announces a submitted grade but never a draft", async () => {
    const before = heardElsewhere.length;
    const draft = await saveReview(reviewer, { claimId, version: 0, certainty: "LOW" });
    await saveReview(reviewer, { claimId, version: draft.version, certainty: "MODERATE" });
    // A marker sent after the drafts: once it is heard, anything the drafts had sent would have been heard too.
    await other.notify(EVENTS_CHANNEL, JSON.stringify({ type: "notification", userId: "marker" }));
    await expect.poll(() => heardElsewhere.slice(before).some((e) => e.type === "notification")).toBe(true);
    expect(changesOf(heardElsewhere.slice(before))).toEqual([]);
    await submitReview(reviewer, { claimId, version: draft.version + 1 });
    await expect
      .poll(() => changesOf(heardElsewhere.slice(before)))
      .toEqual([{ type: "document.changed", documentId, claimId, what: "review" }]);
  });

  it("drops this process's memo when another server announces a change, well before the memo expires", async () => {
    const [first] = await listClaims(editor, documentId);
    const tier = first!.tier === "PRECLINICAL" ? "SPECULATIVE" : "PRECLINICAL";
    // Another server's write and its announcement, as its invalidateOnCommit sends it.
    await other`UPDATE "Claim" SET "tier" = ${tier} WHERE "id" = ${first!.id}`;
    await other.notify(
      EVENTS_CHANNEL,
      JSON.stringify({ type: "document.changed", documentId, claimId: first!.id, what: "claims" }),
    );
    await expect.poll(async () => (await listClaims(editor, documentId))[0]!.tier, { timeout: 1_000 }).toBe(tier);
  });
});

/** Reads frames from an event stream until `done` says enough. */
async function readFrames(stream: ReadableStream<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return text;
}

const dataOf = (text: string) =>
  text
    .split("\n\n")
    .map((frame) => frame.split("\n").find((line) => line.startsWith("data: ")))
    .filter((line): line is string => line !== undefined)
    .map((line) => JSON.parse(line.slice(6)) as { type: string; what?: string });

describe("the event stream", () => {
  it("tells a reader of comments but not of grading, and a reviewer of both", async () => {
    const signal = new AbortController();
    const forReader = await openDocumentEvents(reader, documentId, {
      lastEventId: null,
      signal: signal.signal,
      client: "r",
    });
    const forReviewer = await openDocumentEvents(reviewer, documentId, {
      lastEventId: null,
      signal: signal.signal,
      client: "v",
    });
    await other.notify(
      EVENTS_CHANNEL,
      JSON.stringify({ type: "document.changed", documentId, claimId, what: "review" }),
    );
    await other.notify(
      EVENTS_CHANNEL,
      JSON.stringify({ type: "document.changed", documentId, claimId, what: "comment" }),
    );
    const readerText = await readFrames(forReader, (t) => t.includes('"comment"'));
    const reviewerText = await readFrames(forReviewer, (t) => t.includes('"comment"'));
    signal.abort();
    expect(dataOf(readerText).map((e) => e.what)).toEqual(["comment"]);
    expect(dataOf(reviewerText).map((e) => e.what)).toEqual(["review", "comment"]);
    expect(readerText).toMatch(/^id: [\w-]+-\d+$/m);
  });

  it("replays what a reconnecting browser missed, and asks a stranger's id to resync", async () => {
    const first = new AbortController();
    const stream = await openDocumentEvents(reviewer, documentId, {
      lastEventId: null,
      signal: first.signal,
      client: "v",
    });
    await other.notify(EVENTS_CHANNEL, JSON.stringify({ type: "document.changed", documentId, what: "citation" }));
    const seen = await readFrames(stream, (t) => t.includes('"citation"'));
    first.abort();
    const lastId = seen
      .match(/^id: (.+)$/gm)!
      .pop()!
      .slice(4);
    await other.notify(EVENTS_CHANNEL, JSON.stringify({ type: "document.changed", documentId, what: "decision" }));
    await expect
      .poll(() => heardHere.some((d) => d.event.type === "document.changed" && d.event.what === "decision"))
      .toBe(true);

    const again = new AbortController();
    const resumed = await openDocumentEvents(reviewer, documentId, {
      lastEventId: lastId,
      signal: again.signal,
      client: "v",
    });
    expect(dataOf(await readFrames(resumed, (t) => t.includes('"decision"'))).map((e) => e.what)).toEqual(["decision"]);
    const stranger = await openDocumentEvents(reviewer, documentId, {
      lastEventId: "another-server-7",
      signal: again.signal,
      client: "v",
    });
    expect(dataOf(await readFrames(stranger, (t) => t.includes("resync")))).toEqual([{ type: "resync" }]);
    again.abort();
  });

  it("refuses a document the caller may not read, and a client over the stream cap", async () => {
    const signal = new AbortController();
    const draft = await makeDocument(editor, "A draft says rats improved.");
    await expect(
      openDocumentEvents(reader, draft.id, { lastEventId: null, signal: signal.signal, client: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const open = [];
    for (let i = 0; i < 8; i++) {
      open.push(
        await openDocumentEvents(reader, documentId, { lastEventId: null, signal: signal.signal, client: "cap" }),
      );
    }
    await expect(
      openDocumentEvents(reader, documentId, { lastEventId: null, signal: signal.signal, client: "cap" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    signal.abort();
    // Closed streams give their places back.
    const after = new AbortController();
    await openDocumentEvents(reader, documentId, { lastEventId: null, signal: after.signal, client: "cap" });
    after.abort();
  });
});

describe("embedded PGlite", () => {
  it("delivers NOTIFY to the LISTEN of the same process", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwise-events-"));
    const transport = openEventTransport({ kind: "pglite", dataDir });
    const heard: string[] = [];
    await transport.listen(
      (payload) => heard.push(payload),
      () => {},
    );
    await transport.send(JSON.stringify({ type: "notification", userId: "u1" }));
    await expect.poll(() => heard).toEqual([JSON.stringify({ type: "notification", userId: "u1" })]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
