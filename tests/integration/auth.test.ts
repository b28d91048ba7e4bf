import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, authenticate, INVALID_LOGIN } from "@/lib/auth/login";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createUser } from "@/lib/users/create-user";

const PASSWORD = "correct horse battery staple";
let n = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${n++}@it.test`;
// Random across 10.0.0.0/8: the test database outlives a run, and its rate-limit rows with it (a few hundred
// addresses to choose from made a later run's address collide with an earlier run's row).
const uniqueIp = () => `10.${[...randomBytes(3)].join(".")}`;

async function makeUser(role: "READER" | "REVIEWER" | "EDITOR" | "ADMIN" = "REVIEWER") {
  return createUser("system", { email: uniqueEmail(role.toLowerCase()), name: "Test User", role, password: PASSWORD });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

afterAll(() => db.$disconnect());

describe("authenticate", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await makeUser();
    const signedIn = await authenticate({ email: user.email.toUpperCase(), password: PASSWORD }, uniqueIp());
    expect(signedIn).toMatchObject({ id: user.id, role: "REVIEWER", sessionVersion: 1 });
    expect(signedIn).not.toHaveProperty("passwordHash");
  });

  it("says the same thing for a wrong password, an unknown email and a disabled user", async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const errors = await Promise.all([
      failure(authenticate({ email: user.email, password: "wrong password!" }, uniqueIp())),
      failure(authenticate({ email: uniqueEmail("nobody"), password: PASSWORD }, uniqueIp())),
      failure(authenticate({ email: disabled.email, password: PASSWORD }, uniqueIp())),
    ]);
    for (const error of errors) {
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.message).toBe(INVALID_LOGIN);
    }
  });

  it("locks an account after ten failures, even against the right password, from any address", async () => {
    const user = await makeUser();
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
      const error = await failure(authenticate({ email: user.email, password: `wrong-${i}` }, uniqueIp()));
      expect(error.code).toBe("UNAUTHENTICATED");
    }
    const eleventh = await failure(authenticate({ email: user.email, password: PASSWORD }, uniqueIp()));
    expect(eleventh.code).toBe("RATE_LIMITED");
    expect(eleventh.message).toMatch(/Too many failed sign-in attempts\. Try again in 15 minutes\./);
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${user.email}` } });
    expect(row?.count).toBe(ACCOUNT_LIMIT.max + 1);
  });

  it("keeps earlier failures after a successful sign-in; the success itself does not count", async () => {
    const user = await makeUser();
    const ip = uniqueIp();
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++) {
      await failure(authenticate({ email: user.email, password: "nope-nope" }, ip));
    }
    await authenticate({ email: user.email, password: PASSWORD }, ip);
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${user.email}` } });
    expect(row?.count).toBe(ACCOUNT_LIMIT.max - 1);
    await failure(authenticate({ email: user.email, password: "nope-nope" }, ip));
    expect((await failure(authenticate({ email: user.email, password: PASSWORD }, ip))).code).toBe("RATE_LIMITED");
  });

  it("evaluates at most the limit of 200 parallel wrong passwords", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        failure(authenticate({ email: user.email, password: `wrong-${i}` }, uniqueIp())),
      ),
    );
    const evaluated = results.filter((e) => e.code === "UNAUTHENTICATED").length;
    expect(evaluated).toBe(ACCOUNT_LIMIT.max);
    expect(results.filter((e) => e.code === "RATE_LIMITED")).toHaveLength(200 - ACCOUNT_LIMIT.max);
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${user.email}` } });
    expect(row?.count).toBe(200);
  });

  it("does not sign in the right password sent last in a parallel burst, nor wipe the burst's failures", async () => {
    const user = await makeUser();
    const attempts = Array.from({ length: 60 }, (_, i) =>
      authenticate({ email: user.email, password: i === 59 ? PASSWORD : `wrong-${i}` }, uniqueIp()).then(
        () => "SIGNED_IN",
        (e: AppError) => e.code,
      ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.at(-1)).toBe("RATE_LIMITED");
    expect(outcomes.filter((o) => o === "UNAUTHENTICATED")).toHaveLength(ACCOUNT_LIMIT.max);
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${user.email}` } });
    expect(row?.count).toBe(60);
  });

  it("limits one address trying many accounts", async () => {
    const ip = uniqueIp();
    await db.rateLimit.create({ data: { key: `login:ip:${ip}`, count: 50, resetAt: new Date(Date.now() + 60_000) } });
    const user = await makeUser();
    expect((await failure(authenticate({ email: user.email, password: PASSWORD }, ip))).code).toBe("RATE_LIMITED");
    await expect(authenticate({ email: user.email, password: PASSWORD }, uniqueIp())).resolves.toBeTruthy();
  });

  it("starts a new window once the old one has passed", async () => {
    const user = await makeUser();
    await db.rateLimit.create({
      data: { key: `login:account:${user.email}`, count: 99, resetAt: new Date(Date.now() - 1000) },
    });
    await failure(authenticate({ email: user.email, password: "still wrong" }, uniqueIp()));
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${user.email}` } });
    expect(row?.count).toBe(1);
  });

  it("rejects malformed input with the same message", async () => {
    const error = await failure(authenticate({ email: "not-an-email", password: "" }, uniqueIp()));
    expect(error.message).toBe(INVALID_LOGIN);
  });
});

describe("session re-check (next-auth jwt callback)", () => {
  const jwt = authOptions.callbacks!.jwt!;
  let token: Awaited<ReturnType<typeof jwt>>;
  let userId: string;

  beforeAll(async () => {
    const user = await makeUser("EDITOR");
    userId = user.id;
    const signedIn = await authenticate({ email: user.email, password: PASSWORD }, uniqueIp());
    token = await jwt({ token: {}, user: signedIn, account: null } as Parameters<typeof jwt>[0]);
  });

  const recheck = () => jwt({ token: { ...token }, account: null } as unknown as Parameters<typeof jwt>[0]);

  it("keeps a valid session and refreshes the name", async () => {
    await db.user.update({ where: { id: userId }, data: { name: "Renamed" } });
    await expect(recheck()).resolves.toMatchObject({ sub: userId, role: "EDITOR", name: "Renamed" });
  });

  it("ends the session when the sessionVersion is bumped", async () => {
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await expect(recheck()).rejects.toThrow("session revoked");
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { decrement: 1 } } });
    await expect(recheck()).resolves.toBeTruthy();
  });

  it("ends the session when the user is disabled or the role changes", async () => {
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    await expect(recheck()).rejects.toThrow("session revoked");
    await db.user.update({ where: { id: userId }, data: { disabled: false, role: "READER" } });
    await expect(recheck()).rejects.toThrow("session revoked");
  });

  it("ends the session of a deleted user", async () => {
    await db.user.delete({ where: { id: userId } });
    await expect(recheck()).rejects.toThrow("session revoked");
  });
});
