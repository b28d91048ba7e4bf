import type { TierModelStatus } from "@/lib/claims/tier-model-status";

/** One line for administrators: what the tier suggester learned from, and when. */
export function TierModelStatusLine({ status }: { status: TierModelStatus }) {
  const own = status.sources.installation ?? 0;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="tier-model-status">
      Tier suggestions: {status.installation ? "this installation's model" : "the shipped model"}, learned from{" "}
      {status.examples.toLocaleString("en")} labelled claims
      {status.installation ? ` (${own.toLocaleString("en")} of them decided here)` : ""} on{" "}
      <time dateTime={status.trainedAt}>{status.trainedAt.slice(0, 16).replace("T", " ")} UTC</time>. Refit with{" "}
      <code>npm run train:claims -- --from-db</code>.
    </p>
  );
}
