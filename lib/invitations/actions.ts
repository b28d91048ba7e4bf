"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { actionClientIp, actionOrigin } from "@/lib/actions/request-info";
import { invitationTargetSchema, inviteUserSchema } from "@/lib/admin/schemas";
import { acceptInvitation, prepareInvitationSignIn } from "./accept-invitation";
import { INVITATION_COOKIE, invitationCookieOptions } from "./invitation-cookie";
import { inviteUser, resendInvitation, revokeInvitation } from "./invitations";
import { acceptInvitationSchema, invitationSignInSchema } from "./schemas";

export const inviteUserAction = defineAction(inviteUserSchema, async (actor, input) =>
  inviteUser(actor, input, await actionOrigin()),
);
export const resendInvitationAction = defineAction(invitationTargetSchema, async (actor, input) =>
  resendInvitation(actor, input, await actionOrigin()),
);
export const revokeInvitationAction = defineAction(invitationTargetSchema, revokeInvitation);
export const acceptInvitationAction = defineAction(acceptInvitationSchema, async (actor, input) =>
  acceptInvitation(actor, input, await actionClientIp()),
);
/** Sets the invitation's signed cookie; the form then starts the OpenID sign-in, whose callback reads it. */
export const startInvitationSignInAction = defineAction(invitationSignInSchema, async (actor, input) => {
  const value = await prepareInvitationSignIn(actor, input, await actionClientIp());
  (await cookies()).set(INVITATION_COOKIE, value, invitationCookieOptions());
  return null;
});
