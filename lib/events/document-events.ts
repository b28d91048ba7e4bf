import "server-only";
import { authorize, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { pagesSettled } from "@/lib/cache/cache-coherence";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { AppError, notFound } from "@/lib/errors/app-error";
import { type Delivered, subscribe } from "./bus";
import type { AppEvent } from "./event-types";
import { eventsSince, startRecording } from "./recent-events";

/** Open streams per user (or per address for anonymous readers) in this process: a few tabs, not a flood. */
export const MAX_STREAMS_PER_CLIENT = 8;
const HEARTBEAT_MS = 15_000;

const globalForStreams = globalThis as unknown as { __claimwiseStreams?: Map<string, number> };
const openStreams = () => (globalForStreams.__claimwiseStreams ??= new Map());

async function readable(actor: Actor, documentId: string): Promise<boolean> {
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocuments(actor)] },
    select: { id: true },
  });
  return document !== null;
}

/**
 * Whether this caller hears the event. Payloads carry ids only and browsers refetch through the authorized APIs,
 * but even the fact of a change is told only to those it concerns: grading activity to contributors (a draft is
 * never announced at all), presence to those who may show theirs, a notification to its recipient.
 */
function concerns(actor: Actor, documentId: string, event: AppEvent): boolean {
  switch (event.type) {
    case "document.changed":
      return event.documentId === documentId && (event.what !== "review" || can(actor, "reviews.write"));
    case "presence":
      return event.documentId === documentId && can(actor, "presence.write");
    case "notification":
      return actor !== null && event.userId === actor.id;
  }
}

const frame = (data: unknown, id?: string) => `${id ? `id: ${id}\n` : ""}data: ${JSON.stringify(data)}\n\n`;

export interface StreamOptions {
  /** The `Last-Event-ID` a reconnecting browser sends. */
  lastEventId: string | null;
  /** Ends the stream when the browser goes away. */
  signal: AbortSignal;
  /** Whose streams count against the cap: the user's id, or the anonymous reader's address. */
  client: string;
}

/**
 * A document's live events as Server-Sent Events, for a caller allowed to read the document (checked like every
 * read: 404 when they may not). A reconnect with `Last-Event-ID` replays what this process still holds, or sends
 * `resync` (refetch everything). A comment line every 15 s keeps proxies from closing an idle stream.
 */
export async function openDocumentEvents(
  actor: Actor,
  documentId: string,
  options: StreamOptions,
): Promise<ReadableStream<Uint8Array>> {
  authorize(actor, "documents.read");
  if (!(await readable(actor, documentId))) throw notFound("That document");
  const streams = openStreams();
  const open = streams.get(options.client) ?? 0;
  if (open >= MAX_STREAMS_PER_CLIENT) {
    throw new AppError("RATE_LIMITED", "Too many live connections: close a few tabs of this site.", {
      retryAfterSeconds: 30,
    });
  }
  streams.set(options.client, open + 1);
  startRecording();

  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      // Frames go out in order even when one waits for the pages to be dropped.
      let queue = Promise.resolve();
      let revoked = false;
      const send = (text: string | (() => Promise<string>)) => {
        queue = queue.then(async () => {
          const out = typeof text === "string" ? text : await text();
          if (closed) return;
          controller.enqueue(encoder.encode(out));
          if (revoked) cleanup();
        });
      };
      const deliver = ({ id, event }: Delivered) => {
        if (!concerns(actor, documentId, event)) return;
        if (event.type !== "document.changed") return send(frame(event, id));
        send(async () => {
          // A browser told of a change refetches at once: the page it asks for must already show it.
          await pagesSettled(documentId);
          if (event.what === "status" && !(await readable(actor, documentId).catch(() => true))) {
            revoked = true;
            return frame({ type: "revoked" });
          }
          return frame(event, id);
        });
      };

      const unsubscribe = subscribe((delivered) => (delivered ? deliver(delivered) : send(frame({ type: "resync" }))));
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        const left = (streams.get(options.client) ?? 1) - 1;
        if (left > 0) streams.set(options.client, left);
        else streams.delete(options.client);
        void queue.finally(() => {
          try {
            controller.close();
          } catch {
            // Already closed by the browser going away.
          }
        });
      };
      options.signal.addEventListener("abort", cleanup, { once: true });

      send(`retry: 3000\n\n: connected\n\n`);
      if (options.lastEventId) {
        const missed = eventsSince(documentId, options.lastEventId);
        if (missed === null) send(frame({ type: "resync" }));
        else for (const delivered of missed) deliver(delivered);
      }
    },
    cancel() {
      cleanup();
    },
  });
}
