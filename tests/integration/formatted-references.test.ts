import { describe, expect, it, vi } from "vitest";
import { type CslItem, formatReferences, STYLE_KEYS } from "@/lib/citations/csl";
import { db } from "@/lib/db/client";

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

describe("formatted references kept in Postgres", () => {
  it("are formatted once, then read back by a new process instead of formatted again", async () => {
    const items = [work(1), work(2), work(1)];
    const first = await (await freshProcess())(items, "apa");
    expect(first).toEqual(formatReferences(items, "apa"));
    const rows = await db.formattedReference.findMany({ where: { style: STYLE_KEYS.apa, text: { in: first } } });
    expect(rows).toHaveLength(2);

    // What a new process answers comes from the table: a marked row shows it was read, not formatted again.
    await db.formattedReference.updateMany({
      where: { style: STYLE_KEYS.apa, text: first[1]! },
      data: { text: "read from Postgres" },
    });
    expect(await (await freshProcess())([work(2), work(3)], "apa")).toEqual([
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
});
