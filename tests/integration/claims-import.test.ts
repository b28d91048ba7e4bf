import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { addRevision } from "@/lib/documents/add-revision";
import { createDocument } from "@/lib/documents/create-document";
import { createUser } from "@/lib/users/create-user";

const seed = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/stem-cells-neuroplasticity.txt"),
  "utf8",
);
let editor: Actor;

beforeAll(async () => {
  const user = await createUser("system", {
    email: `claims-editor-${Date.now()}@it.test`,
    name: "Claims Editor",
    role: "EDITOR",
    password: "a long enough password",
  });
  editor = { id: user.id, role: user.role };
});
afterAll(() => db.$disconnect());

const claimsOf = (documentId: string) =>
  db.claim.findMany({ where: { documentId, deletedAt: null }, orderBy: { position: "asc" } });

describe("importing the seed article", () => {
  it("stores one claim per assertion with selectors into the revision's plain text and suggested tiers", async () => {
    const result = await createDocument(editor, { format: "txt", content: seed, title: `Seed ${Date.now()}` });
    const claims = await claimsOf(result.id);
    expect(claims).toHaveLength(result.claimCount);
    expect(result.claimCount).toBeGreaterThan(45);
    const revision = await db.revision.findFirstOrThrow({ where: { documentId: result.id } });
    for (const claim of claims) {
      expect(revision.plainText.slice(claim.start, claim.end)).toBe(claim.exact);
      expect(claim.anchorStatus).toBe("ANCHORED");
    }
    const tierOf = (start: string) => claims.find((c) => c.exact.startsWith(start));
    // A lead-in ending with a colon is the context of its list, not a claim.
    expect(tierOf("In animal models of depression")).toBeUndefined();
    const animal = tierOf("Mesenchymal stem cells (MSCs) have been shown to reverse");
    expect(animal).toMatchObject({ suggestedTier: "PRECLINICAL", tier: null, tierSource: null });
    expect(animal!.suggestionConfidence).toBeGreaterThan(0.5);
    expect(animal!.suggestionCues).toEqual(expect.arrayContaining([expect.stringContaining("animal")]));
    for (const claim of claims) {
      expect(claim.suggestionConfidence).toBeGreaterThan(0);
      expect(claim.tier).toBeNull();
    }
    expect(tierOf("Patients treated with intranasal")?.suggestedTier).toBe("EARLY_HUMAN_TRIAL");
    expect(tierOf("Stem cell therapies represent a revolutionary")?.suggestedTier).toBe("SPECULATIVE");
    const positions = claims.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("imports nothing when the input is bad", async () => {
    const before = await db.document.count();
    for (const content of ["", "word ".repeat(10_001), "<script>alert(1)</script>"]) {
      await expect(createDocument(editor, { format: "html", content, title: "Bad" })).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    expect(await db.document.count()).toBe(before);
  });
});

describe("a new revision of the seed", () => {
  it("re-anchors unchanged claims exactly, edited ones fuzzily, orphans the removed one and adds new ones", async () => {
    const original = await createDocument(editor, { format: "txt", content: seed, title: `Revised ${Date.now()}` });
    const before = await claimsOf(original.id);

    const removed = "Variability in stem cell preparation and donor sources can affect therapeutic outcomes.";
    const edited = "This reduction directly impacts cognitive functions and emotional processing.";
    const editedTo = "This reduction directly affects cognitive function and emotional processing.";
    const inserted = "A new paragraph says that rodent studies rarely translate to humans.";
    expect(seed).toContain(removed);
    expect(seed).toContain(edited);
    const revised = seed
      .replace(removed, "")
      .replace(edited, editedTo)
      .replace(
        "Animal Model Studies\n\nanimal-model-studies\n",
        `Animal Model Studies\n\nanimal-model-studies\n${inserted}\n`,
      );

    const result = await addRevision(editor, original.id, { format: "txt", content: revised });
    expect(result).toMatchObject({ number: 2, fuzzy: 1, orphaned: 1, added: 1 });
    expect(result.anchored).toBe(before.length - 2);

    const after = await claimsOf(original.id);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: result.revisionId } });
    const byId = new Map(after.map((c) => [c.id, c]));
    for (const old of before) {
      const now = byId.get(old.id)!;
      if (old.exact === removed) {
        expect(now).toMatchObject({
          anchorStatus: "ORPHANED",
          revisionId: old.revisionId,
          exact: removed,
          version: old.version,
        });
      } else if (old.exact === edited) {
        expect(now).toMatchObject({
          anchorStatus: "FUZZY",
          textChanged: true,
          exact: editedTo,
          revisionId: revision.id,
          version: old.version + 1,
        });
      } else {
        expect(now).toMatchObject({
          anchorStatus: "ANCHORED",
          textChanged: false,
          exact: old.exact,
          revisionId: revision.id,
          version: old.version + 1,
        });
        expect(revision.plainText.slice(now.start, now.end)).toBe(old.exact);
      }
    }
    const added = after.find((c) => c.exact === inserted);
    expect(added).toMatchObject({ anchorStatus: "ANCHORED", tier: null, revisionId: revision.id });
    expect(added!.suggestionConfidence).toBeGreaterThan(0);
    const live = after.filter((c) => c.anchorStatus !== "ORPHANED");
    expect(live.map((c) => c.start)).toEqual([...live.map((c) => c.start)].sort((a, b) => a - b));
    expect(live.indexOf(added!)).toBeGreaterThan(0);

    await expect(addRevision(editor, original.id, { format: "txt", content: revised })).rejects.toThrow(
      /identical to revision 2/,
    );
  });

  it("refuses unknown documents (NOT_FOUND) and reviewers (FORBIDDEN)", async () => {
    await expect(
      addRevision(editor, "no-such-id", { format: "txt", content: "A sentence long enough." }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      addRevision({ id: "x", role: "REVIEWER" }, "no-such-id", { format: "txt", content: "A sentence long enough." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
