// Races that only the database can settle: two adds of the same citation, two imports of the same title. Each test
// makes the race certain instead of hoping for it: a lock on the table holds both writers at their INSERT (after
// both have read "nothing there yet"), and is released once Postgres shows both waiting.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimHistory } from "@/lib/audit/claim-history";
import { hit } from "@/lib/auth/rate-limit";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { makeActor, makePublishedDocument } from "./support";

const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
let editor: NonNullable<Actor>;
let claimId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  const doc = await makePublishedDocument(editor, "Mice given the drug recovered faster.");
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId: doc.id } })).id;
});
afterAll(async () => {
  await admin.end();
  await db.$disconnect();
});

/** Runs `writers` while `table` refuses inserts, and lets them go once `waiting` sessions wait on a lock. */
async function race<T>(table: string, waiting: number, writers: () => Promise<T>[]) {
  // The promise goes out wrapped: begin() would wait for a returned promise before committing, releasing nothing.
  const { settled } = await admin.begin(async (tx) => {
    await tx.unsafe(`LOCK TABLE "${table}" IN SHARE ROW EXCLUSIVE MODE`);
    const settled = Promise.allSettled(writers());
    for (;;) {
      const [row] = await tx<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_locks
        WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      if (row!.n >= waiting) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { settled };
  });
  return settled;
}

describe("races settled by the database", () => {
  it("lets one of two concurrent adds of the same DOI win and refuses the other as CONFLICT", async () => {
    const [alice, bob] = [await makeActor("REVIEWER"), await makeActor("REVIEWER")];
    const add = (actor: Actor) =>
      addCitations(actor, {
        source: "identifier",
        claimId,
        identifier: "10.1056/NEJMoa2034577",
        title: "Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine",
        stance: "SUPPORTS",
      });
    const results = await race("Citation", 2, () => [add(alice), add(bob)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    const live = await db.citation.findMany({
      where: { claimId, identifier: "10.1056/nejmoa2034577", deletedAt: null },
    });
    expect(live).toHaveLength(1);
  });

  it("gives two concurrent imports of the same title different slugs instead of a 500", async () => {
    const title = `Stem cells in depression ${Date.now()}`;
    const importOne = () => createDocument(editor, { title, format: "txt", content: "Mice recovered faster." });
    const results = await race("Document", 2, () => [importOne(), importOne()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const slugs = results.map((r) => (r as PromiseFulfilledResult<{ slug: string }>).value.slug).sort();
    const base = title.toLowerCase().replaceAll(" ", "-");
    expect(slugs).toEqual([base, `${base}-2`]);
  });
});

describe("rate-limit rows", () => {
  it("are deleted once expired by the next hit of another key, live windows kept", async () => {
    const tag = `sweep-${Date.now()}`;
    const past = new Date(Date.now() - 60_000);
    await db.rateLimit.createMany({
      data: [
        ...Array.from({ length: 5 }, (_, i) => ({ key: `${tag}:old:${i}`, count: 3, resetAt: past })),
        { key: `${tag}:live`, count: 2, resetAt: new Date(Date.now() + 60_000) },
      ],
    });
    // Other tests' expired windows share the table, and each hit sweeps at most 20 (in any order): hit often
    // enough to sweep them all, ours included.
    const expired = await db.rateLimit.count({ where: { resetAt: { lte: new Date() } } });
    const hits = Math.ceil(expired / 20);
    let state = { count: 0 };
    for (let i = 0; i < hits; i++) state = await hit(`${tag}:mine`, { max: 100, windowMs: 60_000 });
    expect(state.count).toBe(hits);
    const left = await db.rateLimit.findMany({ where: { key: { startsWith: tag } }, orderBy: { key: "asc" } });
    expect(left.map((r) => [r.key, r.count])).toEqual([
      [`${tag}:live`, 2],
      [`${tag}:mine`, hits],
    ]);
  });
});

describe("claim history", () => {
  it("lists the claim's own audited changes by entity type, not another entity's that shares the id", async () => {
    const [citation] = await addCitations(await makeActor("REVIEWER"), {
      source: "identifier",
      claimId,
      identifier: "https://example.org/history-test",
      stance: "MENTIONS",
    });
    await db.auditEvent.create({
      data: { action: "documents.import", entityType: "Document", entityId: claimId, after: { note: "not this" } },
    });
    const history = await claimHistory(editor, claimId);
    expect(history.filter((e) => e.entityId === citation!.id).map((e) => e.entityType)).toEqual(["Citation"]);
    expect(history.filter((e) => e.entityId === claimId)).toEqual([]);
  });
});
