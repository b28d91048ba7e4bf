"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveDecision } from "./decisions";
import { saveDecisionSchema } from "./schemas";

export const saveDecisionAction = defineAction(saveDecisionSchema, saveDecision);
