import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, hasPassword } from "@/lib/account/change-password";
import { RESET_ADDRESS_LIMIT, RESET_REQUESTED, requestPasswordReset } from "@/lib/account/password-reset";
import { resetLinkState, resetPassword } from "@/lib/account/reset-password";
import { authenticate } from "@/lib/auth/login";
import { authOptions } from "@/lib/auth/options";
import { requestActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { createOwnApiToken } from "@/lib/tokens/create-token";
import { listOwnTokens, revokeToken } from "@/lib/tokens/own-tokens";
import { hashToken } from "@/lib/tokens/token-secret";
import { createUser } from "@/lib/users/create-user";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { appError } from "./support";

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "velvet tractor seldom orbit";
let n = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${n++}@self.test`;
const uniqueIp = () => `10.77.${n++ % 250}.${Math.floor(Math.random() * 250)}`;

async function makeUser(role: "READER" | "REVIEWER" = "REVIEWER") {
  const user = await createUser("system", {
    email: uniqueEmail(role.toLowerCase()),
    name: "Self",
    role,
    password: PASSWORD,
  });
  return { ...user, actor: { id: user.id, role: user.role } };
}

const jwt = authOptions.callbacks!.jwt!;
/** A session as next-auth issues it at sign-in, and its re-check on a later request. */
const sessionFor = async (email: string, password: string) =>
  jwt({ token: {}, user: await authenticate({ email, password }, uniqueIp()), account: null } as Parameters<
    typeof jwt
  >[0]);
const recheck = (token: Awaited<ReturnType<typeof jwt>>) =>
  jwt({ token: { ...token }, account: null } as unknown as Parameters<typeof jwt>[0]);

let sink: SmtpSink;
const savedSmtp = process.env.SMTP_URL;
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  process.env.SMTP_URL = savedSmtp;
  await sink.close();
  await db.$disconnect();
});

describe("changing one's password", () => {
  it("needs the current password, ends every older session, spends pending reset links and is audited", async () => {
    const user = await makeUser();
    const otherBrowser = await sessionFor(user.email, PASSWORD);
    const wrong = await appError(changePassword(user.actor, { currentPassword: "not it", newPassword: NEW_PASSWORD }));
    expect(wrong.code).toBe("INVALID");
    await expect(recheck(otherBrowser)).resolves.toMatchObject({ sub: user.id });

    await requestPasswordReset({ email: user.email }, uniqueIp());
    const pendingLink = /token=([\w-]+)/.exec((await sink.waitFor((m) => m.to.includes(user.email))).text)![1]!;
    await changePassword(user.actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await expect(recheck(otherBrowser)).rejects.toThrow("session revoked");
    expect(await resetLinkState(pendingLink)).toBe("used");
    // The browser that changed it signs in again with the new password; the old one no longer works.
    await expect(recheck(await sessionFor(user.email, NEW_PASSWORD))).resolves.toMatchObject({ sub: user.id });
    expect((await appError(authenticate({ email: user.email, password: PASSWORD }, uniqueIp()))).code).toBe(
      "UNAUTHENTICATED",
    );
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "account.update" } });
    expect(audit).toMatchObject({ actorId: user.id, entityType: "User" });
  });

  it("refuses a common password and anonymous callers", async () => {
    const user = await makeUser();
    const weak = await appError(changePassword(user.actor, { currentPassword: PASSWORD, newPassword: "password1234" }));
    expect(weak.code).toBe("INVALID");
    const anonymous = await appError(changePassword(null, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }));
    expect(anonymous.code).toBe("UNAUTHENTICATED");
  });

  it("has nothing to change for an account that signs in only through an organisation", async () => {
    const user = await makeUser();
    expect(await hasPassword(user.actor)).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect(await hasPassword(user.actor)).toBe(false);
    const error = await appError(changePassword(user.actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }));
    expect(error.message).toMatch(/no password to change/);
  });
});

describe("resetting a forgotten password", () => {
  const linkIn = async (email: string) => {
    const mail = await sink.waitFor((m) => m.to.includes(email));
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    return token!;
  };

  it("answers the same for unknown, known and disabled addresses, and mails only the known one", async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const unknown = uniqueEmail("nobody");
    const answers = await Promise.all(
      [user.email, unknown, disabled.email].map((email) => requestPasswordReset({ email }, uniqueIp())),
    );
    expect(answers).toEqual([{ message: RESET_REQUESTED }, { message: RESET_REQUESTED }, { message: RESET_REQUESTED }]);
    await linkIn(user.email);
    expect(sink.messages().filter((m) => m.to.includes(unknown) || m.to.includes(disabled.email))).toEqual([]);
    expect(await db.passwordReset.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it("stores only the link's hash; the link works once, bumps sessionVersion and spends the user's other links", async () => {
    const user = await makeUser();
    const session = await sessionFor(user.email, PASSWORD);
    await requestPasswordReset({ email: user.email }, uniqueIp());
    const token = await linkIn(user.email);
    const rows = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    sink.clear();
    await requestPasswordReset({ email: user.email }, uniqueIp());
    const second = await linkIn(user.email);
    expect(await resetLinkState(token)).toBe("valid");

    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ email: user.email });
    await expect(recheck(session)).rejects.toThrow("session revoked");
    await expect(sessionFor(user.email, NEW_PASSWORD)).resolves.toMatchObject({ sub: user.id });
    expect(await resetLinkState(token)).toBe("used");
    const again = await appError(resetPassword({ token, password: "another fine passphrase" }));
    expect(again.message).toMatch(/already been used/);
    expect(await resetLinkState(second)).toBe("used");
  });

  it("refuses an expired link and an unknown one, and limits requests per address", async () => {
    const user = await makeUser();
    await requestPasswordReset({ email: user.email }, uniqueIp());
    const token = await linkIn(user.email);
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetLinkState(token)).toBe("expired");
    expect((await appError(resetPassword({ token, password: NEW_PASSWORD }))).message).toMatch(/expired/);
    expect((await appError(resetPassword({ token: "y".repeat(43), password: NEW_PASSWORD }))).message).toMatch(
      /not valid/,
    );
    await expect(sessionFor(user.email, PASSWORD)).resolves.toMatchObject({ sub: user.id });

    const email = uniqueEmail("flood");
    for (let i = 0; i < RESET_ADDRESS_LIMIT.max; i++) await requestPasswordReset({ email }, uniqueIp());
    expect((await appError(requestPasswordReset({ email }, uniqueIp()))).code).toBe("RATE_LIMITED");
  });

  it("is refused without mail, saying to ask an admin", async () => {
    delete process.env.SMTP_URL;
    try {
      const error = await appError(requestPasswordReset({ email: uniqueEmail("x") }, uniqueIp()));
      expect(error.code).toBe("UNAVAILABLE");
      expect(error.message).toMatch(/Ask an administrator/);
    } finally {
      process.env.SMTP_URL = sink.url;
    }
  });
});

describe("personal API tokens", () => {
  const bearer = (secret: string) =>
    requestActor(new Request("http://localhost/api/v1/me/tokens", { headers: { authorization: `Bearer ${secret}` } }));

  it("keeps only the hash, lists only the owner's, and a revoked token stops working", async () => {
    const owner = await makeUser();
    const other = await makeUser("READER");
    const token = await createOwnApiToken(owner.actor, { name: "notebook", expiresInDays: 7 });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashToken(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(row.expiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    await expect(bearer(token.secret)).resolves.toEqual(owner.actor);

    expect((await listOwnTokens(owner.actor)).map((t) => t.id)).toEqual([token.id]);
    expect(await listOwnTokens(other.actor)).toEqual([]);
    expect((await appError(revokeToken(other.actor, { tokenId: token.id }))).code).toBe("FORBIDDEN");
    await expect(bearer(token.secret)).resolves.toEqual(owner.actor);

    await revokeToken(owner.actor, { tokenId: token.id });
    expect((await appError(bearer(token.secret))).code).toBe("UNAUTHENTICATED");
    expect(await listOwnTokens(owner.actor)).toEqual([]);
    expect((await appError(revokeToken(owner.actor, { tokenId: token.id }))).code).toBe("NOT_FOUND");
  });

  it("always expire, and bearer authentication honours the expiry", async () => {
    const owner = await makeUser();
    const token = await createOwnApiToken(owner.actor, { name: "default expiry" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(Math.round((row.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(30);
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await appError(bearer(token.secret))).code).toBe("UNAUTHENTICATED");
    expect((await appError(createOwnApiToken(owner.actor, { name: "forever", expiresInDays: 5000 }))).code).toBe(
      "INVALID",
    );
  });
});
