import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl text-center">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        This page does not exist, or you do not have access to it. If it is a members-only document, sign in first.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          Back to the documents
        </Link>
      </p>
    </div>
  );
}
