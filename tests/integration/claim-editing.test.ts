import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import {
  createClaim,
  deleteClaim,
  mergeClaims,
  setClaimBoundaries,
  setClaimTier,
  splitClaim,
} from "@/lib/claims/edit-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { createUser } from "@/lib/users/create-user";

const stamp = Date.now();
let editor: Actor;
let reviewer: Actor;
let reader: Actor;
let documentId: string;
let text: string;

const make = async (role: "EDITOR" | "REVIEWER" | "READER") => {
  const u = await createUser("system", {
    email: `${role}-edit-${stamp}@it.test`,
    name: role,
    role,
    password: "a long enough password",
  });
  return { id: u.id, role: u.role } as Actor;
};

beforeAll(async () => {
  editor = await make("EDITOR");
  reviewer = await make("REVIEWER");
  reader = await make("READER");
  const doc = await createDocument(editor, {
    title: `Editing ${stamp}`,
    format: "txt",
    content:
      "Mice given the drug ran further, and their hippocampus grew. Patients may feel better soon.\n\nA heading-free second paragraph talks about rats.",
  });
  documentId = doc.id;
  text = (await db.revision.findFirstOrThrow({ where: { documentId } })).plainText;
});
afterAll(() => db.$disconnect());

const claims = () => listClaims(editor, documentId);

describe("claim editing", () => {
  it("is refused to reviewers and readers for every operation", async () => {
    const before = await claims();
    const [first] = before;
    const attempts = [
      (a: Actor) => createClaim(a, { documentId, start: 0, end: 4 }),
      (a: Actor) => setClaimTier(a, { claimId: first!.id, version: first!.version, tier: "SPECULATIVE" }),
      (a: Actor) => splitClaim(a, { claimId: first!.id, version: first!.version, at: 10 }),
      (a: Actor) => mergeClaims(a, { claimId: first!.id, version: 1, nextClaimId: "x", nextVersion: 1 }),
      (a: Actor) => deleteClaim(a, { claimId: first!.id, version: first!.version }),
      (a: Actor) => setClaimBoundaries(a, { claimId: first!.id, version: first!.version, start: 0, end: 4 }),
    ];
    for (const attempt of attempts) {
      await expect(attempt(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(attempt(reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(attempt(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect(await claims()).toEqual(before);
  });

  it("sets a tier as a person's choice, keeps history, and refuses a stale version", async () => {
    const [first] = await claims();
    expect(first).toMatchObject({ tier: null, tierSource: null, suggestedTier: "PRECLINICAL" });
    expect(first!.confidence).toBeGreaterThan(0.5);
    const updated = await setClaimTier(editor, {
      claimId: first!.id,
      version: first!.version,
      tier: "SPECULATIVE",
      reason: "Only one lab.",
    });
    expect(updated).toMatchObject({
      tier: "SPECULATIVE",
      tierSource: "PERSON",
      suggestedTier: "PRECLINICAL",
      version: first!.version + 1,
    });
    const history = await db.claimTierChange.findMany({ where: { claimId: first!.id } });
    expect(history).toMatchObject([
      { fromTier: null, toTier: "SPECULATIVE", source: "PERSON", reason: "Only one lab." },
    ]);
    const stale = setClaimTier(editor, { claimId: first!.id, version: first!.version, tier: null });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { tier: "SPECULATIVE" } } });
    const events = await db.auditEvent.findMany({ where: { entityId: first!.id, action: "claims.tag" } });
    expect(events).toHaveLength(1);
  });

  it("splits a claim at a point inside it and merges it back", async () => {
    const [first, second] = await claims();
    const at = text.indexOf(", and their") + 1;
    const [a, b] = await splitClaim(editor, { claimId: first!.id, version: first!.version, at });
    expect(a.text).toBe("Mice given the drug ran further,");
    expect(b.text).toBe("and their hippocampus grew.");
    expect(b).toMatchObject({ tier: "SPECULATIVE", position: a.position + 1 });
    const after = await claims();
    expect(after.map((c) => c.id)).toEqual([a.id, b.id, second!.id, ...after.slice(3).map((c) => c.id)]);
    expect(after.map((c) => c.position)).toEqual([...after.map((c) => c.position)].sort((x, y) => x - y));

    const merged = await mergeClaims(editor, {
      claimId: a.id,
      version: a.version,
      nextClaimId: b.id,
      nextVersion: b.version,
    });
    expect(merged.text).toBe("Mice given the drug ran further, and their hippocampus grew.");
    expect((await claims()).map((c) => c.id)).not.toContain(b.id);
  });

  it("creates a claim from a selection, refusing overlaps and cross-paragraph ranges", async () => {
    const all = await claims();
    const last = all.at(-1)!;
    await deleteClaim(editor, { claimId: last.id, version: last.version });
    const start = text.indexOf("A heading-free");
    const created = await createClaim(editor, { documentId, start: start - 1, end: text.length });
    expect(created.text).toBe("A heading-free second paragraph talks about rats.");
    expect(created).toMatchObject({ tier: null, tierSource: null });
    expect(created.confidence).toBeGreaterThan(0);
    expect(created.cues.length).toBeGreaterThan(0);
    await expect(createClaim(editor, { documentId, start: 0, end: 10 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createClaim(editor, { documentId, start: text.indexOf("soon"), end: start + 5 })).rejects.toThrow(
      /within one paragraph/,
    );
    await expect(createClaim(editor, { documentId, start: 5, end: 2 })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("moves boundaries and flags the text as changed", async () => {
    const patients = (await claims()).find((c) => c.text.startsWith("Patients"))!;
    const end = text.indexOf(" soon.");
    const moved = await setClaimBoundaries(editor, {
      claimId: patients.id,
      version: patients.version,
      start: patients.selectors[1]!.start as number,
      end,
    });
    expect(moved).toMatchObject({ text: "Patients may feel better", textChanged: true, anchorStatus: "ANCHORED" });
  });

  it("lets exactly one of many simultaneous tier changes of one version win", async () => {
    const target = (await claims())[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        setClaimTier(editor, {
          claimId: target.id,
          version: target.version,
          tier: i % 2 ? "PRECLINICAL" : "EARLY_HUMAN_TRIAL",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
  });
});
