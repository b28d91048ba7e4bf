import { expect } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { publishDocument } from "@/lib/editorial/publishing";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

export { richText } from "../support/rich-text";

let n = 0;

/** A new user of the given role, as an Actor. */
export async function makeActor(role: Role, tag = role.toLowerCase()): Promise<NonNullable<Actor>> {
  const user = await createUser("system", {
    email: `${tag}-${Date.now()}-${n++}@it.test`,
    name: `${tag} ${n}`,
    role,
    password: "a long enough password",
  });
  return { id: user.id, role: user.role };
}

/**
 * A document imported by `editor`, with its claims, whose suggested tiers an editor has already confirmed (a
 * suggestion alone is no tier); versions are left as imported so tests can name them.
 */
export async function makeDocument(editor: Actor, content: string, options: Record<string, unknown> = {}) {
  const doc = await createDocument(editor, { title: `Doc ${Date.now()}-${n++}`, format: "txt", content, ...options });
  await db.$executeRaw`UPDATE "Claim" SET "tier" = "suggestedTier", "tierSource" = 'PERSON'
    WHERE "documentId" = ${doc.id} AND "suggestedTier" IS NOT NULL`;
  return doc;
}

/** A document imported by `editor` (a draft) and published through publishing's own rules, with a reason. */
export async function makePublishedDocument(editor: Actor, content: string, options: Record<string, unknown> = {}) {
  const document = await makeDocument(editor, content, options);
  await publishDocument(editor, {
    documentId: document.id,
    version: 1,
    overrideReason: "Published by a test before any decision.",
  });
  return document;
}

/** The typed error a promise rejects with (failing the test if it resolves or throws anything else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
