import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { acceptSuggestions } from "@/lib/claims/accept-suggestions";
import { setClaimTier } from "@/lib/claims/edit-claims";
import { fitTierModel } from "@/lib/claims/fit-tier-model";
import { installationExamples } from "@/lib/claims/installation-examples";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { makeActor } from "./support";

const stamp = Date.now();
let editor: Actor;
let reviewer: Actor;
let documentId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  const doc = await createDocument(editor, {
    title: `Tiers ${stamp}`,
    format: "md",
    content:
      "# Tiers\n\n## In the lab\n\nIn cultured neurons, the compound doubled synapse counts. Treated mice ran further.\n\n" +
      "## In people\n\nA pilot study of 12 adults found better sleep. This tonic will revolutionise how we age.\n",
  });
  documentId = doc.id;
});
afterAll(() => db.$disconnect());

const claims = () => listClaims(editor, documentId);

describe("tier suggestions and what the installation learns", () => {
  it("returns a suggestion, its confidence and its reasons for every claim, and no tier until a person decides", async () => {
    const all = await claims();
    expect(all.map((c) => c.suggestedTier)).toEqual(["PRECLINICAL", "PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE"]);
    for (const claim of all) {
      expect(claim.tier).toBeNull();
      expect(claim.confidence).toBeGreaterThan(0.25);
      expect(claim.confidence).toBeLessThanOrEqual(1);
      expect(claim.cues.length).toBeGreaterThan(0);
    }
  });

  it("accepts suggestions in bulk for editors only, all or nothing, audited claim by claim", async () => {
    const [a, b, c] = await claims();
    const batch = { documentId, claims: [a!, b!].map((x) => ({ claimId: x.id, version: x.version })) };
    await expect(acceptSuggestions(reviewer, batch)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptSuggestions(null, batch)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const stale = { documentId, claims: [...batch.claims, { claimId: c!.id, version: c!.version + 1 }] };
    await expect(acceptSuggestions(editor, stale)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await claims()).map((x) => x.tier)).toEqual([null, null, null, null]);

    const accepted = await acceptSuggestions(editor, batch);
    expect(accepted).toMatchObject([
      { id: a!.id, tier: "PRECLINICAL", tierSource: "PERSON", version: a!.version + 1 },
      { id: b!.id, tier: "PRECLINICAL", tierSource: "PERSON", version: b!.version + 1 },
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: { in: [a!.id, b!.id] }, action: "claims.tag" } });
    expect(events).toHaveLength(2);
    const history = await db.claimTierChange.findMany({ where: { claimId: a!.id } });
    expect(history).toMatchObject([{ fromTier: null, toTier: "PRECLINICAL", source: "PERSON" }]);
    expect(history[0]!.reason).toMatch(/^Accepted the suggestion/);
    await expect(
      acceptSuggestions(editor, { documentId, claims: [{ claimId: a!.id, version: a!.version + 1 }] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("learns from every tier a person set or decided, in the claim's context, and refits with it", async () => {
    const all = await claims();
    const pilot = all[2]!;
    await setClaimTier(editor, {
      claimId: pilot.id,
      version: pilot.version,
      tier: "SPECULATIVE",
      reason: "Unnamed pilot.",
    });
    const tonic = all[3]!;
    await db.decision.create({ data: { claimId: tonic.id, editorId: editor!.id, tier: null } });

    const examples = (await installationExamples()).filter((e) => all.some((c) => c.id === e.claimId));
    const byClaim = new Map(examples.map((e) => [e.claimId, e]));
    expect(examples).toHaveLength(4);
    expect(byClaim.get(all[0]!.id)).toMatchObject({ label: "PRECLINICAL", source: "installation" });
    expect(byClaim.get(pilot.id)).toMatchObject({ label: "SPECULATIVE" });
    // An editor's decision of "no tier" is an example too.
    expect(byClaim.get(tonic.id)).toMatchObject({ label: "ESTABLISHED" });
    // Judged in context: the claim under "In the lab" carries its heading.
    expect(byClaim.get(all[1]!.id)!.features).toEqual(
      expect.arrayContaining(["animal", "heading:lab", "previous:lab"]),
    );

    const model = fitTierModel(examples);
    expect(model.trainedOn).toMatchObject({ examples: 4, sources: { installation: 4 } });
  });
});
