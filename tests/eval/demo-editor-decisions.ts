// `tsx --conditions=react-server tests/eval/demo-editor-decisions.ts` (DATABASE_URL set, `npm run db:seed -- --demo`
// run first): the demo editor imports an invented clinic page and decides every claim's tier, with reasons, as an
// editor following ../shared/tier-rubric.md would. Those decisions are what `npm run train:claims -- --from-db` learns.
import fs from "node:fs";
import path from "node:path";
import { setClaimTier } from "@/lib/claims/edit-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { createDocument } from "@/lib/documents/create-document";
import type { ClaimTier } from "@/lib/generated/prisma/enums";

const P = "PRECLINICAL";
const E = "EARLY_HUMAN_TRIAL";
const S = "SPECULATIVE";
/** [start of the claim, the editor's tier (null: established or not an assertion), the editor's reason]. */
const DECISIONS: [string, ClaimTier | null, string][] = [
  ["Hyperbaric oxygen therapy means", null, "Definition."],
  ["At twice normal air pressure", null, "Textbook physiology."],
  ["The treatment is approved", null, "Accurate regulatory fact."],
  ["Our clients say they sleep", E, "Clients' reports are testimonials."],
  ["Many of them tell us", E, "Testimonial."],
  ["One marathon runner told us", E, "A single client's story."],
  ["Extra oxygen floods every tissue", S, "Sweeping mechanism, no source."],
  ["Pressurised oxygen rebuilds damaged", P, "Vessel regrowth is shown in animals only."],
  ["In rats with induced strokes", P, "Rats."],
  ["The treated animals also", P, "Continues the rat study."],
  ["In cultured stem cells", P, "Cell culture."],
  ["A pilot study gave 30 sessions", E, "Pilot in 14 people."],
  ["Eleven of them reported", E, "Result of the pilot."],
  ["Their memory scores improved", E, "Still the pilot."],
  ["A randomised trial in 63 adults", E, "Small randomised trial."],
  ["Large reviews have not found", null, "State of the evidence."],
  ["Within ten years", S, "Forecast."],
  ["Hyperbaric therapy could one day", S, "Hope."],
  ["Researchers hope to test it", S, "A plan, no result."],
  ["Book your first session", null, "Call to action."],
];

const editorRow = await db.user.findUniqueOrThrow({
  where: { email: "editor@demo.test" },
  select: { id: true, role: true },
});
const editor = { id: editorRow.id, role: editorRow.role };
const content = fs.readFileSync(path.join(import.meta.dirname, "demo/hyperbaric-clinic.md"), "utf8");
const document = await createDocument(editor, {
  format: "md",
  content,
  title: `Hyperbaric oxygen (demo ${Date.now()})`,
});
const claims = await listClaims(editor, document.id);
let changed = 0;
for (const [start, tier, reason] of DECISIONS) {
  const claim = claims.find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`No claim starts with "${start}"`);
  if (claim.suggestedTier !== tier) changed++;
  // Half of the claims get an editor's decision, the rest a tier set while tagging: both are labelled examples.
  if (DECISIONS.findIndex((d) => d[0] === start) % 2)
    await saveDecision(editor, { claimId: claim.id, version: 0, tier, certainty: null });
  else await setClaimTier(editor, { claimId: claim.id, version: claim.version, tier, reason });
}
console.log(`${DECISIONS.length} claims decided by the demo editor; ${changed} differ from the suggestion.`);
process.exit(0);
