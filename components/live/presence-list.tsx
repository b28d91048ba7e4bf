"use client";

import type { Present } from "./use-presence";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");

/** The others who have this claim open, as initials with their names for screen readers and on hover. */
export function PresenceList({ people, claimId }: { people: Present[]; claimId: string }) {
  const here = people.filter((p) => p.claimId === claimId);
  if (here.length === 0) return null;
  const names = here.map((p) => p.name).join(", ");
  return (
    <p className="flex items-center gap-1 text-xs" data-testid="presence" aria-live="polite">
      <span className="sr-only">Also on this claim: {names}</span>
      {here.map((p) => (
        <span
          key={p.userId}
          title={`${p.name} has this claim open`}
          aria-hidden="true"
          className="inline-flex size-6 items-center justify-center rounded-full bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100"
        >
          {initials(p.name)}
        </span>
      ))}
      <span aria-hidden="true">{here.length === 1 ? `${here[0]!.name} is here too` : "are here too"}</span>
    </p>
  );
}
