// Two INVENTED sample articles, written for the Claimwise demo so that every role has work waiting at first sign-in:
// one in review, assigned to both demo reviewers and about half graded (some drafts, some submitted), one still a
// draft for the editor. They are not real articles and quote no real study; their titles and source author say so
// (the body stays free of notes that would become claims), and the reviewers' comments on them discuss only their
// own wording. No citations are attached to them.
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import type { DemoGrade, DemoThread, ReviewerKey } from "./seed-article-review";

export const SAMPLE_AUTHOR = "Sample article written for the Claimwise demo";

export interface SampleReview extends Partial<DemoGrade> {
  by: ReviewerKey;
  status: "DRAFT" | "SUBMITTED";
  rationale: string;
}

export interface SampleDocument {
  title: string;
  /** What makes the seed recognise the document on a second run. */
  sourceUrl: string;
  status: Exclude<DocumentStatus, "PUBLISHED">;
  assigned: ReviewerKey[];
  markdown: string;
  reviews: { quote: string; by: SampleReview[] }[];
  discussion: { quote: string; thread: DemoThread }[];
}

export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  {
    title: "Cold-Water Swimming and Mood (sample article)",
    sourceUrl: "https://example.org/claimwise-demo/cold-water-swimming",
    status: "IN_REVIEW",
    assigned: ["rita", "rafael"],
    markdown: `# Cold-Water Swimming and Mood (sample article)

## Why people are trying it

Cold-water swimming has become a popular weekend habit in many coastal towns. Many swimmers say a morning dip leaves them calmer for the rest of the day.

## What the studies found

In a pilot study of twelve adult swimmers, low-mood scores fell after eight weeks of weekly sessions. Rats placed in cold water for short periods showed higher levels of noradrenaline in the brain. A small open-label trial at one clinic reported that half of its patients with depression felt better after a month of cold showers.

## What it might mean

Cold exposure resets the brain's stress system and cures low mood for good. Regular cold swims could one day replace antidepressants for many people. Research shows that cold water boosts the immune system.

## Cautions

Sudden immersion in cold water raises heart rate and blood pressure sharply. People with heart disease should speak to a doctor before trying it.
`,
    reviews: [
      {
        quote: "pilot study of twelve adult swimmers",
        by: [
          {
            by: "rita",
            status: "SUBMITTED",
            certainty: "VERY_LOW",
            tier: "EARLY_HUMAN_TRIAL",
            rationale:
              "Twelve people, no control group, and the article gives no source. Mood often improves over eight weeks anyway.",
            down: { riskOfBias: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
          },
          {
            by: "rafael",
            status: "SUBMITTED",
            certainty: "VERY_LOW",
            tier: "EARLY_HUMAN_TRIAL",
            rationale: "Uncontrolled pilot as described. Which mood scale? Who dropped out?",
            down: { riskOfBias: "VERY_SERIOUS", imprecision: "SERIOUS" },
          },
        ],
      },
      {
        quote: "Rats placed in cold water",
        by: [
          {
            by: "rita",
            status: "SUBMITTED",
            certainty: "LOW",
            tier: "PRECLINICAL",
            rationale: "An animal finding about a neurotransmitter, not about mood in people. Fine as labelled.",
            down: { indirectness: "VERY_SERIOUS" },
          },
          {
            by: "rafael",
            status: "DRAFT",
            tier: "PRECLINICAL",
            rationale: "Animal study; need to check what 'short periods' means before grading.",
          },
        ],
      },
      {
        quote: "half of its patients with depression felt better",
        by: [
          {
            by: "rita",
            status: "DRAFT",
            certainty: "VERY_LOW",
            rationale: "Open-label, single clinic, self-report. Drafting.",
          },
          {
            by: "rafael",
            status: "SUBMITTED",
            certainty: "VERY_LOW",
            tier: "EARLY_HUMAN_TRIAL",
            rationale:
              "No comparison group and an unblinded outcome: 'half felt better' is what an open label predicts.",
            down: { riskOfBias: "VERY_SERIOUS", imprecision: "SERIOUS" },
          },
        ],
      },
      {
        quote: "resets the brain's stress system",
        by: [
          {
            by: "rita",
            status: "SUBMITTED",
            certainty: "VERY_LOW",
            tier: "SPECULATIVE",
            rationale: "'Cures low mood for good' goes far beyond a twelve-person pilot and a rat study.",
            down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
          },
        ],
      },
      {
        quote: "could one day replace antidepressants",
        by: [{ by: "rita", status: "DRAFT", tier: "SPECULATIVE", rationale: "Forecast; to grade." }],
      },
      {
        quote: "raises heart rate and blood pressure sharply",
        by: [
          {
            by: "rafael",
            status: "SUBMITTED",
            certainty: "MODERATE",
            tier: null,
            rationale:
              "A well-known physiological response, stated carefully. Background rather than a claim about a treatment.",
            down: { imprecision: "SERIOUS" },
          },
        ],
      },
    ],
    discussion: [
      {
        quote: "pilot study of twelve adult swimmers",
        thread: {
          by: "eddie",
          text: "Rita, Rafael: the studies section first, please. The three claims there carry the article.",
          replies: [{ by: "rafael", text: "On it. The clinic trial needs a source before I can do much with it." }],
        },
      },
    ],
  },
  {
    title: "Omega-3 Supplements and Memory (sample article)",
    sourceUrl: "https://example.org/claimwise-demo/omega-3-memory",
    status: "DRAFT",
    assigned: [],
    markdown: `# Omega-3 Supplements and Memory (sample article)

Fish-oil capsules are among the most popular supplements sold. In cell cultures, a fatty acid found in fish oil protected neurons from oxidative damage. Older adults who took fish oil in a small six-month study remembered word lists slightly better. Taking omega-3 every day will keep your memory sharp into old age.
`,
    reviews: [],
    discussion: [],
  },
];
