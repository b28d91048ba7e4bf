import { readSentence, type SentenceLanguage } from "./claim-language";
import type { SegmentContext } from "./segment";

/** Feature id → the words in the text that fired it (shown to editors as the suggestion's reasons). */
export type Features = Map<string, string>;

/** The kind of evidence a study described in the text rests on. */
export type StudyKind = "animal" | "lab" | "small human study" | "large study" | "vague research" | "testimony";

/** The study described most recently above a sentence ("In a pilot of 12 adults…"), inherited by its results. */
export interface StudyMemory {
  kind: StudyKind;
  words: string;
}

/** Word groups that say what evidence a sentence rests on; each fires one feature "<group>". */
const GROUPS: Record<string, RegExp> = {
  animal:
    /\b(animals?|animal models?|rodents?|mice|mouse|rats?|murine|zebrafish|primates?|monkeys?|macaques?|pigs?|piglets?|dogs?|rabbits?|hamsters?|guinea pigs?|worms?|c\. elegans|fruit fl(?:y|ies)|drosophila|sheep|canine|porcine|equine|bovine)\b/,
  lab: /\b(in vitro|ex vivo|cell cultures?|cultured|in culture|cultures|(?:tissue|brain|skull) slices|slices of|cadavers?|petri dish(?:es)?|test tubes?|lab(?:oratory)? (?:stud(?:y|ies)|experiments?|tests?|work|dish)|in the lab|cell lines?|organoids?|tissue samples?|cells? in a dish|human cells|cancer cells|primary (?:human )?(?:cells|fibroblasts|neurons|cultures)|explant(?:s|ed)?|stem cell lines?)\b/,
  preclinicalWord: /\b(pre-?clinical|animal stud(?:y|ies)|animal research|animal data|in animals)\b/,
  mechanism:
    /\b(neurons?|synap\w*|cytokines?|inflammat\w*|pathways?|receptors?|mitochondri\w*|enzymes?|genes?|gene expression|proteins?|hormones?|cortisol|dopamine|serotonin|bdnf|neurotrophic|microglia|astrocytes?|collagen|stem cells?|cells?|tissues?|immune (?:system|response|cells?)|nf-κb|nf-kb|oxidative|free radicals?|antioxidants?|metaboli\w*|insulin|blood flow|circulation|nerves?|brain|liver|gut|microbiome|hippocamp\w*|regenerat\w*|repair\w*|dna|telomeres?|atp|molecules?|peptides?|signal\w*)\b/,
  therapySubject:
    /^(?:the |this |our |a |these )?(?:\w+[- ])?(?:therapy|therapies|treatment|treatments|supplements?|compound|drug|extract|infusions?|injections?|formula|protocol|device|tincture|remedy|oil|tea|herb|capsules?|stem cells?|mscs?|exosomes?|peptides?|it|they|curcumin|ketamine|psilocybin|cbd|ozone|red[- ]light|laser|sessions?|procedure|product)\b/,
  humanStudy:
    /\b(clinical (?:trials?|stud(?:y|ies))|trials?|stud(?:y|ies)|surveys?|surveyed|pilot|cohort|volunteers|participants|in humans|human (?:trials?|stud(?:y|ies)|subjects|data)|patients (?:who|treated|given|receiving|received|were|in)|enrolled|randomi[sz]ed|placebo)\b/,
  smallStudy:
    /\b(pilot|phase (?:i\/ii|1\/2|ii|i|1|2|one|two)[ab]?|early[- ]phase|first[- ]in[- ]human|open[- ]label|uncontrolled|single[- ]arm|case (?:series|reports?|stud(?:y|ies))|small (?:randomi[sz]ed |crossover |pilot |open-label |controlled )?(?:trials?|stud(?:y|ies)|group|sample|cohorts?)|preliminary|feasibility|proof[- ]of[- ]concept|no control group|without a control|a handful of|self[- ]reported|observational|retrospective|anecdot\w*)\b/,
  largeStudy:
    /\b(meta-?analys[ie]s|systematic reviews?|cochrane|guidelines?|(?:large|larger|bigger|major) (?:[\w-]+ ){0,2}(?:trials?|stud(?:y|ies)|cohorts?|analys[ie]s)|pooled|pooling|(?:\d{2,}|dozens of) (?:randomi[sz]ed |controlled |clinical )?(?:trials|studies)|phase (?:iii|3|three|iv|4)|thousands of|tens of thousands|population[- ]based|nationwide|(?:\d{1,3},\d{3}|\d{4,6}) (?:\w+ )?(?:adults|people|patients|participants|women|men|children|volunteers)|standard (?:of )?care|approved by|fda[- ]approved|recommend(?:s|ed)?|consensus|well[- ]established|decades of)\b/,
  rct: /\b(randomi[sz]ed|placebo|double[- ]blind|controlled trial|control group|sham)\b/,
  testimonial:
    /\b(our (?:patients|clients|customers|members)|(?:patients|clients) (?:often |usually |regularly |frequently |always |all |now )?(?:tell|say|report|describe|notice)|customers (?:tell|say|report|rave)|testimonials?|reviews?|i (?:felt|feel|noticed|tried|had|was)|my (?:pain|sleep|skin|energy|doctor)|in my (?:practice|clinic|experience)|we have (?:seen|treated|found)|we (?:see|find|found|notice)|we've (?:seen|found)|(?:has|have) seen (?:people|patients|clients)|many people (?:report|say|find)|(?:users|customers|clients|patients|buyers|readers|members|fans|people) (?:report|say|describe|tell|notice|swear|rave|love|write)|wrote to (?:say|tell)|verified buyer)\b/,
  vagueResearch:
    /\b(research (?:shows|suggests|has shown|indicates|proves|confirms)|studies (?:show|suggest|have shown|indicate|prove|confirm)|science (?:shows|says|suggests)|scientists (?:say|believe|agree)|experts (?:say|believe|agree)|evidence (?:shows|suggests)|it is (?:known|believed|thought)|has been shown|have been shown|is thought to|are thought to|clinically proven|scientifically proven|i(?:'ve)? (?:read|heard) (?:that|somewhere)|they say|proven to|doctors (?:agree|recommend))\b/,
  superlative:
    /\b(fountain of youth|holy grail|silver bullet|magic|superfoods?|real hope|closest thing|only a matter of time|anti-?ag(?:e|ei)ng|clinical-grade|medical-grade|proprietary|most requested|milestone|next era|positioned to|hidden cause|root cause|iq points|undo\w*|effortless|unlimited|limitless|biohack\w*|revolution\w*|miracle\w*|breakthrough\w*|game[- ]chang\w*|amazing|incredible|remarkabl[ey]|powerful|best|ultimate|unlock\w*|transform\w*|rejuvenat\w*|detox\w*|supercharg\w*|optimal|optimi[sz]e|natural(?:ly)?|holistic|cutting[- ]edge|state[- ]of[- ]the[- ]art|secret|missing (?:key|link|piece)|key to|ground-?breaking|life[- ]changing|dramatic(?:ally)?|instant(?:ly)?|effortless(?:ly)?|guaranteed|risk-free|no (?:risk|side effects|downtime)|(?:completely|totally|perfectly|100%) safe|unique|exclusive|radical(?:ly)?|profound(?:ly)?|extraordinary|unparalleled|world[- ]class|cure[sd]?|heal(?:s|ing)?|reverse[sd]?|youthful|vitality|wellness|energi[sz]\w*)\b/,
  universal: /\b(every|all|always|never|completely|entire(?:ly)?|any|everyone|everything|totally|fully|whole)\b/,
  hedge:
    /\b(may|might|could|possibl[ey]|potential(?:ly)?|(?<!(?:more|less|as) )likely|perhaps|suggests?|appears? to|seems? to|promis\w*|hope\w*|hypothe\w*|theor\w*|speculat\w*|believed?|thought to|emerging|early signs|unclear|unknown)\b/,
  forecast:
    /\b(in (?:ten|five|\d+|a few|the next) (?:years?|decades?)|expects? (?:\w+ ){1,4}to|expected to|will (?:prescribe|reach|be able)|one day|someday|in the future|future|soon|next (?:decade|generation|few years)|within (?:a|the next) (?:few )?(?:years?|decades?)|by 20\d\d|will (?:be|become|change|transform|make|replace|revolutioni[sz]e|allow|help|lead|open)|could (?:become|one day|replace|transform|revolutioni[sz]e|lead|open|change|make)|is (?:set|poised|expected|likely) to|are (?:set|poised|expected|likely) to|on the horizon|the way we|paves? the way|opens? the door|obsolete|new era)\b/,
  recruiting:
    /\b(now recruiting|is recruiting|are recruiting|recruiting|enrolling|being (?:investigated|studied|tested))\b/,
  plans:
    /\b(will (?:test|begin|start|enrol|enroll|recruit|run|launch|report|compare|follow)|plans? to|planned|upcoming|ongoing|under way|underway|is (?:testing|planning|seeking|launching)|are (?:testing|planning|seeking|launching)|results are expected|(?:are|is) expected in|has applied|seeking approval|next step)\b/,
  negEvidence:
    /\b(no (?:large |randomi[sz]ed |controlled |clinical |human |published |good |high-quality |robust |long-term |accepted |senolytic |drug )*(?:trials?|stud(?:y|ies)|evidence|data|research|proof|test|senolytic|drug|treatment)|(?:has|have) not (?:found|shown|been)|nobody knows|no one knows|is unknown|are unknown|cannot (?:yet )?be|not yet (?:known|clear)|has yet to|have yet to|not (?:yet )?(?:been )?(?:tested|studied|proven|shown|confirmed|established|approved)|(?:has|have)n't been (?:tested|studied|proven|shown)|lack of (?:evidence|data|trials)|little (?:evidence|data|research)|limited (?:evidence|data|research)|insufficient evidence|remains? (?:unproven|unclear|unknown)|too (?:small|early) to|more research is needed|further (?:research|studies|trials) (?:is|are) needed|not approved|unproven)\b/,
  stateOfEvidence:
    /\b((?:evidence|data|results|findings|timelines|knowledge|what we know|it|they)(?: [\w'-]+){0,4} (?:comes?|came) from|(?:began|started) with|extrapolat\w*|(?:studies|trials|data|evidence) (?:are|is|remain|remains) (?:fewer|few|small|smaller|scarce|sparse|limited|thin|mixed|weak|preliminary)|(?:only|just) a (?:few|handful)|a few hundred|so far|to date|work in (?:mice|animals|rats) (?:never|don't|do not|rarely)|never work in (?:people|humans)|open question|anyone's guess|remains to be seen|less clear|is (?:unknown|unclear|not known)|are (?:unknown|unclear)|best[- ]documented|well[- ]documented|textbook)\b/,
  openQuestion: /^(?:but |and |so )?(?:whether|if|how long|nobody|no one)\b/,
  humanSamples:
    /\b(biops(?:y|ies)|(?:blood|tissue|tumou?r|skin|fat) samples? (?:from|of|taken)|samples? (?:from|of) (?:the )?(?:patients|participants|volunteers|donors)|from (?:the )?(?:patients|participants|volunteers)'?s?)\b/,
  definition:
    /(?:, (?:a|an|the) (?:[\w-]+ ){0,2}(?:type|kind|form|class|family) of|, (?:a|an|the) (?:[\w-]+ ){0,2}(?:enzyme|molecule|protein|hormone|tissue|receptor|neurotransmitter|mix|process)\b)|\b((?:is|are) (?:a|an|the) (?:[\w-]+ ){1,3}(?:found|made|produced|present|stored) in|(?:is|are) (?:a|an|the) (?:[\w-]+ ){0,2}(?:concentrate|compound|molecule|mineral|vitamin|flavonoid|amino acid|fatty acids?|cells) (?:of|that|which|found)|is (?:a|an|the) (?:type|form|kind|class|group|part|process|condition|protein|hormone|molecule|region|disease|disorder) of|are (?:a )?(?:type|form|kind|class|group|part)s? of|refers? to|is defined as|known as|also called|(?:[a-z]+s|cells|tissue|molecule|protein|enzyme|gas|layer) called (?!the |a |an |it |for |on |him |her |them |us )|is made (?:in|by)|are made (?:in|by)|is produced (?:in|by)|is responsible for|are responsible for|is essential for|are essential for|plays? (?:a|an) (?:key|central|important|major|critical|significant) role)\b/,
  callToAction:
    /\b(book|call|contact|subscribe|sign up|click|visit|schedule|order|buy|shop|download|register|join|email us|ask (?:your|a) (?:doctor|gp|pharmacist)|talk to your|speak to|consult (?:your|a)|learn more|find out|get (?:started|in touch|your))\b/,
  contact: /(@\w+\.\w+|\+?\d[\d\s().-]{7,}\d|\bwww\.|https?:\/\/)/,
  reporting: /\b(said|says|told|according to|explained|explains|noted|notes|added|adds|commented|stated)\b/,
  benefitVerb:
    /\b(heals?|boosts?|resets?|sharpens?|fights?|burns?|rejuvenates?|wipes? out|revives?|recharges?|reverses?|protects?|regrows?|cures?|clears?|detox(?:es|ifies)?|balances?|supports?|improves?|enhances?|restores?|strengthens?|melts?|unlocks?|activates?|fuels?|optimi[sz]es?|transforms?|repairs?|regenerates?|eliminates?|flushes?|calms?|soothes?|energi[sz]es?|beats?|doubles?|triples?|prevents?|stops?|switches? off|turns? on|wakes? up|kick-?starts?|lets? you|gives? you|makes? you)\b/,
  secondPerson: /\b(you|your|yours|yourself)\b/,
  firstPerson: /\b(i|my|me|i'm|i've|myself)\b/,
  safetyResult:
    /\b(side effects?|adverse (?:events?|effects?|reactions?)|toxicit\w*|dose-limiting|well tolerated|tolerated|safety)\b/,
  result:
    /\b(improved|improvement|reduced|reduction|increased|increase|decreased|decrease|lower|higher|fewer|more than|less|better|worse|halved|doubled|\d+(?:\.\d+)?\s?%|per ?cent|percent|significant(?:ly)?|scores?|symptoms|compared with|versus|vs\.?|than (?:those|the|placebo|controls?)|(?:six|five|four|three|two|seven|eight|nine|ten|\d+) of the|out of|still reported|remained|lasted|benefit)\b/,
};

/** Groups that say the sentence itself describes a study; with none, its result is the previous study's. */
const STUDY_GROUPS: [string, StudyKind][] = [
  ["animal", "animal"],
  ["lab", "lab"],
  ["largeStudy", "large study"],
  ["smallStudy", "small human study"],
  ["humanStudy", "small human study"],
  ["vagueResearch", "vague research"],
  ["testimonial", "testimony"],
];

/** Heading, lead-in and previous sentence are read with a few of the groups. */
const CONTEXT_GROUPS = [
  "animal",
  "lab",
  "preclinicalWord",
  "humanStudy",
  "smallStudy",
  "largeStudy",
  "testimonial",
  "forecast",
  "plans",
  "recruiting",
  "stateOfEvidence",
  "hedge",
  "superlative",
  "mechanism",
];
const HEADING_HINTS: Record<string, RegExp> = {
  headingFuture: /\b(future|outlook|what'?s next|next|potential|promise|hope|horizon|possibilit\w*|could)\b/,
  headingHowItWorks: /\b(how (?:it|does|do|they)|mechanism\w*|science behind|works?|benefits?|why)\b/,
  headingBasics: /\b(what (?:is|are)|understanding|background|introduction|overview|basics|definition|role of)\b/,
  headingEvidence: /\b(evidence|research|stud(?:y|ies)|trials?|results|findings|data)\b/,
  headingClinic: /\b(our|clinic|treatment|therapy|patients?|testimonials?|stories|reviews?|faq|pricing|book)\b/,
};

/** What a list's lead-in says its items are: people's reports ("Clients often come to me with…") or promises. */
const LEAD_IN_HINTS: Record<string, RegExp> = {
  "lead-in: people report":
    /\b(clients|patients|customers|fans|users|people|readers|members|buyers|reviewers|parents|athletes|many of us)\b.*\b(swear|say|tell|report|come|complain|notice|describe|rave|love|share|felt|feel|found)\b|\b(testimonials?|reviews?|stories|experiences?)\b/,
  "lead-in: promise":
    /\b(you can expect|you'?ll (?:notice|feel|see|get)|benefits? (?:include|of)|helps? (?:with|you)|supports?|designed to|will help|can help|results you)\b/,
  "lead-in: advice": /\b(tips?|steps?|protocol|how to|try|recommend|do this|routine|plan|start)\b/,
};

/** An abstract's "Results:" or "Conclusions:": what follows is about the study its "Methods:" described. */
const SECTION_LABEL = /^(?:results?|conclusions?|findings|interpretation|outcomes?)\b/;

/**
 * What a list's lead-in says about the evidence of its items, in a few coarse kinds that recur across articles (so
 * the items of a list take the lead-in's tier, as the rubric says, even under words the model has never seen).
 */
function leadInKind(leadIn: string, groups: ReadonlyMap<string, string>): { says: string; words: string } | null {
  const first = (names: string[]) => names.map((n) => groups.get(n)).find(Boolean);
  const lab = first(["animal", "lab", "preclinicalWord"]);
  if (lab) return { says: "names animals or the lab", words: lab };
  const people = LEAD_IN_HINTS["lead-in: people report"]!.exec(leadIn)?.[0] ?? first(["testimonial", "smallStudy"]);
  if (people) return { says: "names people's reports or a small study", words: people };
  const promise =
    LEAD_IN_HINTS["lead-in: promise"]!.exec(leadIn)?.[0] ??
    first(["forecast", "benefitVerb", "vagueResearch", "secondPerson"]);
  if (promise) return { says: "promises or forecasts", words: promise };
  return null;
}

/** Modal verbs are read as modality (above), not as words. */
const MODALS = new Set(["may", "might", "could", "would", "should", "can", "will", "shall", "must"]);
const HUMAN_WORDS = /^(people|patients|humans?|adults|participants|volunteers|women|men|children)$/;

const STOP_LEMMAS = new Set(["be", "have", "do", "the", "a", "an", "this", "that", "these", "those"]);
const WORD_POS = new Set(["NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN"]);

function fire(features: Features, id: string, words: string) {
  if (!features.has(id)) features.set(id, words);
}

/** The same sentence is read as a claim, as the previous sentence and for the article's evidence: read it once. */
const groupCache = new Map<string, Map<string, string>>();
const GROUP_CACHE_SIZE = 20_000;

function groupsOf(text: string): ReadonlyMap<string, string> {
  const cached = groupCache.get(text);
  if (cached) return cached;
  if (groupCache.size >= GROUP_CACHE_SIZE) groupCache.clear();
  const found = readGroups(text);
  groupCache.set(text, found);
  return found;
}

function readGroups(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const lower = text.toLowerCase();
  for (const [group, pattern] of Object.entries(GROUPS)) {
    const m = pattern.exec(lower);
    if (m) found.set(group, m[0]);
  }
  return found;
}

/** The kinds of study an article describes anywhere (a mechanism it asserts rests on these). */
export function articleEvidence(sentences: string[]): Set<StudyKind> {
  const kinds = new Set<StudyKind>();
  for (const sentence of sentences) {
    const groups = groupsOf(sentence);
    for (const [group, kind] of STUDY_GROUPS) if (groups.has(group)) kinds.add(kind);
  }
  return kinds;
}

/** The features of aboutStudies: the sentence names studies, though it does not rest on them. */
const ABOUT_STUDIES = {
  stance: "says where the evidence stands",
  recruiting: "a study that has no results yet",
  planned: "a study that is only planned (a forecast)",
};

/**
 * A sentence that names studies without resting on them: where the evidence stands ("Most of what we know comes from
 * mice"), a trial that is recruiting (no results yet: the corpus reads it as the state of the evidence) or one that is
 * only planned (a forecast). Its study words are the reason for that reading, not for the study's tier.
 */
function aboutStudies(groups: ReadonlyMap<string, string>): { feature: string; words: string } | null {
  const named = STUDY_GROUPS.flatMap(([group]) => groups.get(group) ?? []);
  const stance = groups.get("stateOfEvidence");
  if (stance && (named.length || groups.has("negEvidence")))
    return { feature: ABOUT_STUDIES.stance, words: [stance, ...named].join(", ") };
  if (!named.length) return null;
  const recruiting = groups.get("recruiting");
  if (recruiting) return { feature: ABOUT_STUDIES.recruiting, words: `${recruiting}: ${named.join(", ")}` };
  const plans = groups.get("plans");
  if (plans) return { feature: ABOUT_STUDIES.planned, words: `${plans}: ${named.join(", ")}` };
  return null;
}

/** Whether a claim's features name evidence of its own: a study, or what the studies do or do not show. */
export const namesEvidence = (features: Features) =>
  STUDY_GROUPS.some(([group]) => features.has(group)) ||
  features.has("negEvidence") ||
  Object.values(ABOUT_STUDIES).some((f) => features.has(f));

/** Whether a claim looks ahead of its own (a forecast, the future tense, a plan): it runs ahead of any study before it. */
export const looksAhead = (features: Features) =>
  features.has("forecast") || features.has("future tense") || features.has("plans");

/** The kind of study a sentence describes itself (a person's own account counts as testimony), if any. */
export function studyOf(text: string): StudyMemory | null {
  const groups = groupsOf(text);
  if (aboutStudies(groups)) return null;
  for (const [group, kind] of STUDY_GROUPS) {
    const words = groups.get(group);
    if (words) return { kind, words };
  }
  const me = groups.get("firstPerson");
  if (me && readSentence(text).pastVerbs.length) return { kind: "testimony", words: me };
  return null;
}

function languageFeatures(features: Features, lang: SentenceLanguage, groups: Map<string, string>) {
  const evidenceBeatsHedging = (groups.has("animal") || groups.has("lab")) && !groups.has("forecast");
  if (lang.modals.length && !evidenceBeatsHedging) fire(features, "modal", lang.modals.join(", "));
  if (lang.future.length) fire(features, "future tense", lang.future.join(", "));
  if (lang.negations.length) fire(features, "negation", lang.negations.join(", "));
  if (lang.negations.length && (groups.has("humanStudy") || groups.has("largeStudy")))
    fire(features, "negated study", lang.negations.join(", "));
  if (lang.pastVerbs.length) fire(features, "past tense", lang.pastVerbs.join(", "));
  else if (lang.presentVerbs.length) fire(features, "present tense", lang.presentVerbs.join(", "));
  else fire(features, "no verb (a fragment)", "");
  if (lang.quoted) fire(features, "quoted speech", "quotation marks");
  if (lang.question) fire(features, "question", "?");
  if (lang.imperative) fire(features, "imperative", lang.words[0]?.text ?? "");
  const subject = lang.subject.join(" ");
  if (
    /\b(patients?|participants?|people|volunteers?|adults?|women|men|users?|clients?|customers?|children|subjects)\b/.test(
      subject,
    )
  )
    fire(features, "people as subject", subject);
  if (/\b(i|we|my|our)\b/.test(subject)) fire(features, "first person", subject);
  if (/\b(mice|rats?|animals?|rodents?|monkeys?|pigs?|dogs?|cells?)\b/.test(subject))
    fire(features, "animals or cells as subject", subject);
  // A study that is only planned or recruiting has no participants' results yet: its size says nothing of the tier.
  const planned = features.has(ABOUT_STUDIES.planned) || features.has(ABOUT_STUDIES.recruiting);
  for (const n of planned ? [] : lang.participants) {
    if (n >= 500) fire(features, "many participants", String(n));
    else fire(features, "few participants", String(n));
  }
  if (groups.has("therapySubject") && groups.has("mechanism") && !lang.pastVerbs.length && !lang.modals.length)
    fire(features, "therapy acts in the body", `${groups.get("therapySubject")} … ${groups.get("mechanism")}`);
  // The rubric's collision rules, as features of their own so the model can weigh them and editors can see them.
  const animalOrLab = groups.get("animal") ?? groups.get("lab");
  if (animalOrLab && (lang.modals.length || groups.has("hedge")) && !groups.has("forecast") && !lang.future.length)
    fire(features, "hedged animal or lab finding (evidence beats hedging)", animalOrLab);
  if (animalOrLab && (groups.has("humanStudy") || lang.words.some((w) => HUMAN_WORDS.test(w.lower))))
    fire(features, "animal words beat human words", animalOrLab);
  if (groups.has("lab") && groups.has("humanSamples"))
    fire(features, "lab work on samples from the study's people", groups.get("humanSamples")!);
  if (animalOrLab && (groups.has("forecast") || lang.future.length))
    fire(features, "forecast that mentions animals or the lab", groups.get("forecast") ?? lang.future.join(", "));
  const evidence =
    STUDY_GROUPS.some(([group]) => groups.has(group)) || Object.values(ABOUT_STUDIES).some((f) => features.has(f));
  if (!evidence && !lang.pastVerbs.length && !lang.modals.length && !lang.question) {
    fire(features, "unsourced present-tense statement", "no study, no hedge");
    if (groups.has("benefitVerb")) fire(features, "unsourced benefit", groups.get("benefitVerb")!);
    if (groups.has("secondPerson")) fire(features, "unsourced, addressed to the reader", groups.get("secondPerson")!);
  }
  if (groups.has("firstPerson") && lang.quoted && !lang.question)
    fire(features, "a person's own words (quoted, first person)", groups.get("firstPerson")!);
  if (groups.has("firstPerson") && lang.pastVerbs.length)
    fire(features, "first-person account", groups.get("firstPerson")!);
  // "Been on it for two months. My focus is noticeably better": a person telling their own experience, in any tense.
  else if (groups.has("firstPerson") && !evidence && !lang.question && !lang.modals.length && !lang.future.length)
    fire(features, "first-person statement (no study)", groups.get("firstPerson")!);
  for (const w of lang.words) {
    if (WORD_POS.has(w.pos) && !STOP_LEMMAS.has(w.lemma) && !MODALS.has(w.lemma) && /^\p{L}[\p{L}-]+$/u.test(w.lemma))
      fire(features, `w:${w.lemma}`, w.text);
  }
}

/**
 * The interpretable features of one claim: its own words (evidence groups, hedges, forecasts, calls to action), its
 * language as wink-nlp reads it (modality, tense, negation, subject, participants, quotes) and its context (heading
 * path, list lead-in, the previous sentence, the study described most recently).
 */
export function tierFeatures(
  text: string,
  context: SegmentContext,
  study: (StudyMemory & { paragraph: number }) | null,
  article: Set<StudyKind> = new Set(),
): Features {
  const features: Features = new Map();
  fire(features, "bias", "");
  const groups = new Map(groupsOf(text));
  // Evidence beats hedging: with animal or lab words (and no forecast), hedges say nothing about the tier.
  if ((groups.has("animal") || groups.has("lab")) && !groups.has("forecast")) groups.delete("hedge");
  const about = aboutStudies(groups);
  if (about) {
    fire(features, about.feature, about.words);
    for (const [group] of STUDY_GROUPS) groups.delete(group);
    groups.delete("rct");
  }
  for (const [group, words] of groups) fire(features, group, words);
  languageFeatures(features, readSentence(text), groups);
  const ownStudy = STUDY_GROUPS.some(([group]) => groups.has(group));
  const heading = context.headings.join(" / ").toLowerCase();
  for (const [group, words] of groupsOf(heading))
    if (CONTEXT_GROUPS.includes(group)) fire(features, `heading:${group}`, words);
  for (const [hint, pattern] of Object.entries(HEADING_HINTS)) {
    const m = pattern.exec(heading);
    if (m) fire(features, hint, m[0]);
  }
  if (context.leadIn) {
    fire(features, "in a list with a lead-in", context.leadIn);
    const leadIn = context.leadIn.toLowerCase();
    for (const [hint, pattern] of Object.entries(LEAD_IN_HINTS)) {
      const m = pattern.exec(leadIn);
      if (m) fire(features, hint, m[0]);
    }
    const leadInGroups = groupsOf(context.leadIn);
    for (const [group, words] of leadInGroups)
      if (CONTEXT_GROUPS.includes(group)) fire(features, `lead-in:${group}`, words);
    const kind = leadInKind(leadIn, leadInGroups);
    if (kind) fire(features, `list under a lead-in that ${kind.says}`, kind.words);
    const label = SECTION_LABEL.exec(leadIn);
    if (label && study && !ownStudy) fire(features, `${label[0]} of ${study.kind}`, study.words);
  }
  const previous = context.previous.at(-1);
  if (previous) {
    for (const [group, words] of groupsOf(previous))
      if (CONTEXT_GROUPS.includes(group)) fire(features, `previous:${group}`, words);
  }
  if (!ownStudy && (groups.has("mechanism") || groups.has("benefitVerb"))) {
    const labOnly = (article.has("animal") || article.has("lab")) && !article.has("large study");
    if (labOnly)
      fire(
        features,
        "mechanism or benefit in an article whose evidence is animals or the lab",
        [...article].join(", "),
      );
    if (!article.size) fire(features, "mechanism or benefit in an article that names no study", "");
  }
  if (study && !ownStudy) {
    const where = study.paragraph === context.paragraph ? "" : " in the paragraph before";
    fire(features, `after ${study.kind}${where}`, study.words);
    if (groups.has("result"))
      fire(features, `result of ${study.kind}${where}`, `${groups.get("result")} (${study.words})`);
  }
  return features;
}
