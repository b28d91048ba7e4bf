// A published document with a finished critique on one claim, made through the domain functions (run with
// `tsx --conditions=react-server` against the e2e database; prints the fixture as JSON). The article, the reviewers'
// rationales, the comment and the references below are INVENTED for the reading tests: the DOIs use Crossref's
// test prefix 10.5555, which resolves to no real work.
import { addCitations } from "@/lib/citations/citations";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { createDocument } from "@/lib/documents/create-document";
import { assignReviewer } from "@/lib/editorial/assignments";
import { publishDocument, setDocumentStatus } from "@/lib/editorial/publishing";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { richText } from "../../support/rich-text";

const PARAGRAPHS = [
  "Exercise changes the brain in ways researchers are only beginning to map. Running wheels doubled the number of new neurons in the memory centres of adult mice. Cultured rat neurons grew longer dendrites when bathed in serum from exercised animals.",
  "Whether the same happens in people is less clear. A twelve-week walking programme enlarged the memory centre of older adults' brains by two percent in one randomised trial. Brain scans of marathon runners showed thicker cortex than those of sedentary peers.",
  "Supporters go much further. Daily exercise could one day replace antidepressants for most patients. Some clinics already promise that a personalised running plan will rebuild a damaged brain within months.",
  "The mechanisms are still debated. Lactate produced by working muscle raised levels of a growth factor in the blood of mice. Irisin, a hormone released during exercise, protected neurons in a dish from toxic proteins.",
  "Human studies of these molecules are small. Eight volunteers showed higher blood levels of the growth factor after a single cycling session. No trial has yet shown that raising irisin improves memory in people.",
  "For now, the evidence supports exercise as good for general health. Doctors in a survey said they recommend exercise to most patients with mild depression. The strongest claims about rebuilding the brain remain unproven.",
];

const CRITIQUED = "A twelve-week walking programme enlarged";

const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
const [editor, reviewer, reviewer2] = await Promise.all([
  user("editor@demo.test"),
  user("reviewer@demo.test"),
  user("reviewer2@demo.test"),
]);

const document = await createDocument(editor, {
  // Unique per process: two workers creating the same title at once would race for its slug.
  title: `Exercise and the brain (e2e ${process.pid})`,
  format: "txt",
  content: PARAGRAPHS.join("\n\n"),
});
// In review while it is being built, so no page lists (or prefetches and caches) it half made; published last.
await setDocumentStatus(editor, { documentId: document.id, version: 1, status: "IN_REVIEW" });
for (const person of [reviewer, reviewer2]) {
  await assignReviewer(editor, { documentId: document.id, reviewerId: person.id });
}
const claims = await db.claim.findMany({
  where: { documentId: document.id, deletedAt: null },
  select: { id: true, exact: true },
  orderBy: { position: "asc" },
});
const critiqued = claims.find((c) => c.exact.startsWith(CRITIQUED))!;

const rationales = [
  "One randomised trial in older adults, with MRI volume as the outcome: a surrogate for memory, and a small sample.",
  "The trial was randomised but unblinded; a two percent change is within what scanners drift over a year.",
];
for (const [i, person] of [reviewer, reviewer2].entries()) {
  const draft = await saveReview(person, {
    claimId: critiqued.id,
    version: 0,
    certainty: i === 0 ? "LOW" : "MODERATE",
    riskOfBias: i === 0 ? "NOT_SERIOUS" : "SERIOUS",
    indirectness: "SERIOUS",
    imprecision: i === 0 ? "SERIOUS" : "NOT_SERIOUS",
    inconsistency: "NOT_SERIOUS",
    publicationBias: "NOT_SERIOUS",
    tierOpinion: "EARLY_HUMAN_TRIAL",
    rationale: richText(rationales[i]!),
  });
  await submitReview(person, { claimId: critiqued.id, version: draft.version });
}
await addCitations(reviewer, {
  source: "identifier",
  claimId: critiqued.id,
  identifier: "10.5555/walking-trial-2011",
  title: "Walking training and hippocampal volume in older adults (invented test reference)",
  stance: "SUPPORTS",
  studyDesign: "RCT",
  note: "Volume, not memory, was the primary outcome.",
});
await addCitations(reviewer2, {
  source: "identifier",
  claimId: critiqued.id,
  identifier: "10.5555/mri-drift-2015",
  title: "Scanner drift in longitudinal brain volume studies (invented test reference)",
  stance: "CONTRADICTS",
  studyDesign: "COHORT",
});
await addComment(reviewer, {
  claimId: critiqued.id,
  body: richText("Was memory measured at all, or only volume?"),
});
await saveDecision(editor, {
  claimId: critiqued.id,
  version: 0,
  tier: "EARLY_HUMAN_TRIAL",
  certainty: "LOW",
  note: richText("One small randomised trial with a surrogate outcome."),
});
// A few more decisions so the margin shows decided and undecided claims side by side.
for (const [i, claim] of claims.entries()) {
  if (claim.id === critiqued.id || i % 3 !== 0) continue;
  await saveDecision(editor, {
    claimId: claim.id,
    version: 0,
    tier: i < 6 ? "PRECLINICAL" : "SPECULATIVE",
    certainty: i < 6 ? "MODERATE" : "VERY_LOW",
  });
}
const { version } = await db.document.findUniqueOrThrow({ where: { id: document.id }, select: { version: true } });
await publishDocument(editor, {
  documentId: document.id,
  version,
  overrideReason: "Test document: only some claims are decided.",
});
console.log(
  JSON.stringify({
    slug: document.slug,
    claims: claims.length,
    critiqued: critiqued.id,
    rationale: rationales[0],
    citation: "Walking training and hippocampal volume",
  }),
);
await db.$disconnect();
