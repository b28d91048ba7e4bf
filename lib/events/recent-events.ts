import "server-only";
import { currentSeq, type Delivered, processId, subscribe } from "./bus";

/** How many events per document a reconnecting browser can catch up on, and how many documents are kept. */
const PER_DOCUMENT = 64;
const DOCUMENTS = 1_000;

interface Ring {
  events: Delivered[];
  /** A browser whose last event is older than this missed events (the newest one dropped from the ring). */
  droppedUpTo: number;
}

const globalForRecent = globalThis as unknown as {
  __claimwiseRecent?: { rings: Map<string, Ring>; since: number | null; stop: (() => void) | null };
};
const state = () => (globalForRecent.__claimwiseRecent ??= { rings: new Map(), since: null, stop: null });

/** Records document changes from now on (idempotent); a lost LISTEN connection empties the record. */
export function startRecording(): void {
  const s = state();
  s.stop ??= subscribe((delivered) => {
    if (delivered === null) {
      s.rings.clear();
      s.since = currentSeq() + 1;
      return;
    }
    if (delivered.event.type !== "document.changed") return;
    const { documentId } = delivered.event;
    s.since ??= delivered.seq - 1;
    let ring = s.rings.get(documentId);
    if (ring) s.rings.delete(documentId);
    else ring = { events: [], droppedUpTo: s.since };
    s.rings.set(documentId, ring); // most recently changed last, so the first key is the one to forget
    ring.events.push(delivered);
    if (ring.events.length > PER_DOCUMENT) ring.droppedUpTo = ring.events.shift()!.seq;
    if (s.rings.size > DOCUMENTS) {
      // A forgotten document's history is gone: browsers with older ids for it resync.
      s.rings.delete(s.rings.keys().next().value!);
      s.since = delivered.seq;
    }
  });
}

/**
 * What a browser that last saw `lastEventId` missed on the document: the events to replay, or null when this
 * process cannot tell (an id from another app server or an earlier run, or older than what is kept): it resyncs.
 */
export function eventsSince(documentId: string, lastEventId: string): Delivered[] | null {
  const cut = lastEventId.lastIndexOf("-");
  const origin = lastEventId.slice(0, cut);
  const seq = Number(lastEventId.slice(cut + 1));
  if (origin !== processId() || !Number.isInteger(seq)) return null;
  const s = state();
  const ring = s.rings.get(documentId);
  const floor = ring?.droppedUpTo ?? s.since;
  if (floor === null || seq < floor) return null;
  return ring ? ring.events.filter((e: Delivered) => e.seq > seq) : [];
}
