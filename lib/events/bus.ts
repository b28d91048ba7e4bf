import "server-only";
import { randomBytes } from "node:crypto";
import { afterCommit } from "@/lib/db/transaction";
import { type AppEvent, appEventSchema } from "./event-types";
import { type EventTransport, openEventTransport } from "./transport";

/** An event as this process received it, with the id its event streams send (`<process>-<sequence>`). */
export interface Delivered {
  id: string;
  seq: number;
  event: AppEvent;
}

/** Called for every event, or with `null` when events may have been missed (the LISTEN connection was lost). */
export type Subscriber = (delivered: Delivered | null) => void;

interface BusState {
  /** Tells this process's event ids from another's (or a restarted one's): a foreign Last-Event-ID means resync. */
  processId: string;
  seq: number;
  subscribers: Set<Subscriber>;
  transport: EventTransport | null;
  listening: Promise<void> | null;
}

// On globalThis: Next.js bundles instrumentation, pages and route handlers separately, and they must share the
// process's one LISTEN connection and one set of subscribers.
const globalForBus = globalThis as unknown as { __claimwiseEvents?: BusState };
const state = (): BusState =>
  (globalForBus.__claimwiseEvents ??= {
    processId: randomBytes(6).toString("base64url"),
    seq: 0,
    subscribers: new Set(),
    transport: null,
    listening: null,
  });

const transport = () => (state().transport ??= openEventTransport());

export const processId = () => state().processId;
export const currentSeq = () => state().seq;

function dispatch(delivered: Delivered | null): void {
  for (const subscriber of state().subscribers) {
    try {
      subscriber(delivered);
    } catch (error) {
      console.error("event subscriber failed", error);
    }
  }
}

function receive(payload: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return;
  }
  const event = appEventSchema.safeParse(parsed);
  if (!event.success) return;
  const s = state();
  s.seq += 1;
  dispatch({ id: `${s.processId}-${s.seq}`, seq: s.seq, event: event.data });
}

const RETRY_MS = 2_000;

/**
 * Starts this process's one LISTEN (idempotent; the server starts it in instrumentation.ts, anything else on first
 * use). A LISTEN that cannot start yet (database down) is retried; a connection lost later is re-established by the
 * client, after which subscribers hear `null`: they resynchronise, since events sent meanwhile are gone.
 */
export function ensureListening(): Promise<void> {
  const s = state();
  s.listening ??= (async () => {
    let first = true;
    for (;;) {
      try {
        await transport().listen(receive, () => {
          if (!first) dispatch(null);
          first = false;
        });
        return;
      } catch (error) {
        console.error(`event listener could not start, retrying in ${RETRY_MS / 1000} s`, String(error));
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  })();
  return s.listening;
}

/** Subscribes to every event this process hears; returns the unsubscribe. */
export function subscribe(subscriber: Subscriber): () => void {
  void ensureListening();
  state().subscribers.add(subscriber);
  return () => state().subscribers.delete(subscriber);
}

/**
 * Sends an event to every app process that listens (this one included, when it does: the app server starts its
 * LISTEN at start-up through `subscribe`). Publishing never starts a LISTEN itself: a command-line process that
 * only writes (an import, the demo seed, a test fixture) must be able to exit. If NOTIFY fails, this process still
 * hears it, so at least the server that made the change stays coherent.
 */
export async function publish(event: AppEvent): Promise<void> {
  const payload = JSON.stringify(event);
  try {
    await transport().send(payload);
  } catch (error) {
    console.error("NOTIFY failed; the event reaches this process only", String(error));
    receive(payload);
  }
}

/** Publishes once the current transaction has committed (never before: a listener could read the old state). */
export function publishOnCommit(event: AppEvent): void {
  const payload = JSON.stringify(event);
  afterCommit(`event:${payload}`, () => publish(event));
}
