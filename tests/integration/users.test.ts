import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createUser } from "@/lib/users/create-user";

afterAll(() => db.$disconnect());

const input = (email: string) => ({ email, name: "New Person", role: "REVIEWER", password: "a long enough password" });

async function error(promise: Promise<unknown>): Promise<AppError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("createUser", () => {
  it("stores an argon2id hash with OWASP parameters and returns no hash", async () => {
    const user = await createUser("system", input(`Hash-${Date.now()}@IT.test`));
    expect(user.email).toBe(user.email.toLowerCase());
    expect(user).not.toHaveProperty("passwordHash");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id } });
    expect(audit).toMatchObject({ action: "users.manage", entityType: "User", actorId: null });
  });

  it("refuses a second account with the same email, in any case", async () => {
    const email = `dup-${Date.now()}@it.test`;
    await createUser("system", input(email));
    const e = await error(createUser("system", input(email.toUpperCase())));
    expect(e.code).toBe("CONFLICT");
  });

  it("explains invalid input field by field", async () => {
    const e = await error(createUser("system", { email: "nope", name: "", role: "OWNER", password: "short" }));
    expect(e.code).toBe("INVALID");
    expect(Object.keys((e.details as { fields: object }).fields).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("refuses common, breached and patterned passwords, and nothing is created", async () => {
    const email = `weak-${Date.now()}@it.test`;
    for (const password of [
      "aaaaaaaaaaaa",
      "password1234",
      "123456789012",
      "iloveyou1234",
      "abcdefghijklm",
      "abcabcabcabc",
    ]) {
      const e = await error(createUser("system", { ...input(email), password }));
      expect(e.code, password).toBe("INVALID");
      expect(e.message, password).toMatch(/password: That password is on lists of common or breached passwords/);
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
    await expect(
      createUser("system", { ...input(email), password: "velvet tractor seldom orbit" }),
    ).resolves.toBeTruthy();
  });

  it("lets only admins create users", async () => {
    const editor = await createUser("system", { ...input(`ed-${Date.now()}@it.test`), role: "EDITOR" });
    expect((await error(createUser({ id: editor.id, role: "EDITOR" }, input(`x-${Date.now()}@it.test`)))).code).toBe(
      "FORBIDDEN",
    );
    expect((await error(createUser(null, input(`y-${Date.now()}@it.test`)))).code).toBe("UNAUTHENTICATED");
    const admin = await createUser("system", { ...input(`ad-${Date.now()}@it.test`), role: "ADMIN" });
    await expect(createUser({ id: admin.id, role: "ADMIN" }, input(`z-${Date.now()}@it.test`))).resolves.toBeTruthy();
  });
});
