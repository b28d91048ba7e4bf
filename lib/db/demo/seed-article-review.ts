// The demo's finished review of the seed article (prisma/seed/stem-cells-neuroplasticity.txt): what the two demo
// reviewers graded and cited on each claim, the discussions, and the editor's decisions. Each entry is found by a
// distinctive quote from its sentence, so it still lands when the segmenter splits the article differently; a claim
// no entry matches gets the generic review in ./fallback-review.ts. The rationales say only what the cited works
// (./references.ts, each confirmed with the search tool) report; where nothing is cited for a sentence, the reviewers
// say so rather than claim more.
import type { Certainty, ClaimTier, Stance, StudyDesign } from "@/lib/generated/prisma/enums";
import type { Domain } from "@/lib/reviews/schemas";
import type { ReferenceKey } from "./references";

export type ReviewerKey = "rita" | "rafael";
export type DemoPerson = ReviewerKey | "eddie";

export interface DemoGrade {
  certainty: Certainty;
  /** The reviewer's view of the evidence tier (null: background, not a claim about a therapy's evidence). */
  tier: ClaimTier | null;
  rationale: string;
  /** Downgraded GRADE domains; the others are graded not serious. */
  down?: Partial<Record<Domain, "SERIOUS" | "VERY_SERIOUS">>;
}

export interface DemoCitation {
  ref: ReferenceKey;
  by: ReviewerKey;
  stance: Stance;
  design: StudyDesign;
  note: string;
}

export interface DemoThread {
  by: DemoPerson;
  text: string;
  replies?: { by: DemoPerson; text: string }[];
  resolved?: boolean;
}

export interface DemoClaimReview {
  /** A distinctive part of the claim's sentence (matched by containment). */
  quote: string;
  rita: DemoGrade;
  rafael: DemoGrade;
  citations?: DemoCitation[];
  decision: { tier: ClaimTier | null; certainty: Certainty; note: string };
  discussion?: DemoThread[];
}

export const SEED_ARTICLE_REVIEW: DemoClaimReview[] = [
  {
    quote: "remarkable ability to reorganize itself",
    rita: {
      certainty: "HIGH",
      tier: null,
      rationale: "A textbook definition of neuroplasticity. 'Remarkable' is rhetoric; the definition itself is sound.",
    },
    rafael: {
      certainty: "HIGH",
      tier: null,
      rationale: "Standard definition, fine as background. Nothing here needs a citation or a tier.",
    },
    decision: { tier: null, certainty: "HIGH", note: "Background definition; not a claim about a treatment." },
  },
  {
    quote: "adapt to experiences, injuries, and changing environments",
    rita: {
      certainty: "HIGH",
      tier: null,
      rationale: "General description of what plasticity is for. Accurate at this level of generality.",
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale:
        "Broadly right, but 'recovery' is stated as if it were routine, and the sentence gives no source for how much of it plasticity brings.",
      down: { indirectness: "SERIOUS" },
    },
    decision: {
      tier: null,
      certainty: "MODERATE",
      note: "Background. Moderate rather than high because 'recovery' is stated more confidently than it happens.",
    },
  },
  {
    quote: "pivotal for resilience against mood disorders",
    rita: {
      certainty: "LOW",
      tier: "SPECULATIVE",
      rationale:
        "A hypothesis stated as fact. Synapse loss has been found in depressed brains, but no study cited shows plasticity is what makes people resilient.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "The plasticity account of depression comes mostly from animal stress models. Kang et al. add postmortem human data on synapse loss, which fits the account but does not test 'resilience'.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "kang2012",
        by: "rafael",
        stance: "MENTIONS",
        design: "OTHER",
        note: "Postmortem study: fewer synapses in the dorsolateral prefrontal cortex in MDD. Consistent with the account; silent on resilience.",
      },
    ],
    decision: {
      tier: "SPECULATIVE",
      certainty: "LOW",
      note: "Plausible hypothesis, stated as settled. Speculative: nothing cited measures resilience.",
    },
  },
  {
    quote: "neuroplasticity is often compromised",
    rita: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Lead-in to the list below. Human postmortem and imaging findings point this way, but 'neuroplasticity' is inferred from them rather than measured.",
      down: { indirectness: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale:
        "'Often' is vague. The human evidence is on depression; the article keeps adding anxiety without any anxiety data.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "kang2012",
        by: "rita",
        stance: "SUPPORTS",
        design: "OTHER",
        note: "Lower expression of synapse-related genes and fewer synapses in postmortem prefrontal cortex of MDD subjects.",
      },
    ],
    decision: {
      tier: null,
      certainty: "LOW",
      note: "Background on depression, supported by postmortem work; the anxiety half is unsupported.",
    },
  },
  {
    quote: "lower levels of synaptic plasticity",
    rita: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Kang et al. counted fewer synapses in postmortem dorsolateral prefrontal cortex of people with MDD: direct, but small and from one region. It says nothing about the hippocampus, about anxiety, or about plasticity as a function.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Fits the postmortem findings and the rat stress models (Li et al. describe stress-induced synaptic deficits that ketamine reverses), but 'these patients' lumps anxiety in with depression.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "kang2012",
        by: "rita",
        stance: "SUPPORTS",
        design: "OTHER",
        note: "Postmortem electron microscopy: fewer synapses in the dlPFC in MDD.",
      },
      {
        ref: "li2010",
        by: "rafael",
        stance: "MENTIONS",
        design: "ANIMAL",
        note: "Rats: ketamine increases spine synapses in the prefrontal cortex, opposite to the deficits stress causes.",
      },
    ],
    decision: {
      tier: null,
      certainty: "LOW",
      note: "Supported for depression by small postmortem work; not shown for anxiety.",
    },
  },
  {
    quote: "dysregulated cortisol levels lead to the shrinkage of the hippocampus",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "The volume difference is real but small: ENIGMA pooled 1,728 patients and 7,199 controls and found hippocampi smaller by about 1% (d = -0.14), driven by recurrent depression, with no difference at a first episode. That stress and cortisol cause it is not something a cross-sectional study can show.",
      down: { riskOfBias: "SERIOUS", indirectness: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "The cortisol mechanism is asserted without a source. In patients we only have an association, and a modest one.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "schmaal2016",
        by: "rita",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "Lower hippocampal volume in MDD (d = -0.14), mostly in recurrent and early-onset depression. Association only.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "LOW",
      note: "Smaller hippocampi in recurrent depression: yes, modestly. Cortisol as the cause: asserted, not shown.",
    },
  },
  {
    quote: "This shrinkage reduces the brain's ability to manage emotions",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "A causal claim with no study cited. The volume difference it builds on is about 1%.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Nothing cited shows that the small hippocampal differences explain emotional symptoms. Pure inference.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "schmaal2016",
        by: "rafael",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "Measures volume, not emotional regulation.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Causal step with no evidence cited." },
  },
  {
    quote: "is severely diminished in the hippocampus in individuals with depression",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "'Severely' is not supported. Whether adult humans make new hippocampal neurons at all is disputed: Sorrells et al. detected no young neurons in adult hippocampi, while Spalding et al. estimated about 700 new neurons a day from carbon dating. No study comparing depressed and healthy people is cited.",
      down: { inconsistency: "SERIOUS", indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "The neurogenesis account of depression rests on rodents: in Santarelli's mice, blocking neurogenesis blocked the behavioural effect of antidepressants. Stating it as a fact about patients overreaches.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "sorrells2018",
        by: "rita",
        stance: "CONTRADICTS",
        design: "OTHER",
        note: "No young neurons detected in adult dentate gyrus (17 postmortem, 12 epilepsy samples). If that holds, there is little to diminish.",
      },
      {
        ref: "spalding2013",
        by: "rita",
        stance: "MENTIONS",
        design: "OTHER",
        note: "Carbon-14 dating: about 700 new hippocampal neurons a day in adults. Healthy brains; not about depression.",
      },
      {
        ref: "santarelli2003",
        by: "rafael",
        stance: "MENTIONS",
        design: "ANIMAL",
        note: "Mice: antidepressant behavioural effects required hippocampal neurogenesis.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "The neurogenesis account is from animals; in humans even the baseline is contested.",
    },
    discussion: [
      {
        by: "rafael",
        text: "Is 'contradicts' right for Sorrells? The paper doesn't study depression at all.",
        replies: [
          {
            by: "rita",
            text: "It contradicts the premise. 'Severely diminished in depression' assumes adults make measurable numbers of new neurons; Sorrells found none after childhood. Spalding points the other way, which is why I added it too.",
          },
          {
            by: "eddie",
            text: "Keeping 'contradicts' with Rita's note. Readers should see that the baseline itself is disputed.",
          },
        ],
        resolved: true,
      },
    ],
  },
  {
    quote: "directly impacts cognitive functions and emotional processing",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "'Directly' is unearned: nothing cited links a neurogenesis deficit to cognition or emotion in people.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Builds on the previous sentence, which is itself unsupported in humans.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Unsupported causal claim." },
  },
  {
    quote: "disrupt the communication between key emotional-regulation circuits",
    rita: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Kaiser et al.'s meta-analysis (27 datasets, 556 patients, 518 controls) does find network-level connectivity differences in MDD, for example hypoconnectivity within the frontoparietal control network. That stress and 'emotional instability' cause them is not shown.",
      down: { indirectness: "SERIOUS", riskOfBias: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Connectivity differences in depression are well described; the amygdala-prefrontal story is a simplification and the causal direction is unknown.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "kaiser2015",
        by: "rita",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "Resting-state connectivity meta-analysis: network dysfunction in MDD. Cross-sectional.",
      },
    ],
    decision: {
      tier: null,
      certainty: "LOW",
      note: "Connectivity differences in depression are documented; their cause is not.",
    },
  },
  {
    quote: "This dysfunction impairs mood regulation and adaptive coping",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Restates the hypothesis as a mechanism. Imaging correlations cannot tell which way this runs.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "No source. Plausible, unproven.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "kaiser2015",
        by: "rafael",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "Describes the connectivity differences, not their consequences.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Causal reading of correlational data." },
  },
  {
    quote: "stem cell therapies are beginning to offer a more direct and potent approach",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "No trial comparing stem cells with antidepressants is cited, so 'more direct and potent' and 'more rapid and lasting' have nothing behind them. The article also ignores that rapid-acting treatments exist: Berman et al. saw improvement within 72 hours of a single ketamine infusion in a small crossover trial.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Marketing claim. Do Prado-Lima et al.'s review is still asking whether cell therapy has any place in depression; 'beginning to offer' is ahead of the evidence.",
      down: { indirectness: "VERY_SERIOUS", publicationBias: "SERIOUS" },
    },
    citations: [
      {
        ref: "berman2000",
        by: "rita",
        stance: "MENTIONS",
        design: "RCT",
        note: "Seven patients, randomised double-blind ketamine vs saline: improvement within 72 h. Rapid antidepressant effects without stem cells.",
      },
      {
        ref: "doPradoLima2021",
        by: "rafael",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Minireview asking whether cellular therapy has a place in depression; clinical studies were still in progress.",
      },
    ],
    decision: {
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      note: "No comparative evidence cited. Rapid-acting antidepressants already exist and are not stem cells.",
    },
    discussion: [
      {
        by: "eddie",
        text: "Why cite a ketamine trial on a stem cell claim?",
        replies: [
          {
            by: "rita",
            text: "Because the sentence's selling point is speed versus 'weeks or months'. A reader should know rapid antidepressant effects have been shown in a randomised trial of something else.",
          },
          {
            by: "rafael",
            text: "Agreed, as 'mentions' only. It is not evidence for or against stem cells.",
          },
        ],
        resolved: true,
      },
    ],
  },
  {
    quote: "are powerful agents in enhancing brain function",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Superlative without a source. No human study is cited showing that MSCs or NSCs enhance brain function.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Kot et al.'s review covers MSC effects on neurogenesis in animal models and spells out the limits of extrapolating them to people. 'Powerful' is not their word.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rafael",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Review of MSCs, antidepressants and hippocampal neurogenesis; discusses the limits of animal-to-human extrapolation.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Superlative with no human evidence." },
  },
  {
    quote: "directly replace lost neurons but create an environment",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "The 'environment, not replacement' idea is how the animal literature interprets MSC effects. No test of it in patients is cited.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "A mechanism from lab and animal work, presented as what happens in treated patients.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rita",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Reviews MSC effects on the hippocampal niche in animal models.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Animal-model mechanism." },
  },
  {
    quote: "Stem cells release neurotrophic factors, which are proteins",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "Plausible cell biology, but only reviews are attached here; no study measuring what the cells given to patients actually secrete is cited.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "Lab-level statement. The definition of neurotrophic factors is fine; the therapeutic relevance is not shown.",
      down: { indirectness: "SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "LOW", note: "Lab finding, no human measurement." },
  },
  {
    quote: "Key molecules such as brain-derived neurotrophic factor",
    rita: {
      certainty: "MODERATE",
      tier: null,
      rationale: "Textbook neurotrophin biology, fine as background. Nothing here is specific to stem cells.",
      down: { indirectness: "SERIOUS" },
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale: "Accurate as general neuroscience; 'overall brain health' is vague.",
      down: { imprecision: "SERIOUS" },
    },
    decision: { tier: null, certainty: "MODERATE", note: "Background neurobiology." },
  },
  {
    quote: "ensure that neurons survive and thrive",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "'Ensure' overstates lab findings; no evidence that this counteracts depression in patients.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "'Degenerative effects of chronic stress and depression' are asserted, not shown.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Lab-level mechanism stated as clinical fact." },
  },
  {
    quote: "encourage the formation of new synaptic connections, strengthening",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "The closest evidence is Li et al.: in rats, ketamine rapidly increased spine synapses in the prefrontal cortex through mTOR signalling. That is a drug, not neurotrophic factors released by stem cells.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "Synaptogenesis is an animal-model readout here; 'mood regulation' in people is an extrapolation.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "li2010",
        by: "rita",
        stance: "MENTIONS",
        design: "ANIMAL",
        note: "Rats: ketamine activates mTOR and increases spine synapses in the prefrontal cortex.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "LOW", note: "Shown in animals, for other interventions." },
  },
  {
    quote: "By enhancing LTP",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "LTP is measured in slices and animals. 'Healthier patterns of emotional regulation' is a leap.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Starts with lab physiology and ends with a promise about coping. No source for either half.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Lab physiology extended to behaviour without evidence.",
    },
  },
  {
    quote: "Chronic inflammation plays a significant role in impairing neuroplasticity",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "Dowlati et al.'s meta-analysis found higher TNF-α and IL-6 in depressed patients than in controls. That inflammation impairs plasticity in patients is an inference from animal work, not shown by those data.",
      down: { indirectness: "SERIOUS", riskOfBias: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "Elevated cytokines in depression are documented; 'significant role' in plasticity is not.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "dowlati2010",
        by: "rita",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "Higher TNF-α and IL-6 concentrations in depressed subjects. Association, not mechanism.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "LOW",
      note: "Inflammation markers are raised in depression; the plasticity link is from animals.",
    },
  },
  {
    quote: "Stem cells help modulate the immune response in the brain",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "No study of the human brain is cited. Immunomodulation by MSCs is a lab and animal observation.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Stated as what happens in patients' brains; nothing measures that.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "No human brain data." },
  },
  {
    quote: "decrease the levels of pro-inflammatory cytokines",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "Dowlati et al. show TNF-α is raised in depression; nothing cited shows stem cells lower it in patients, and 'exacerbate neural damage' is not measured in those studies.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Animal-model claim presented as clinical.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "dowlati2010",
        by: "rita",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "Establishes raised TNF-α and IL-6 in depression; says nothing about stem cells.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "No human evidence that stem cells lower cytokines.",
    },
  },
  {
    quote: "become overactive in individuals with depression and anxiety",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "That microglia are the brain's resident immune cells is textbook. That they are 'overactive' in depression and anxiety is stated as settled with no human study attached.",
      down: { indirectness: "SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "The definition is fine; the disease claim needs a source the article doesn't give.",
      down: { indirectness: "SERIOUS" },
    },
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Definition correct; the claim about patients has no cited evidence.",
    },
  },
  {
    quote: "shift microglia from a M1 pro-inflammatory phenotype",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "Beyond the missing evidence, the framing itself is contested: Ransohoff argues that M1/M2 polarisation of microglia has not been established by research findings and that the terminology should be dropped.",
      down: { indirectness: "VERY_SERIOUS", inconsistency: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Cell-culture vocabulary applied to patients. No human data.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "ransohoff2016",
        by: "rita",
        stance: "CONTRADICTS",
        design: "REVIEW",
        note: "Opinion piece: microglial M1/M2 polarisation is not established and the terms hinder research.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Lab vocabulary whose validity is itself disputed; no human evidence.",
    },
    discussion: [
      {
        by: "rafael",
        text: "Ransohoff is an opinion piece. Enough for 'contradicts'?",
        replies: [
          {
            by: "rita",
            text: "It contradicts the framing, not a result, and I've said so in the note. Happy to downgrade to 'mentions' if the editor prefers.",
          },
        ],
      },
    ],
  },
  {
    quote: "Astrocytes, a type of glial cell, are essential",
    rita: {
      certainty: "HIGH",
      tier: null,
      rationale: "Textbook. Astrocytes support synapses and neurotransmitter clearance.",
    },
    rafael: { certainty: "HIGH", tier: null, rationale: "Background, accurate." },
    decision: { tier: null, certainty: "HIGH", note: "Background neurobiology." },
  },
  {
    quote: "Stem cells improve astrocyte function",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "No source, and no measurement of 'neurotransmitter activity' after stem cell treatment in people is cited.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Mechanism without a study.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Uncited mechanism." },
  },
  {
    quote: "activation of endogenous neural stem cells",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "Kot et al. review animal studies in which MSCs boost hippocampal neurogenesis. Whether adult humans have much neurogenesis to boost is disputed (Sorrells et al.).",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Animal finding; the human premise is contested.",
      down: { indirectness: "VERY_SERIOUS", inconsistency: "SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rita",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Reviews MSC effects on hippocampal neurogenesis in animal models.",
      },
      {
        ref: "sorrells2018",
        by: "rafael",
        stance: "MENTIONS",
        design: "OTHER",
        note: "Young neurons undetectable in adult human hippocampus in this series.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Animal evidence; contested human premise." },
  },
  {
    quote: "migrate to neurogenic niches",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "Homing of administered MSCs to the hippocampus is asserted without a source. The reviews attached discuss effects in animals, not tracked cells in patients.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Written as if observed in treated patients. No such observation is cited.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rafael",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Animal work on MSCs and neurogenesis, with technical limits of MSC products discussed.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Animal-model mechanism stated as clinical." },
  },
  {
    quote: "reverses the hippocampal atrophy typically seen in depression",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "'Typically' overstates the atrophy (ENIGMA: about 1% on average, mainly in recurrent depression), and no human study is cited showing stem cells reverse it.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "'Restore cognitive and emotional functioning' is a clinical outcome with no clinical data.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "schmaal2016",
        by: "rita",
        stance: "CONTRADICTS",
        design: "META_ANALYSIS",
        note: "The volume difference is small and absent at a first episode: not a 'typical' atrophy.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Overstates the atrophy and claims a reversal not shown in people.",
    },
  },
  {
    quote: "disruptions in functional connectivity between brain regions",
    rita: {
      certainty: "LOW",
      tier: null,
      rationale:
        "Connectivity differences in MDD are supported by Kaiser et al.'s meta-analysis; 'often lead to emotional dysregulation' is causal language the imaging cannot carry. Anxiety is again added without data.",
      down: { indirectness: "SERIOUS", riskOfBias: "SERIOUS" },
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale: "As a description of depression imaging this is fair; I'd drop 'lead to'.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "kaiser2015",
        by: "rafael",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "27 datasets; altered large-scale network connectivity in MDD.",
      },
    ],
    decision: {
      tier: null,
      certainty: "LOW",
      note: "Connectivity differences are documented in depression; causation and anxiety are not.",
    },
  },
  {
    quote: "Stem cells help restore neural circuits and network-level connectivity",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "No study measuring connectivity after stem cell treatment in people is cited.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Unsupported lead-in to two unsupported items.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "No evidence cited." },
  },
  {
    quote: "new synaptic connections in the prefrontal cortex, which regulates emotion",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "The prefrontal synaptogenesis evidence cited is for ketamine in rats (Li et al.), not for stem cells or patients.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Animal-style endpoint applied to a therapy with no such data.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "li2010",
        by: "rita",
        stance: "MENTIONS",
        design: "ANIMAL",
        note: "The kind of evidence this would need: synapse counts in rat prefrontal cortex, for a different treatment.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "At most an animal-model hypothesis." },
  },
  {
    quote: "Re-establishing communication between the hippocampus, amygdala",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "'Ensuring more adaptive emotional responses' is a promise, not a finding.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "No source, and no measurement in people cited.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Unsupported." },
  },
  {
    quote: "stem cell transplantation has shown promising results",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "A fair summary of the animal literature reviewed by Kot et al. and do Prado-Lima et al.; 'promising' is the article's word. Small animal studies are prone to publication bias, and none of this is evidence in patients.",
      down: { indirectness: "VERY_SERIOUS", publicationBias: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "Correctly labelled as animal work, at least. Depression models in rodents are imperfect proxies.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rita",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Reviews MSC studies in animal models of depression and stress.",
      },
      {
        ref: "doPradoLima2021",
        by: "rafael",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Tabulates the main studies of stem cells in depression.",
      },
      {
        ref: "chang2023",
        by: "rafael",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Another review of stem cells for depressive disorder.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "LOW", note: "Accurate as a statement about animal studies." },
  },
  {
    quote: "have been shown to reverse hippocampal atrophy, enhance synaptogenesis",
    rita: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale:
        "Rodent findings, as the sentence says. The reviews attached summarise them; heterogeneous models and cell preparations make the pooled picture imprecise.",
      down: { indirectness: "VERY_SERIOUS", inconsistency: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "PRECLINICAL",
      rationale: "'Restore behavioral function' in a rodent model is not a human outcome.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rafael",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "MSCs and hippocampal neurogenesis in animal models.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "LOW", note: "Rodent evidence, correctly described as such." },
  },
  {
    quote: "often superior to traditional pharmaceutical treatments",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "No head-to-head study is cited. In Santarelli's mice the behavioural effect of ordinary antidepressants itself depended on hippocampal neurogenesis, so treating the two as rivals misreads that literature.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "'Superior in speed and magnitude' needs comparative data; there are none here.",
      down: { indirectness: "VERY_SERIOUS", publicationBias: "SERIOUS" },
    },
    citations: [
      {
        ref: "santarelli2003",
        by: "rita",
        stance: "MENTIONS",
        design: "ANIMAL",
        note: "Antidepressant behavioural effects in mice required hippocampal neurogenesis.",
      },
    ],
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Animal claim with an uncited comparison.",
    },
  },
  {
    quote: "These studies indicate that stem cell therapies may offer",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Animal studies cannot 'indicate' a solution for patients. Kot et al. themselves discuss what limits extrapolating these results to humans.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Leap from rodents to 'lasting solution'.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rita",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Addresses the limits of extrapolating from animal models to human application.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Extrapolation from animal studies." },
  },
  {
    quote: "Early-phase human clinical trials also show positive results",
    rita: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale:
        "No trial is named. The reviews we could confirm describe clinical studies of cell therapy in depression as in progress (do Prado-Lima et al.); no published controlled result is cited to grade.",
      down: { riskOfBias: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale: "'Positive results' from unnamed early trials is the weakest kind of human evidence.",
      down: { riskOfBias: "VERY_SERIOUS", publicationBias: "SERIOUS" },
    },
    citations: [
      {
        ref: "doPradoLima2021",
        by: "rita",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "Lists clinical studies of stem cells in depression that were still in progress.",
      },
    ],
    decision: {
      tier: "EARLY_HUMAN_TRIAL",
      certainty: "VERY_LOW",
      note: "Unnamed early trials; no published controlled evidence cited.",
    },
  },
  {
    quote: "have reported improvements in mood, cognitive flexibility, and resilience",
    rita: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale: "Patient reports without a named study, control group or measure. Expectation effects are likely.",
      down: { riskOfBias: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale: "Testimonial-level evidence. Which trials, how many patients, what outcome scale?",
      down: { riskOfBias: "VERY_SERIOUS", indirectness: "SERIOUS" },
    },
    decision: {
      tier: "EARLY_HUMAN_TRIAL",
      certainty: "VERY_LOW",
      note: "Uncontrolled reports; no study identified.",
    },
  },
  {
    quote: "often well-tolerated, with minimal adverse effects",
    rita: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale:
        "Two claims in one. Tolerability has support, but indirect: Lalu et al. found no association with serious harms in MSC trials (transient fever apart), and Wang et al. pooled 62 RCTs across about 20 conditions with similar results; neither review is about depression. 'Rapid mood stabilisation' has no evidence cited; rapid effects are documented for ketamine (Berman et al.), not stem cells.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale:
        "I'd grade the safety half on its own: two meta-analyses of MSC trials, in conditions other than depression, report mostly transient adverse events such as fever. The efficacy half drags it down.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "lalu2012",
        by: "rafael",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "36 studies, 1,012 participants (stroke, Crohn's, cardiac, GVHD): no association with serious harms; transient fever.",
      },
      {
        ref: "wang2021",
        by: "rafael",
        stance: "SUPPORTS",
        design: "META_ANALYSIS",
        note: "62 RCTs, 3,546 participants: transient fever, administration-site events, fatigue; no serious adverse events found.",
      },
      {
        ref: "berman2000",
        by: "rita",
        stance: "MENTIONS",
        design: "RCT",
        note: "Rapid antidepressant effect shown for ketamine, which the article's comparison leaves out.",
      },
    ],
    decision: {
      tier: "EARLY_HUMAN_TRIAL",
      certainty: "VERY_LOW",
      note: "MSCs look tolerable in trials for other diseases (low certainty for depression). Rapid mood stabilisation: no evidence.",
    },
    discussion: [
      {
        by: "rafael",
        text: "Rita, very low seems harsh for the safety part. Two meta-analyses agree.",
        replies: [
          {
            by: "rita",
            text: "For safety alone I'd say low too. But the sentence also promises rapid mood stabilisation with nothing behind it, and we grade the claim as written.",
          },
          {
            by: "eddie",
            text: "Deciding very low for the sentence, and the note says the safety half is better supported than the rest.",
          },
        ],
        resolved: true,
      },
    ],
  },
  {
    quote: "Ongoing studies are focusing on optimizing delivery methods",
    rita: {
      certainty: "LOW",
      tier: null,
      rationale: "A description of research activity, not an efficacy claim. Reasonable, though no study is named.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale: "Fair description of where the field is: trials are still in progress (do Prado-Lima et al.).",
      down: { imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "doPradoLima2021",
        by: "rafael",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Describes clinical studies of cell therapy in depression under way.",
      },
    ],
    decision: { tier: null, certainty: "LOW", note: "State of research; accurate in outline." },
  },
  {
    quote: "psychotherapy plays a crucial role in guiding the brain's reorganization",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Psychotherapy helps: Cuijpers et al. found adding it to antidepressants beats medication alone. 'Guiding the brain's reorganisation' after stem cell therapy is invented framing.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "SPECULATIVE",
      rationale: "The psychotherapy half is well supported in general; its pairing with stem cells is untested.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "cuijpers2014",
        by: "rafael",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "52 RCTs: combined psychotherapy and antidepressants better than antidepressants alone (g = 0.43).",
      },
    ],
    decision: {
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      note: "Psychotherapy works; the stem-cell framing around it is speculative.",
    },
  },
  {
    quote: "can maximize neuroplasticity by helping patients",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "No trial combining stem cells with CBT, mindfulness or brain stimulation is cited. The combination evidence that exists (Cuijpers et al.) is for psychotherapy plus antidepressant medication.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "'Maximize' is a promise.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "cuijpers2014",
        by: "rita",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "Evidence for combining psychotherapy with medication, not with cell therapy.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Untested combination." },
  },
  {
    quote: "Use their enhanced brain networks",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Nothing cited shows 'enhanced brain networks' after treatment.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Depends on two unsupported premises.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Rests on unsupported premises." },
  },
  {
    quote: "Overcome maladaptive neural patterns",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Describes what CBT aims to do, in neural vocabulary. Nothing specific to stem cells.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: "SPECULATIVE",
      rationale: "Fair as a description of CBT's aims; 'neural patterns' is decoration.",
      down: { indirectness: "SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Aims of therapy, not evidence." },
  },
  {
    quote: "can be a game-changer",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Marketing superlative with no evidence.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "'Game-changer' for an untested combination.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Superlative, no evidence." },
  },
  {
    quote: "there are several hurdles",
    rita: {
      certainty: "MODERATE",
      tier: null,
      rationale: "An accurate statement about the state of the field, the most defensible sentence in this section.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale:
        "True. One hurdle the article omits: unapproved stem cell interventions are widely sold direct to consumers (Turner & Knoepfler).",
      down: { imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "turner2016",
        by: "rafael",
        stance: "MENTIONS",
        design: "OTHER",
        note: "Documents direct-to-consumer marketing of unapproved stem cell interventions by US businesses.",
      },
    ],
    decision: { tier: null, certainty: "MODERATE", note: "Accurate statement about the state of the evidence." },
  },
  {
    quote: "successfully reach specific brain regions is challenging",
    rita: {
      certainty: "MODERATE",
      tier: null,
      rationale: "A fair description of an open technical problem.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale: "Agree in substance; it sits oddly with the earlier claim that MSCs 'migrate to neurogenic niches'.",
      down: { inconsistency: "SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rita",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Discusses technical challenges of MSCs and their products.",
      },
    ],
    decision: { tier: null, certainty: "MODERATE", note: "Open problem, fairly stated." },
  },
  {
    quote: "Variability in stem cell preparation and donor sources",
    rita: {
      certainty: "MODERATE",
      tier: null,
      rationale: "Reasonable: the technical challenges of MSC products are a recurring theme in the reviews.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale: "Accurate caution. It also undermines the confident efficacy claims earlier in the article.",
      down: { imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "kot2022",
        by: "rafael",
        stance: "SUPPORTS",
        design: "REVIEW",
        note: "Technical challenges associated with MSCs and their cellular products.",
      },
    ],
    decision: { tier: null, certainty: "MODERATE", note: "Accurate caution." },
  },
  {
    quote: "risks of tumorigenesis or immune rejection",
    rita: {
      certainty: "MODERATE",
      tier: null,
      rationale:
        "The call for long-term follow-up is well founded. Amariglio et al. report a donor-derived brain tumour four years after fetal neural stem cell injections; Lalu et al.'s meta-analysis of MSC trials found no association with malignancy, but trial follow-up cannot rule out late effects.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale: "Agree. A single case report is rare-event evidence, but that is exactly why follow-up must be long.",
      down: { imprecision: "SERIOUS" },
    },
    citations: [
      {
        ref: "amariglio2009",
        by: "rita",
        stance: "SUPPORTS",
        design: "CASE_SERIES",
        note: "Case report: multifocal brain tumour of donor origin after neural stem cell transplantation.",
      },
      {
        ref: "lalu2012",
        by: "rafael",
        stance: "MENTIONS",
        design: "META_ANALYSIS",
        note: "No association with malignancy in the randomised trials pooled.",
      },
    ],
    decision: {
      tier: null,
      certainty: "MODERATE",
      note: "Well-founded caution; tumour risk is documented for neural stem cells.",
    },
  },
  {
    quote: "regulatory and ethical questions surrounding their use in humans",
    rita: {
      certainty: "HIGH",
      tier: null,
      rationale:
        "Uncontroversial, and documented: Turner & Knoepfler describe widespread direct-to-consumer marketing of unapproved stem cell interventions in the US.",
    },
    rafael: {
      certainty: "MODERATE",
      tier: null,
      rationale: "True, and understated. The regulatory questions apply to MSC clinics too, not only to NSCs.",
      down: { indirectness: "SERIOUS" },
    },
    citations: [
      {
        ref: "turner2016",
        by: "rita",
        stance: "SUPPORTS",
        design: "OTHER",
        note: "Unapproved stem cell interventions marketed to consumers; calls for better regulatory oversight.",
      },
      {
        ref: "amariglio2009",
        by: "rafael",
        stance: "MENTIONS",
        design: "CASE_SERIES",
        note: "Harm from neural stem cell injections: a brain tumour of donor origin.",
      },
    ],
    decision: { tier: null, certainty: "MODERATE", note: "Accurate; the regulatory problem is wider than NSCs." },
  },
  {
    quote: "cell-free exosome therapy",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "No study of exosome therapy in depression is cited, and 'safer, more efficient' has no comparative data behind it.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Hedged ('may'), but still a forecast with no evidence.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Forecast without evidence." },
  },
  {
    quote: "harnesses the paracrine signaling mechanisms",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Paracrine signalling is a lab concept; 'without the potential complications' is not established.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Safety advantage asserted; no comparison cited.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    decision: {
      tier: "PRECLINICAL",
      certainty: "VERY_LOW",
      note: "Lab mechanism; the safety advantage is not shown.",
    },
  },
  {
    quote: "represent a revolutionary approach",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "'Revolutionary' for a treatment whose place in depression reviews still ask about (do Prado-Lima et al.). The evidence reviewed above is animal work.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Conclusion stronger than anything in the article.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "doPradoLima2021",
        by: "rita",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "The question is still open in the review literature.",
      },
    ],
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Superlative conclusion." },
  },
  {
    quote: "Boost neurotrophic support",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Recap of the neurotrophic section: lab and animal mechanism, not shown in patients.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "'Promotes emotional resilience' adds a clinical outcome no cited study measured.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Same as the section it summarises." },
  },
  {
    quote: "Reduce neuroinflammation and improve glial function",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "Recap; see the microglia claims, including the disputed M1/M2 framing (Ransohoff).",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "No human data on neuroinflammation after stem cells.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "ransohoff2016",
        by: "rita",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "On the M1/M2 vocabulary the article relies on.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Animal and lab mechanism." },
  },
  {
    quote: "Stimulate neurogenesis, particularly in the hippocampus, reversing",
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "Animal finding; in adult humans the extent of hippocampal neurogenesis is disputed (Sorrells et al. vs Spalding et al.), and no reversal of damage in people is cited.",
      down: { indirectness: "VERY_SERIOUS", inconsistency: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "Moreno-Jiménez et al. argue the case for adult human neurogenesis; even so, nothing cited shows stem cells stimulating it in people.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "morenoJimenez2021",
        by: "rafael",
        stance: "MENTIONS",
        design: "REVIEW",
        note: "The 'for' side of a published debate on adult human hippocampal neurogenesis.",
      },
      {
        ref: "sorrells2018",
        by: "rita",
        stance: "MENTIONS",
        design: "OTHER",
        note: "The 'against' side: no young neurons detected in adult hippocampi.",
      },
    ],
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "Animal mechanism; contested human premise." },
  },
  {
    quote: "Restore synaptic networks, improving communication",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Recap of the connectivity section, which cites no human study.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "Unsupported.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "Unsupported summary." },
  },
  {
    quote: "could provide a safer, more rapid, and more durable alternative",
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "Forecast. No comparison with antidepressants is cited for 'safer' or 'more rapid'; rapid-acting antidepressant effects are already documented for ketamine (Berman et al.).",
      down: { indirectness: "VERY_SERIOUS", imprecision: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "'Offering hope to patients who have not responded' needs the caveats from the hurdles section: unapproved stem cell interventions are already marketed directly to consumers (Turner & Knoepfler).",
      down: { indirectness: "VERY_SERIOUS" },
    },
    citations: [
      {
        ref: "berman2000",
        by: "rita",
        stance: "MENTIONS",
        design: "RCT",
        note: "Rapid antidepressant effect of a non-cell treatment in a small randomised trial.",
      },
      {
        ref: "turner2016",
        by: "rafael",
        stance: "MENTIONS",
        design: "OTHER",
        note: "Direct-to-consumer marketing of unapproved stem cell interventions.",
      },
    ],
    decision: {
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      note: "Forecast; no comparison with antidepressants is cited.",
    },
  },
];
