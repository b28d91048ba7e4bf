import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInExternal } from "@/lib/auth/external-identity";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { prepareInvitationSignIn } from "@/lib/invitations/accept-invitation";
import { INVITATION_COOKIE, signInvitationCookie } from "@/lib/invitations/invitation-cookie";
import { inviteUser } from "@/lib/invitations/invitations";
import { hashToken } from "@/lib/tokens/token-secret";
import { createUser } from "@/lib/users/create-user";
import { makeActor } from "./support";

// The signIn callback reads and clears the invitation cookie of the request it runs in: here, this jar.
const jar = new Map<string, { value: string; maxAge?: number }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => jar.get(name),
    set: (name: string, value: string, options: { maxAge?: number }) => jar.set(name, { value, ...options }),
  }),
}));

const ISSUER = "https://id.example.org";
let n = 0;
const unique = (tag: string) => `${tag}-${Date.now()}-${n++}`;

async function makeUser() {
  return createUser("system", {
    email: `${unique("oidc")}@self.test`,
    name: "Org Person",
    role: "REVIEWER",
    password: "correct horse battery staple",
  });
}

afterAll(() => db.$disconnect());

describe("signing in with an external identity", () => {
  it("links a new identity to the account with the same, verified, e-mail; then signs it in by identity", async () => {
    const user = await makeUser();
    const subject = unique("sub");
    const first = await signInExternal({
      issuer: ISSUER,
      subject,
      email: user.email.toUpperCase(),
      emailVerified: true,
    });
    expect(first).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: "REVIEWER", sessionVersion: 1 },
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ externalIssuer: ISSUER, externalSubject: subject });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "account.update" } })).toBe(1);
    // Later sign-ins need no e-mail at all (ORCID sends none).
    await expect(signInExternal({ issuer: ISSUER, subject, emailVerified: false })).resolves.toMatchObject({
      ok: true,
      user: { id: user.id },
    });
  });

  it("never links by an unverified e-mail, and refuses unknown identities (no sign-up)", async () => {
    const user = await makeUser();
    await expect(
      signInExternal({ issuer: ISSUER, subject: unique("sub"), email: user.email, emailVerified: false }),
    ).resolves.toEqual({ ok: false, reason: "OidcNoAccount" });
    await expect(
      signInExternal({
        issuer: ISSUER,
        subject: unique("sub"),
        email: `${unique("new")}@self.test`,
        emailVerified: true,
      }),
    ).resolves.toEqual({ ok: false, reason: "OidcNoAccount" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).externalSubject).toBeNull();
  });

  it("refuses disabled accounts and a second identity for a linked account", async () => {
    const user = await makeUser();
    const subject = unique("sub");
    await signInExternal({ issuer: ISSUER, subject, email: user.email, emailVerified: true });
    await expect(
      signInExternal({ issuer: ISSUER, subject: unique("other"), email: user.email, emailVerified: true }),
    ).resolves.toEqual({ ok: false, reason: "OidcOtherIdentity" });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    await expect(signInExternal({ issuer: ISSUER, subject, emailVerified: false })).resolves.toEqual({
      ok: false,
      reason: "OidcDisabled",
    });
  });

  it("starts the session as the linked account, under its sessionVersion", async () => {
    const user = await makeUser();
    const subject = unique("sub");
    await db.user.update({
      where: { id: user.id },
      data: { externalIssuer: ISSUER, externalSubject: subject, sessionVersion: 4 },
    });
    const profileUser = { id: subject, name: "From the provider", email: undefined, role: "READER", sessionVersion: 0 };
    const account = { provider: "oidc", type: "oauth", providerAccountId: subject } as const;
    const signIn = authOptions.callbacks!.signIn!;
    const jwt = authOptions.callbacks!.jwt!;
    expect(
      await signIn({ user: profileUser, account, profile: { iss: ISSUER, sub: subject } } as Parameters<
        typeof signIn
      >[0]),
    ).toBe(true);
    const token = await jwt({ token: {}, user: profileUser, account } as unknown as Parameters<typeof jwt>[0]);
    expect(token).toMatchObject({ sub: user.id, role: "REVIEWER", sv: 4 });
    const stranger = { ...profileUser, id: unique("stranger") };
    expect(
      await signIn({
        user: stranger,
        account: { ...account, providerAccountId: stranger.id },
        profile: { iss: ISSUER, sub: stranger.id, email: user.email, email_verified: false },
      } as Parameters<typeof signIn>[0]),
    ).toBe("/signin?error=OidcNoAccount");
  });
});

describe("accepting an invitation by signing in with an organisation", () => {
  const saved = { ...process.env };
  let admin: Awaited<ReturnType<typeof makeActor>>;
  beforeAll(async () => {
    // No SMTP: the admin gets the link back. An OpenID provider configured, so the invitation page offers it.
    delete process.env.SMTP_URL;
    Object.assign(process.env, { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" });
    admin = await makeActor("ADMIN", "oidc-inviter");
  });
  afterAll(() => {
    process.env = saved;
  });

  async function invite() {
    const address = `${unique("invitee")}@self.test`;
    const sent = await inviteUser(admin, { email: address, role: "EDITOR" }, "https://claimwise.example");
    const token = /\/invite\/([\w-]{43})$/.exec(sent.link ?? "")![1]!;
    return { address, token, invitationId: sent.invitation.id };
  }

  const ip = () => `10.88.${n++ % 250}.${n % 250}`;
  const signIn = authOptions.callbacks!.signIn!;
  function callback(subject: string, name = "Orla Orcid") {
    const user = { id: subject, name, email: undefined, role: "READER", sessionVersion: 0 };
    const args = {
      user,
      account: { provider: "oidc", type: "oauth", providerAccountId: subject },
      profile: { iss: ISSUER, sub: subject },
    } as unknown as Parameters<typeof signIn>[0];
    return { user, result: signIn(args) };
  }

  it("creates the invited account for an identity with no e-mail, links it, spends the invitation and the cookie", async () => {
    const { address, token, invitationId } = await invite();
    jar.set(INVITATION_COOKIE, { value: await prepareInvitationSignIn(null, { token }, ip()) });
    const subject = unique("orcid");
    const { user, result } = callback(subject);
    expect(await result).toBe(true);

    const row = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(row).toMatchObject({
      name: "Orla Orcid",
      role: "EDITOR",
      passwordHash: null,
      externalIssuer: ISSUER,
      externalSubject: subject,
    });
    // The session starts as the new account (the jwt callback reads this object).
    expect(user).toMatchObject({ id: row.id, email: address, role: "EDITOR" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: row.id } });
    expect(audit.map((e) => [e.action, e.actorId, e.after])).toEqual([
      [
        "invitations.accept",
        row.id,
        { email: address, role: "EDITOR", invitationId, externalIssuer: ISSUER, externalSubject: subject },
      ],
    ]);
    expect(jar.get(INVITATION_COOKIE)).toMatchObject({ value: "", maxAge: 0 });
    // Later sign-ins are by identity, without any cookie.
    await expect(signInExternal({ issuer: ISSUER, subject, emailVerified: false })).resolves.toMatchObject({
      ok: true,
      user: { id: row.id },
    });
  });

  it("refuses a used, expired or revoked invitation, at the page and at the sign-in", async () => {
    const used = await invite();
    const cookie = await prepareInvitationSignIn(null, { token: used.token }, ip());
    expect(
      await signInExternal({ issuer: ISSUER, subject: unique("first"), emailVerified: false }, cookie),
    ).toMatchObject({
      ok: true,
    });
    // The same cookie again (another tab, a replay): the invitation is spent.
    const second = unique("second");
    await expect(signInExternal({ issuer: ISSUER, subject: second, emailVerified: false }, cookie)).resolves.toEqual({
      ok: false,
      reason: "OidcInvitationUnusable",
    });
    await expect(prepareInvitationSignIn(null, { token: used.token }, ip())).rejects.toThrow("already been used");

    const expired = await invite();
    const late = await prepareInvitationSignIn(null, { token: expired.token }, ip());
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(signInExternal({ issuer: ISSUER, subject: second, emailVerified: false }, late)).resolves.toEqual({
      ok: false,
      reason: "OidcInvitationUnusable",
    });
    await expect(prepareInvitationSignIn(null, { token: expired.token }, ip())).rejects.toThrow("expired");

    const revoked = await invite();
    const withdrawn = await prepareInvitationSignIn(null, { token: revoked.token }, ip());
    await db.invitation.update({ where: { id: revoked.invitationId }, data: { revokedAt: new Date() } });
    await expect(signInExternal({ issuer: ISSUER, subject: second, emailVerified: false }, withdrawn)).resolves.toEqual(
      { ok: false, reason: "OidcInvitationUnusable" },
    );

    // An account made for the address meanwhile is neither taken over nor linked, and the invitation stays unused.
    const taken = await invite();
    const pending = await prepareInvitationSignIn(null, { token: taken.token }, ip());
    const existing = await createUser("system", {
      email: taken.address,
      name: "Already Here",
      role: "READER",
      password: "correct horse battery staple",
    });
    await expect(signInExternal({ issuer: ISSUER, subject: second, emailVerified: false }, pending)).resolves.toEqual({
      ok: false,
      reason: "OidcInvitationUnusable",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      role: "READER",
      externalSubject: null,
    });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: taken.invitationId } })).acceptedAt).toBeNull();
    expect(await db.user.count({ where: { email: { in: [expired.address, revoked.address] } } })).toBe(0);
    expect(await db.user.count({ where: { externalSubject: second } })).toBe(0);
  });

  it("does nothing for an absent, forged, stale or unconfigured cookie", async () => {
    const { address, token } = await invite();
    const tokenHash = hashToken(token);
    const good = signInvitationCookie(tokenHash);
    const [hash, expires] = good.split(".");
    const forged = [
      undefined,
      "",
      `${hash}.${expires}.${"A".repeat(43)}`,
      `${hash}.${Number(expires) + 60_000}.${good.split(".")[2]}`,
      signInvitationCookie(tokenHash, Date.now() - 11 * 60_000),
    ];
    for (const cookie of forged) {
      const subject = unique("forger");
      await expect(signInExternal({ issuer: ISSUER, subject, emailVerified: false }, cookie)).resolves.toEqual({
        ok: false,
        reason: "OidcNoAccount",
      });
    }
    // Through the callback with no cookie at all: refused, nothing created.
    jar.clear();
    expect(await callback(unique("cookieless")).result).toBe("/signin?error=OidcNoAccount");
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    delete process.env.OIDC_ISSUER;
    await expect(prepareInvitationSignIn(null, { token }, ip())).rejects.toThrow("not set up");
  });
});
