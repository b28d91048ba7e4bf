import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { createUserSchema } from "./schemas";
import { type UserDto, userSelect } from "./user-dto";

/**
 * Creates a user. `actor` is the admin doing it, or "system" for the command line and the seed, which run with the
 * operator's own access to the database.
 */
export async function createUser(actor: Actor | "system", input: unknown): Promise<UserDto> {
  if (actor !== "system") authorize(actor, "users.manage");
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: userSelect,
      });
      await recordAudit(tx, {
        actorId: actor === "system" ? null : (actor?.id ?? null),
        action: "users.manage",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A user with the email ${data.email} already exists.`);
    }
    throw error;
  }
}
