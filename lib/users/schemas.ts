import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { isCommonPassword } from "./common-passwords";
import { emailSchema } from "./email";

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, "That password is too long.")
  .refine(
    (password) => !isCommonPassword(password),
    "That password is on lists of common or breached passwords, or is a simple pattern. Choose another: a few unrelated words make a strong one.",
  );

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters."),
  role: z.enum(Role, { message: `Role must be one of ${Object.values(Role).join(", ")}.` }),
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
