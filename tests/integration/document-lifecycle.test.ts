import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/list-claims";
import { addComment, listComments } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { addRevision } from "@/lib/documents/add-revision";
import { archiveDocument, restoreDocument } from "@/lib/documents/archive-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { listArchivedDocuments, listDocuments } from "@/lib/documents/list-documents";
import { assignReviewer } from "@/lib/editorial/assignments";
import { restoreBackup } from "@/lib/exports/backup";
import { exportDocument } from "@/lib/exports/export-document";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingView } from "@/lib/reading/reading-view";
import { search } from "@/lib/search/search";
import { makeActor, makePublishedDocument, richText } from "./support";

let editor: Actor;
let reader: Actor;
let reviewer: Actor;
let backupDir: string;
const previousBackupDir = process.env.CLAIMWISE_BACKUP_DIR;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  reader = await makeActor("READER");
  reviewer = await makeActor("REVIEWER");
  backupDir = await fs.mkdtemp(path.join(os.tmpdir(), "claimwise-backups-"));
  process.env.CLAIMWISE_BACKUP_DIR = backupDir;
});

afterAll(async () => {
  if (previousBackupDir === undefined) delete process.env.CLAIMWISE_BACKUP_DIR;
  else process.env.CLAIMWISE_BACKUP_DIR = previousBackupDir;
  await fs.rm(backupDir, { recursive: true, force: true });
  await db.$disconnect();
});

const rejectsWith = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });
const versionOf = async (id: string) =>
  (await db.document.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Everything a non-editor could reach a document by: list, page, search, claims, critique, discussion, export. */
async function reachableBy(actor: Actor, doc: { id: string; slug: string }, word: string, claimId: string) {
  const outcome = async (fn: () => Promise<unknown>) =>
    fn().then(
      () => "ok",
      (error: { code?: string }) => error.code ?? "error",
    );
  return {
    list: (await listDocuments(actor)).some((d) => d.id === doc.id),
    page: await outcome(() => getReadingView(actor, doc.slug)),
    search: (await search(actor, { q: word })).some((hit) => hit.slug === doc.slug),
    claims: await outcome(() => listClaims(actor, doc.id)),
    critique: await outcome(() => getClaimCritique(actor, claimId)),
    comments: await outcome(() => listComments(actor, claimId)),
    export: await outcome(() => exportDocument(actor, { documentId: doc.id, format: "html" }, { baseUrl: "http://x" })),
  };
}

describe("archiving a document", () => {
  it("hides it from readers, assigned reviewers, search and the API, keeps it for editors, and restores it", async () => {
    const word = `zebrafishy${Date.now()}`;
    const doc = await makePublishedDocument(editor, `Mice given ${word} lived longer. It may cure ageing in people.`);
    await assignReviewer(editor, { documentId: doc.id, reviewerId: reviewer!.id });
    const [claim] = await listClaims(editor, doc.id);
    await addComment(reviewer, { claimId: claim!.id, body: richText("Which strain?") });
    const visible = {
      list: true,
      page: "ok",
      search: true,
      claims: "ok",
      critique: "ok",
      comments: "ok",
      export: "ok",
    };
    expect(await reachableBy(null, doc, word, claim!.id)).toEqual(visible);

    const archived = await archiveDocument(editor, { documentId: doc.id, version: await versionOf(doc.id) });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const hidden = {
      list: false,
      page: "NOT_FOUND",
      search: false,
      claims: "NOT_FOUND",
      critique: "NOT_FOUND",
      comments: "NOT_FOUND",
      export: "NOT_FOUND",
    };
    for (const actor of [null, reader, reviewer])
      expect(await reachableBy(actor, doc, word, claim!.id)).toEqual(hidden);
    // Editors still read it (through its page and the API), but it is listed apart, under "Archived".
    expect((await getReadingView(editor, doc.slug)).archivedAt).toBeInstanceOf(Date);
    expect((await listDocuments(editor)).some((d) => d.id === doc.id)).toBe(false);
    expect((await listArchivedDocuments(editor)).map((d) => d.id)).toContain(doc.id);
    await rejectsWith(listArchivedDocuments(reader), "FORBIDDEN");

    await restoreDocument(editor, { documentId: doc.id, version: archived.version });
    expect(await reachableBy(null, doc, word, claim!.id)).toEqual(visible);
    const events = await db.auditEvent.findMany({
      where: { documentId: doc.id, action: "documents.archive" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.actorId, (e.after as { archivedAt: string | null }).archivedAt === null])).toEqual([
      [editor!.id, false],
      [editor!.id, true],
    ]);
  });

  it("refuses non-editors and stale versions, and changes nothing", async () => {
    const doc = await makePublishedDocument(editor, "Rats on the diet ran further.");
    const version = await versionOf(doc.id);
    await rejectsWith(archiveDocument(reviewer, { documentId: doc.id, version }), "FORBIDDEN");
    await rejectsWith(archiveDocument(null, { documentId: doc.id, version }), "UNAUTHENTICATED");
    await rejectsWith(archiveDocument(editor, { documentId: doc.id, version: version - 1 }), "CONFLICT");
    await rejectsWith(restoreDocument(editor, { documentId: doc.id, version }), "CONFLICT");
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).archivedAt).toBeNull();
  });
});

describe("deleting a document", () => {
  it("needs the title typed again, writes a restorable backup first, then deletes the rows, audited", async () => {
    const doc = await makePublishedDocument(editor, "Mice lived longer on the drug. People may live longer too.");
    const { title } = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    const [claim] = await listClaims(editor, doc.id);
    await addComment(editor, { claimId: claim!.id, body: richText("Kept in the backup.") });

    await rejectsWith(deleteDocument(editor, { documentId: doc.id, title: "Another title" }), "INVALID");
    await rejectsWith(deleteDocument(reviewer, { documentId: doc.id, title }), "FORBIDDEN");
    expect(await db.document.count({ where: { id: doc.id } })).toBe(1);
    expect(await fs.readdir(backupDir)).toEqual([]);

    const deleted = await deleteDocument(editor, { documentId: doc.id, title });
    expect(await fs.readdir(backupDir)).toEqual([deleted.backupFile]);
    expect(deleted.backupFile).toMatch(new RegExp(`^${doc.slug}\\..+\\.backup\\.json$`));
    expect(await db.document.count({ where: { id: doc.id } })).toBe(0);
    expect(await db.claim.count({ where: { documentId: doc.id } })).toBe(0);
    expect(await db.comment.count({ where: { claimId: claim!.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId: doc.id, action: "documents.delete" } });
    expect(event).toMatchObject({
      actorId: editor!.id,
      before: { slug: doc.slug, title },
      after: { backup: deleted.backupFile },
    });

    // The backup is the restore format: the document comes back with its claims and discussion.
    const backup = JSON.parse(await fs.readFile(path.join(backupDir, deleted.backupFile), "utf8"));
    await restoreBackup(db, backup);
    expect((await listClaims(editor, doc.id)).map((c) => c.id)).toContain(claim!.id);
    expect((await listComments(editor, claim!.id)).length).toBe(1);
  });
});

describe("a new revision", () => {
  it("names the claims that changed wording and those orphaned, with their ids", async () => {
    const doc = await makePublishedDocument(
      editor,
      "Mice lived longer on the drug. The trial enrolled twelve patients. Ageing may be cured soon.",
    );
    const claims = await listClaims(editor, doc.id);
    const id = (text: string) => claims.find((c) => c.text.startsWith(text))!.id;
    const result = await addRevision(editor, doc.id, {
      format: "txt",
      content: "Mice lived longer on the drug. The trial enrolled thirteen patients. Cats purr.",
    });
    expect(result.anchored).toBe(1);
    expect(result.changedClaims.map((c) => c.id)).toEqual([id("The trial")]);
    expect(result.changedClaims[0]!.text).toContain("thirteen");
    expect(result.orphanedClaims).toEqual([{ id: id("Ageing"), text: "Ageing may be cured soon." }]);
  });
});
