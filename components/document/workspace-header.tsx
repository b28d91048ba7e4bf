import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DocumentNav } from "./document-nav";

/** The header of a document's workspaces: where this page sits, which revision, the document's other pages. */
export function WorkspaceHeader({
  document,
  title,
  children,
}: {
  document: { slug: string; title: string; revisionNumber?: number };
  title: string;
  children: ReactNode;
}) {
  return (
    <header>
      <Breadcrumbs
        items={[
          { label: "Documents", href: "/" },
          { label: document.title, href: `/documents/${document.slug}` },
          { label: title },
        ]}
      />
      <h1 className="mt-1 text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {document.revisionNumber !== undefined && <>Revision {document.revisionNumber}. </>}
        {children}
      </p>
      <DocumentNav slug={document.slug} />
    </header>
  );
}
