import Link from "next/link";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Badge } from "@/components/ui/badge";
import type { Actor } from "@/lib/auth/roles";
import { loadPageData } from "@/lib/errors/load";
import { getMyWork, type MyWork } from "@/lib/work/my-work";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Progress({ done, of, label }: { done: number; of: number; label: string }) {
  return (
    <span className="flex items-center gap-2 text-sm">
      <progress value={done} max={Math.max(of, 1)} aria-label={label} className="h-2 w-24" />
      {done} of {of} submitted
    </span>
  );
}

function Assigned({ assigned }: { assigned: MyWork["assigned"] }) {
  if (assigned.length === 0) return <p className="mt-2 text-sm">No document is assigned to you right now.</p>;
  return (
    <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" data-testid="my-assigned">
      {assigned.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <Link
            href={`/documents/${d.slug}/review`}
            className="font-medium text-blue-700 hover:underline dark:text-blue-300"
          >
            {d.title}
          </Link>
          <span className="flex flex-wrap items-center gap-3">
            <Progress done={d.done} of={d.claims} label={`Your progress on ${d.title}`} />
            {d.waiting.ungraded > 0 && <Badge>{plural(d.waiting.ungraded, "claim")} to grade</Badge>}
            {d.waiting.replies > 0 && <Badge>{plural(d.waiting.replies, "unread reply", "unread replies")}</Badge>}
            {d.waiting.mentions > 0 && <Badge>{plural(d.waiting.mentions, "unread mention")}</Badge>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Editorial({ work }: { work: NonNullable<MyWork["editorial"]> }) {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-3">
      <section aria-labelledby="work-review-heading">
        <h3 id="work-review-heading" className="font-semibold">
          In review ({work.inReview.length})
        </h3>
        <ul className="mt-1 flex flex-col gap-2 text-sm">
          {work.inReview.map((d) => (
            <li key={d.id}>
              <Link href={`/documents/${d.slug}/decide`} className="underline">
                {d.title}
              </Link>{" "}
              ({d.decided} of {d.claims} decided)
              <ul className="pl-3">
                {d.reviewers.length === 0 && <li>No reviewer assigned</li>}
                {d.reviewers.map((r) => (
                  <li key={r.id}>
                    {r.name}: {r.done} of {d.claims} submitted
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="work-decide-heading">
        <h3 id="work-decide-heading" className="font-semibold">
          Reviews in, to decide ({work.awaitingDecision.length})
        </h3>
        <ul className="mt-1 flex flex-col gap-2 text-sm">
          {work.awaitingDecision.map((c) => (
            <li key={c.claimId}>
              <Link href={`/documents/${c.document.slug}/decide`} className="underline">
                {c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text}
              </Link>{" "}
              <span className="text-slate-600 dark:text-slate-400">in {c.document.title}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="work-drafts-heading">
        <h3 id="work-drafts-heading" className="font-semibold">
          Drafts to send to review ({work.drafts.length})
        </h3>
        <ul className="mt-1 flex flex-col gap-2 text-sm">
          {work.drafts.map((d) => (
            <li key={d.id}>
              <Link href={`/documents/${d.slug}/claims`} className="underline">
                {d.title}
              </Link>{" "}
              ({plural(d.claims, "claim")})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * "My work" for reviewers and editors (the same data as GET /api/v1/me/work): on the home page whole, on the
 * Review page (`assignedOnly`) the documents assigned to the actor.
 */
export async function MyWorkSection({ actor, assignedOnly = false }: { actor: Actor; assignedOnly?: boolean }) {
  const result = await loadPageData(() => getMyWork(actor));
  return (
    <section aria-labelledby="my-work-heading">
      <h2 id="my-work-heading" className="text-xl font-semibold">
        My work
      </h2>
      {!result.ok ? (
        <DatabaseUnavailable />
      ) : (
        <>
          <Assigned assigned={result.data.assigned} />
          {result.data.editorial && !assignedOnly && <Editorial work={result.data.editorial} />}
        </>
      )}
    </section>
  );
}
