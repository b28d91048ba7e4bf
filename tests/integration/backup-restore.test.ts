import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { setClaimTier } from "@/lib/claims/edit-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { addComment, editComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import { buildBackup, restoreBackup } from "@/lib/exports/backup";
import { exportDocument } from "@/lib/exports/export-document";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { saveReview } from "@/lib/reviews/reviews";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";
import { makeActor, makeDocument, richText } from "./support";

const target = uniqueDatabaseName("claimwise_restore");
let empty: PrismaClient;
let editor: Actor;
let documentId: string;

beforeAll(async () => {
  const url = await createDatabase(target);
  const connection = openSqlConnection({ kind: "postgres", url });
  await migrate(connection.executor, await readMigrations());
  await connection.close();
  empty = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });

  editor = await makeActor("EDITOR");
  const reviewer = await makeActor("REVIEWER");
  documentId = (await makeDocument(editor, "Mice recovered with TNF-α blockers. Patients may benefit.")).id;
  await assignReviewer(editor, { documentId, reviewerId: reviewer!.id });
  const [first, second] = await listClaims(editor, documentId);
  await setClaimTier(editor, { claimId: first!.id, version: first!.version, tier: "SPECULATIVE", reason: "One lab" });
  await saveReview(reviewer, {
    claimId: first!.id,
    version: 0,
    certainty: "LOW",
    rationale: richText("Draft thoughts"),
  });
  await saveReview(reviewer, { claimId: second!.id, version: 0, certainty: null });
  await addCitations(reviewer, {
    source: "identifier",
    claimId: first!.id,
    identifier: "31978945",
    stance: "SUPPORTS",
  });
  const comment = await addComment(reviewer, { claimId: first!.id, body: richText("First") });
  await editComment(reviewer, { commentId: comment.id, version: 1, body: richText("First, edited") });
  await addComment(editor, { claimId: first!.id, parentId: comment.id, body: richText("Reply") });
  await saveDecision(editor, { claimId: second!.id, version: 0, tier: null, certainty: "VERY_LOW" });
});
afterAll(async () => {
  await empty.$disconnect();
  await db.$disconnect();
  await dropDatabase(target);
});

const withoutTime = (backup: object) => JSON.parse(JSON.stringify({ ...backup, exportedAt: null }));

describe("backup and restore", () => {
  it("exports a complete backup (editors only) that restores into an empty database exactly", async () => {
    const file = await exportDocument(editor, { documentId, format: "json" }, { baseUrl: "https://x.example" });
    await expect(exportDocument(null, { documentId, format: "json" }, { baseUrl: "" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const backup = JSON.parse(String(file.body));
    expect(backup.reviews.map((r: { status: string }) => r.status)).toEqual(["DRAFT", "DRAFT"]);
    expect(backup.commentEdits).toHaveLength(1);
    expect(JSON.stringify(backup)).not.toContain("argon2");

    await restoreBackup(empty, backup);
    const again = await buildBackup(empty, documentId);
    expect(withoutTime(again)).toEqual(withoutTime(backup));
  });

  it("refuses to restore over an existing document, and refuses what is not a backup", async () => {
    const backup = await buildBackup(db, documentId);
    await expect(restoreBackup(empty, JSON.parse(JSON.stringify(backup)))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreBackup(empty, { format: "something-else" })).rejects.toThrow(/not a Claimwise backup/);
  });
});
