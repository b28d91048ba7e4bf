import Link from "next/link";

/** The previous and next links of a paged list, in a navigation landmark named `label`; each only where it leads. */
export function Pager({ label, previous, next }: { label: string; previous: string | null; next: string | null }) {
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {previous && (
        <Link href={previous} className="underline" rel="prev">
          Previous page
        </Link>
      )}
      {next && (
        <Link href={next} className="underline" rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
