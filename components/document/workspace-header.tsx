import Link from "next/link";
import type { ReactNode } from "react";

/** The header of the editor's and the reviewer's workspaces: which document, which revision, what this page is. */
export function WorkspaceHeader({
  document,
  title,
  children,
}: {
  document: { slug: string; title: string; revisionNumber: number };
  title: string;
  children: ReactNode;
}) {
  return (
    <header>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={`/documents/${document.slug}`} className="underline">
          {document.title}
        </Link>{" "}
        · revision {document.revisionNumber}
      </p>
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{children}</p>
    </header>
  );
}
