import "server-only";
import type { z } from "zod";
import { type ActionResult, runAction } from "@/lib/api/action-result";
import type { Actor } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";

/**
 * A server action: the signed-in user runs one domain function, and expected failures come back as an ActionResult.
 * The caller's argument is typed by the schema's input (`z.input`), so renaming a schema field breaks the build at
 * every form that sends it. Validation and authorization stay in the domain function, with the same schema, because
 * the REST API calls it with bodies nobody has typed. Cached reading pages are dropped by the domain's transactions;
 * workspace pages are dynamic and refreshed by the client.
 */
export function defineAction<S extends z.ZodType, T>(
  _schema: S,
  operation: (actor: Actor, input: unknown) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => runAction(async () => operation(await currentActor(), input));
}
