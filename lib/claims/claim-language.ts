import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** One word of a sentence as wink-nlp reads it. */
export interface Word {
  text: string;
  lower: string;
  lemma: string;
  /** Universal part of speech (NOUN, VERB, AUX, PRON, NUM, ...). */
  pos: string;
  /** Inside the scope of a negation ("do not replace", "no trial"). */
  negated: boolean;
}

export interface SentenceLanguage {
  words: Word[];
  /** Modal auxiliaries and hedging adverbs: may, might, could, likely, possibly... */
  modals: string[];
  /** Future: "will"/"shall"/"going to" before a verb, or "is now recruiting"-style plans. */
  future: string[];
  negations: string[];
  /** Main verbs in the past tense ("released", "showed", "ran"), told from their lemma. */
  pastVerbs: string[];
  /** Verbs in a present form ("releases", "is", "can"). */
  presentVerbs: string[];
  /** The subject: the nouns and pronouns before the first main verb. */
  subject: string[];
  /** Participant counts: "40 adults", "12 patients", "nine participants". */
  participants: number[];
  quoted: boolean;
  question: boolean;
  /** Starts with a bare verb ("Book your consultation", "Ask your doctor"). */
  imperative: boolean;
}

const nlp = winkNLP(model, ["pos", "negation"]);
const its = nlp.its;

const MODALS = new Set([
  "may",
  "might",
  "could",
  "would",
  "should",
  "can",
  "likely",
  "possibly",
  "perhaps",
  "potentially",
]);
const NEGATION = /^(no|not|never|none|nor|neither|without|n't|cannot|nothing)$/;
const FUTURE_AUX = new Set(["will", "shall", "'ll"]);
const PEOPLE =
  /^(patients?|participants?|people|persons?|volunteers?|adults?|children|kids|women|men|subjects?|users?|clients?|customers?|students?|athletes?|individuals?|smokers?|veterans?|residents?|seniors?|infants?|babies|cases?)$/;
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  dozens: 36,
  hundreds: 300,
  thousand: 1000,
  thousands: 3000,
};

function count(word: Word): number | null {
  const n = Number(word.lower.replace(/,/g, ""));
  if (Number.isFinite(n) && /\d/.test(word.lower)) return n;
  return NUMBER_WORDS[word.lower] ?? null;
}

/** Reads one sentence: parts of speech, negation, modality, tense, subject, participants, quotes. */
export function readSentence(sentence: string): SentenceLanguage {
  const doc = nlp.readDoc(sentence);
  const texts = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos);
  const negs = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const words: Word[] = texts.map((text, i) => ({
    text,
    lower: text.toLowerCase(),
    lemma: String(lemmas[i] ?? text).toLowerCase(),
    pos: pos[i] ?? "X",
    negated: Boolean(negs[i]),
  }));
  const modals: string[] = [];
  const future: string[] = [];
  const pastVerbs: string[] = [];
  const presentVerbs: string[] = [];
  const participants: number[] = [];
  let subject: string[] | null = null;
  const nouns: string[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    // "more likely to", "less likely to" compare a result; they hedge nothing.
    const compared = w.lower === "likely" && /^(more|less|as)$/.test(words[i - 1]?.lower ?? "");
    if (MODALS.has(w.lower) && !compared) modals.push(w.lower);
    if (FUTURE_AUX.has(w.lower) && next && (next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV"))
      future.push(`${w.lower} ${next.lower}`);
    if (w.lower === "going" && next?.lower === "to" && words[i + 2]?.pos === "VERB") future.push("going to");
    if (w.lemma === "be" && /ing$/.test(next?.lower ?? "") && next?.pos === "VERB") {
      if (/^(recruiting|enrolling|planning|testing|launching|developing|starting|seeking)$/.test(next!.lower))
        future.push(`${w.lower} ${next!.lower}`);
    }
    if (w.lemma === "be" && next?.lower === "now" && /ing$/.test(words[i + 2]?.lower ?? ""))
      future.push(`${w.lower} now ${words[i + 2]!.lower}`);
    // A verb that is not its own lemma, not a present form ("-s", "-ing"): "ran", "showed", "given".
    const inflected =
      w.lemma !== w.lower && !/ing$/.test(w.lower) && w.lower !== `${w.lemma}s` && w.lower !== `${w.lemma}es`;
    if (w.pos === "VERB" && inflected && !/^(be|have)$/.test(words[i - 1]?.lemma ?? "")) pastVerbs.push(w.lower);
    if ((w.pos === "VERB" || w.pos === "AUX") && !inflected) presentVerbs.push(w.lower);
    if ((w.lemma === "be" || w.lemma === "have") && /^(was|were|had)$/.test(w.lower)) pastVerbs.push(w.lower);
    if (subject === null && (w.pos === "VERB" || w.pos === "AUX") && nouns.length > 0) subject = [...nouns];
    if (w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "PRON") nouns.push(w.lower);
    const n = count(w);
    if (n !== null) {
      const after = words.slice(i + 1, i + 4).find((x) => PEOPLE.test(x.lower));
      if (after && n >= 1 && n < 10_000_000 && !(n >= 1900 && n <= 2100 && /^\d{4}$/.test(w.lower)))
        participants.push(n);
    }
  });
  const at = words.findIndex((w) => w.pos !== "PUNCT");
  const first = words[at];
  const object = words[at + 1]?.pos;
  return {
    words,
    modals,
    future,
    negations: words.filter((w) => NEGATION.test(w.lower)).map((w) => w.lower),
    pastVerbs,
    presentVerbs,
    subject: subject ?? [],
    participants,
    quoted: /["“”]/.test(sentence),
    question: sentence.trimEnd().endsWith("?"),
    imperative:
      first?.pos === "VERB" &&
      first.lemma === first.lower &&
      !/ing$/.test(first.lower) &&
      /^(DET|PRON|ADP|ADV|PART|NUM|PUNCT|ADJ)$/.test(object ?? "PUNCT"),
  };
}
