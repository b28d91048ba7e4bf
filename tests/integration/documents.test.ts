import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { publishDocument, setDocumentStatus } from "@/lib/editorial/publishing";
import { getReadingView } from "@/lib/reading/reading-view";
import { createUser } from "@/lib/users/create-user";

afterAll(() => db.$disconnect());

const stamp = Date.now();
const actors: Record<string, Actor> = {};
const slugs: Record<string, string> = {};

async function user(role: "READER" | "REVIEWER" | "EDITOR", tag: string): Promise<Actor> {
  const u = await createUser("system", {
    email: `${tag}-${stamp}@it.test`,
    name: tag,
    role,
    password: "a long enough password",
  });
  return { id: u.id, role: u.role };
}

beforeAll(async () => {
  actors.reader = await user("READER", "reader");
  actors.assigned = await user("REVIEWER", "assigned");
  actors.other = await user("REVIEWER", "other");
  actors.editor = await user("EDITOR", "editor");
  const make = async (key: string, status: "DRAFT" | "IN_REVIEW" | "PUBLISHED", visibility: "PUBLIC" | "MEMBERS") => {
    const doc = await createDocument(actors.editor!, {
      title: `${key} ${stamp}`,
      format: "txt",
      content: `The ${key} document has one claim in it.`,
      visibility,
    });
    if (status === "PUBLISHED") {
      await publishDocument(actors.editor!, { documentId: doc.id, version: 1, overrideReason: "Visibility test." });
    } else if (status === "IN_REVIEW") {
      await setDocumentStatus(actors.editor!, { documentId: doc.id, version: 1, status });
    }
    slugs[key] = doc.slug;
    return doc;
  };
  await make("public", "PUBLISHED", "PUBLIC");
  await make("members", "PUBLISHED", "MEMBERS");
  const review = await make("review", "IN_REVIEW", "PUBLIC");
  await make("draft", "DRAFT", "PUBLIC");
  await db.assignment.create({ data: { documentId: review.id, reviewerId: actors.assigned!.id } });
});

const visibleTo = async (actor: Actor) =>
  (await listDocuments(actor))
    .map((d) => d.slug)
    .filter((s) => Object.values(slugs).includes(s))
    .sort();

describe("document visibility", () => {
  it("shows anonymous visitors only published public documents", async () => {
    expect(await visibleTo(null)).toEqual([slugs.public]);
  });

  it("shows members the members-only documents too", async () => {
    expect(await visibleTo(actors.reader!)).toEqual([slugs.members, slugs.public].sort());
  });

  it("shows a reviewer the documents assigned to them, and no other unpublished one", async () => {
    expect(await visibleTo(actors.assigned!)).toEqual([slugs.members, slugs.public, slugs.review].sort());
    expect(await visibleTo(actors.other!)).toEqual([slugs.members, slugs.public].sort());
  });

  it("shows editors everything", async () => {
    expect(await visibleTo(actors.editor!)).toEqual(Object.values(slugs).sort());
  });

  it("answers NOT_FOUND for a document the actor may not see, as for one that does not exist", async () => {
    for (const slug of [slugs.members!, slugs.draft!, "no-such-document"]) {
      await expect(getReadingView(null, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const view = await getReadingView(actors.reader!, slugs.members!);
    expect(view.bodyHtml).toMatch(
      /^<p><mark class="claim" data-claim-id="[^"]+"[^>]*>The members document has one claim in it\.<\/mark><\/p>$/,
    );
  });
});

describe("createDocument", () => {
  it("is refused to readers and reviewers", async () => {
    for (const actor of [actors.reader!, actors.assigned!]) {
      await expect(
        createDocument(actor, { title: "x", format: "txt", content: "Some text to import here." }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("rejects empty and oversized documents without creating anything", async () => {
    const before = await db.document.count();
    await expect(createDocument(actors.editor!, { title: "Empty", format: "txt", content: " \n " })).rejects.toThrow(
      /empty/,
    );
    await expect(
      createDocument(actors.editor!, { title: "Big", format: "txt", content: "x".repeat(2 * 1024 * 1024 + 1) }),
    ).rejects.toThrow(/larger than 2 MB/);
    expect(await db.document.count()).toBe(before);
  });

  it("imports a draft: asking for PUBLISHED is refused and publishes nothing", async () => {
    const title = `Publish by import ${stamp}`;
    for (const status of ["PUBLISHED", "IN_REVIEW"]) {
      await expect(
        createDocument(actors.editor!, { title, format: "txt", content: "Mice ran further.", status }),
      ).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/always a draft/) });
    }
    expect(await db.document.count({ where: { title } })).toBe(0);
    const imported = await createDocument(actors.editor!, { title, format: "txt", content: "Mice ran further." });
    expect(await db.document.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
    });
  });

  it("gives every document its own slug", async () => {
    const a = await createDocument(actors.editor!, {
      title: `Same ${stamp}`,
      format: "txt",
      content: "The first of two documents.",
    });
    const b = await createDocument(actors.editor!, {
      title: `Same ${stamp}`,
      format: "txt",
      content: "The second of two documents.",
    });
    expect(b.slug).toBe(`${a.slug}-2`);
  });
});
