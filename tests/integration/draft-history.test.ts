// Draft autosaves (issue 17): every save keeps a light audit row (the rationale once, not twice) and drops no reader
// cache, since readers never see drafts; a change readers see (a comment) does drop the document's memos.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makePublishedDocument, richText } from "./support";

// The real function, watched: which changes drop a document's memos (and with them its cached pages).
vi.mock("@/lib/cache/document-memo", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/cache/document-memo")>();
  return { ...original, dropDocumentMemos: vi.fn(original.dropDocumentMemos) };
});
const { dropDocumentMemos } = await import("@/lib/cache/document-memo");

let reviewer: Actor;
let documentId: string;
let claimId: string;
let otherClaimId: string;

beforeAll(async () => {
  const editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  documentId = (await makePublishedDocument(editor, "Mice ran further after the drug. Patients may benefit too.")).id;
  const ids = (await db.claim.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((c) => c.id);
  claimId = ids[0]!;
  otherClaimId = ids[1]!;
});
afterAll(() => db.$disconnect());

it("keeps a draft's history light: the previous rationale is not repeated in the next save's row", async () => {
  const first = await saveReview(reviewer, { claimId, version: 0, certainty: "LOW", rationale: richText("One.") });
  const second = await saveReview(reviewer, {
    claimId,
    version: first.version,
    certainty: "MODERATE",
    rationale: richText("Two."),
  });
  const row = await db.auditEvent.findFirstOrThrow({
    where: { entityType: "Review", entityId: second.id },
    orderBy: { createdAt: "desc" },
  });
  expect(row.before).toEqual({ version: first.version, certainty: "LOW" });
  expect(JSON.stringify(row.after)).toContain("Two.");
  expect(JSON.stringify(row.before)).not.toContain("One.");
});

it("drops no reader cache on draft saves, and drops the document's on a change readers see", async () => {
  vi.mocked(dropDocumentMemos).mockClear();
  // The first save creates the draft, the next ones update it.
  let version = 0;
  for (const text of ["Three.", "Four.", "Five."]) {
    ({ version } = await saveReview(reviewer, {
      claimId: otherClaimId,
      version,
      certainty: "LOW",
      rationale: richText(text),
    }));
  }
  expect(dropDocumentMemos).not.toHaveBeenCalled();

  await submitReview(reviewer, { claimId: otherClaimId, version });
  expect(dropDocumentMemos).toHaveBeenCalledWith(documentId);
  vi.mocked(dropDocumentMemos).mockClear();
  await addComment(reviewer, { claimId: otherClaimId, body: richText("Readers see this.") });
  expect(dropDocumentMemos).toHaveBeenCalledWith(documentId);
});
