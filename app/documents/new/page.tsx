import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ImportForm } from "@/components/documents/import-form";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import a document" };

export default async function NewDocumentPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fdocuments%2Fnew");
  if (!can(actor, "documents.import")) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Import a document</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Upload a .txt, .md or .html file (up to 2 MB) or paste the text. Every sentence becomes a claim with a suggested
        evidence tier, which you can check in the claim editor next.
      </p>
      <div className="mt-6">
        <ImportForm />
      </div>
    </div>
  );
}
