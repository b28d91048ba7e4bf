import { z } from "zod";

/** What a person gives a new token of their own (the account page and `POST /api/v1/me/tokens`). */
export const newTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after what uses it.").max(100),
  /** Tokens end: a forgotten script's token stops working by itself (at most a year). */
  expiresInDays: z.number().int().min(1).max(365).default(30),
});
export type NewTokenInput = z.input<typeof newTokenSchema>;

/** A token for any user: the command line (`npm run token:create`, no expiry unless asked) and admins. */
export const createTokenSchema = newTokenSchema.extend({
  userId: z.string().min(1),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

export const revokeTokenSchema = z.object({ tokenId: z.string().min(1).max(100) });
