import NotFound from "@/app/not-found";
import { MembersRedirect } from "@/components/reading/members-redirect";

/** A document the public may not read: signed-in users are taken to the members' view, others see 404. */
export default function DocumentNotFound() {
  return (
    <>
      <MembersRedirect />
      <NotFound />
    </>
  );
}
