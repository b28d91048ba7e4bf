import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { commentHistory } from "@/lib/comments/comment-history";
import { addComment, editComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { assignReviewer } from "@/lib/editorial/assignments";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

let editor: Actor;
let alice: Actor;
let reader: Actor;

const firstClaim = async (documentId: string) =>
  (await db.claim.findFirstOrThrow({ where: { documentId }, orderBy: { position: "asc" } })).id;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  reader = await makeActor("READER");
});
afterAll(() => db.$disconnect());

describe("comment edit history", () => {
  it("lists every version, oldest first, each as a word diff against the one before", async () => {
    const doc = await makePublishedDocument(editor, "Mice ran further after the drug.");
    const claimId = await firstClaim(doc.id);
    const first = await addComment(alice, { claimId, body: richText("The trial was small.") });
    const second = await editComment(alice, {
      commentId: first.id,
      version: first.version,
      body: richText("The trial was very small."),
    });
    await editComment(alice, {
      commentId: first.id,
      version: second.version,
      body: richText("The study was very small."),
    });

    const versions = await commentHistory(reader, first.id);
    expect(versions.map((v) => [v.number, v.text])).toEqual([
      [1, "The trial was small."],
      [2, "The trial was very small."],
      [3, "The study was very small."],
    ]);
    expect(versions[0]!.changes).toEqual([{ value: "The trial was small.", change: "same" }]);
    expect(versions[1]!.changes.filter((c) => c.change !== "same")).toEqual([{ value: "very ", change: "added" }]);
    expect(versions[2]!.changes.filter((c) => c.change !== "same")).toEqual([
      { value: "trial", change: "removed" },
      { value: "study", change: "added" },
    ]);
    expect(versions.every((v) => v.by?.startsWith("alice"))).toBe(true);
  });

  it("answers only those who may read the comment", async () => {
    const draft = await makeDocument(editor, "Rats slept longer on the compound.");
    await assignReviewer(editor, { documentId: draft.id, reviewerId: alice!.id });
    const comment = await addComment(alice, { claimId: await firstClaim(draft.id), body: richText("Which rats?") });
    expect(await commentHistory(editor, comment.id)).toHaveLength(1);
    await expect(commentHistory(reader, comment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commentHistory(null, comment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
