import { z } from "zod";
import { PRESENCE_STATES } from "./event-types";

/** A presence heartbeat: the claim the caller has open on the document, and what they are doing. */
export const presenceSchema = z.object({
  documentId: z.string().min(1).max(64),
  claimId: z.string().min(1).max(64),
  state: z.enum(PRESENCE_STATES),
});
