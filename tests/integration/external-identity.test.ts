import { afterAll, describe, expect, it } from "vitest";
import { signInExternal } from "@/lib/auth/external-identity";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";

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
