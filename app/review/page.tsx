import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MyWorkSection } from "@/components/work/my-work-section";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your review assignments" };

/** Where the header's "Review" leads: the documents assigned to the reviewer, with their progress and what waits. */
export default async function ReviewAssignmentsPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Freview");
  if (!can(actor, "reviews.write")) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Your review assignments</h1>
      <MyWorkSection actor={actor} assignedOnly />
    </div>
  );
}
