import { afterAll, describe, expect, it, vi } from "vitest";
import { addCitations } from "@/lib/citations/citations";
import { type CslItem, formatReferences, STYLE_KEYS } from "@/lib/citations/csl";
import { db } from "@/lib/db/client";
import { makeActor, makeDocument } from "./support";

// Invented works (test data only).
const work = (n: number): CslItem => ({
  type: "article-journal",
  title: `Kept reference ${n} ${process.pid}`,
  author: [{ family: "Okafor", given: "A." }],
  "container-title": "Journal of Affective Disorders",
  issued: { "date-parts": [[2015]] },
});

/** formatted-references.ts afresh: its memo empty, as in a new server process. */
async function freshProcess() {
  vi.resetModules();
  return (await import("@/lib/citations/formatted-references")).formattedReferences;
}

afterAll(() => db.$disconnect());

describe("formatted references kept in Postgres", () => {
  it("are formatted once, then read back by a new process instead of formatted again", async () => {
    const items = [work(1), work(2), work(1)];
    const first = await (await freshProcess())(items, "apa");
    expect(first).toEqual(formatReferences(items, "apa"));
    const rows = await db.formattedReference.findMany({ where: { style: STYLE_KEYS.apa, text: { in: first } } });
    expect(rows).toHaveLength(2);

    // What a new process answers comes from the table: a marked row shows it was read, not formatted again; the
    // item's keys in another order (as jsonb gives them back) are the same item.
    await db.formattedReference.updateMany({
      where: { style: STYLE_KEYS.apa, text: first[1]! },
      data: { text: "read from Postgres" },
    });
    const reordered = Object.fromEntries(Object.entries(work(2)).reverse()) as CslItem;
    expect(await (await freshProcess())([reordered, work(3)], "apa")).toEqual([
      "read from Postgres",
      formatReferences([work(3)], "apa")[0],
    ]);
  });

  it("are kept per style: a Vancouver entry is not an APA one", async () => {
    const [apa] = await (await freshProcess())([work(4)], "apa");
    const [vancouver] = await (await freshProcess())([work(4)], "vancouver");
    expect(vancouver).not.toBe(apa);
    expect(vancouver).toBe(formatReferences([work(4)], "vancouver")[0]);
  });

  it("are kept when a citation is added, before any export or critique asks for them", async () => {
    const editor = await makeActor("EDITOR");
    const doc = await makeDocument(editor, "Mice recovered faster with the drug.");
    const claim = await db.claim.findFirstOrThrow({ where: { documentId: doc.id } });
    const item = work(5);
    const [citation] = await addCitations(editor, {
      source: "csl-json",
      claimId: claim.id,
      reference: JSON.stringify(item),
      stance: "SUPPORTS",
    });
    expect(
      await db.formattedReference.findMany({ where: { style: STYLE_KEYS.apa, text: citation!.apa } }),
    ).toHaveLength(1);
  });
});
