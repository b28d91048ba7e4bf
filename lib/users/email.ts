import { z } from "zod";

/** Emails are compared case-insensitively: stored and looked up lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, "That email address is too long."));
