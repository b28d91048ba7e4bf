"use server";

import { defineAction } from "@/lib/actions/define-action";
import { actionClientIp, actionOrigin } from "@/lib/actions/request-info";
import { invitationTargetSchema, inviteUserSchema } from "@/lib/admin/schemas";
import { acceptInvitation } from "./accept-invitation";
import { inviteUser, resendInvitation, revokeInvitation } from "./invitations";
import { acceptInvitationSchema } from "./schemas";

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
