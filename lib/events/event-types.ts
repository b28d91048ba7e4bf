import { z } from "zod";

/**
 * What the app servers tell each other and the browsers (DESIGN.md rule 11). Payloads are ids and versions only:
 * a browser refetches what changed through the authorized APIs, so an event never carries content a listener could
 * not read, and stays far below Postgres' 8000-byte NOTIFY limit.
 */
export const CHANGE_KINDS = ["comment", "review", "decision", "citation", "claims", "status"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const PRESENCE_STATES = ["viewing", "editing", "left"] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

const id = z.string().min(1).max(64);

export const appEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("document.changed"),
    documentId: id,
    claimId: id.optional(),
    what: z.enum(CHANGE_KINDS),
    version: z.number().int().optional(),
  }),
  z.object({
    type: z.literal("presence"),
    documentId: id,
    claimId: id,
    userId: id,
    name: z.string().max(200),
    state: z.enum(PRESENCE_STATES),
  }),
  z.object({ type: z.literal("notification"), userId: id }),
]);

export type AppEvent = z.infer<typeof appEventSchema>;
export type DocumentChanged = Extract<AppEvent, { type: "document.changed" }>;
export type PresenceEvent = Extract<AppEvent, { type: "presence" }>;

/** The Postgres channel every app process LISTENs on. */
export const EVENTS_CHANNEL = "claimwise_events";
