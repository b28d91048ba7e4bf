// The claims API's per-process memo (lib/cache/document-memo.ts): this process sees its own changes at once, and
// a change made elsewhere (another app server, here a direct write) within the memo's few seconds.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { setClaimTier } from "@/lib/claims/edit-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db/client";
import { makeActor, makeDocument } from "./support";

let editor: Actor;
let documentId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  documentId = (await makeDocument(editor, "Mice ran further after the drug. The drug could cure depression.")).id;
});
afterAll(() => db.$disconnect());

it("shows this process's own changes at once", async () => {
  const [first] = await listClaims(editor, documentId);
  await setClaimTier(editor, { claimId: first!.id, version: first!.version, tier: "SPECULATIVE", reason: "test" });
  expect((await listClaims(editor, documentId))[0]).toMatchObject({ tier: "SPECULATIVE", version: first!.version + 1 });
});

it("shows a change made by another server within five seconds", async () => {
  const [first] = await listClaims(editor, documentId);
  await db.claim.update({ where: { id: first!.id }, data: { tier: "PRECLINICAL" } });
  await expect
    .poll(async () => (await listClaims(editor, documentId))[0]!.tier, { timeout: 7_000, interval: 250 })
    .toBe("PRECLINICAL");
});
