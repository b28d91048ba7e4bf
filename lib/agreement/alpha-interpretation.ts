/**
 * What a Krippendorff's alpha means, in Krippendorff's own terms: "rely only on variables with reliabilities above
 * α = .800", "consider variables with reliabilities between α = .667 and α = .800 only for drawing tentative
 * conclusions", and below that the data are not reliable (Krippendorff, Content Analysis: An Introduction to Its
 * Methodology, 2nd ed., 2004; as quoted in Hayes & Krippendorff 2007, doi:10.1080/19312450709336664).
 */
export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

export type AlphaReading = "reliable" | "tentative" | "unreliable" | "undefined";

export interface AlphaInterpretation {
  reading: AlphaReading;
  /** A short phrase for beside the figure. */
  label: string;
  /** What an editor may do with it. */
  advice: string;
}

const INTERPRETATIONS: Record<AlphaReading, Omit<AlphaInterpretation, "reading">> = {
  reliable: { label: "reliable", advice: "α ≥ .800: the reviewers' grades can be relied on." },
  tentative: {
    label: "tentative",
    advice: ".667 ≤ α < .800: good enough for tentative conclusions only; look at the claims that drive disagreement.",
  },
  unreliable: {
    label: "not reliable",
    advice:
      "α < .667: the reviewers do not agree beyond chance enough to rely on their grades; discuss before deciding.",
  },
  undefined: {
    label: "not enough grades",
    advice: "Alpha needs at least two reviewers' grades on the same claims, with some variation among them.",
  },
};

export function interpretAlpha(alpha: number | null): AlphaInterpretation {
  const reading: AlphaReading =
    alpha === null || Number.isNaN(alpha)
      ? "undefined"
      : alpha >= RELIABLE_ALPHA
        ? "reliable"
        : alpha >= TENTATIVE_ALPHA
          ? "tentative"
          : "unreliable";
  return { reading, ...INTERPRETATIONS[reading] };
}
