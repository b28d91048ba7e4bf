import "server-only";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";
import { INVITATION_COOKIE, invitationCookieOptions } from "@/lib/invitations/invitation-cookie";
import { recordSignIn } from "@/lib/users/record-sign-in";
import { clientIp } from "./client-ip";
import { signInExternal } from "./external-identity";
import { authenticate } from "./login";
import { OIDC_PROVIDER_ID, type OidcProfile, oidcProvider, oidcSettings } from "./oidc-provider";
import type { Role } from "./roles";
import { authSecret } from "./secret";

class SessionRevokedError extends Error {
  constructor() {
    super("session revoked");
    this.name = "SessionRevokedError";
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const oidc = oidcSettings();

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(credentials, clientIp(req.headers ?? {}));
          return { ...user };
        } catch (error) {
          // next-auth hands the message of a thrown error to the sign-in form.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const claims = profile as OidcProfile;
      // "Accept with …" on an invitation's page set this for this sign-in only: it is spent whatever happens next.
      const jar = await cookies();
      const invitation = jar.get(INVITATION_COOKIE)?.value;
      if (invitation) jar.set(INVITATION_COOKIE, "", invitationCookieOptions(0));
      const outcome = await signInExternal(
        {
          // The ID token's issuer, checked against the discovered one by the OpenID client.
          issuer: claims.iss ?? oidc!.issuer,
          subject: account.providerAccountId,
          email: claims.email,
          emailVerified: claims.email_verified === true,
          name: user.name ?? undefined,
        },
        invitation,
      );
      if (!outcome.ok) return `/signin?error=${outcome.reason}`;
      // next-auth hands this same object to the jwt callback: the session starts as our account, not the profile.
      Object.assign(user, outcome.user);
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      // Every later read re-checks the account, so a changed password or role, or a disabled user, ends the session.
      let current: { name: string; email: string; role: Role; sessionVersion: number; disabled: boolean } | null;
      try {
        current = token.sub
          ? await db.user.findUnique({
              where: { id: token.sub },
              select: { name: true, email: true, role: true, sessionVersion: true, disabled: true },
            })
          : null;
      } catch (error) {
        // While the database is down nothing can be read or written anyway: keep the user signed in, so the request
        // fails as "database unavailable" (and their unsaved work is kept) rather than as "please sign in".
        if (isDatabaseUnavailable(error)) return token;
        throw error;
      }
      if (!current || current.disabled || current.sessionVersion !== token.sv || current.role !== token.role) {
        throw new SessionRevokedError();
      }
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub!, name: token.name ?? "", email: token.email ?? "", role: token.role! };
      return session;
    },
  },
  events: {
    signIn: ({ user }) => recordSignIn(user.id),
  },
  logger: {
    error(code, metadata) {
      // A revoked session is expected: next-auth clears the cookie and the visitor is signed out.
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string })?.name === "SessionRevokedError") return;
      // A browser that navigates away while its session request is in flight reports this; nothing failed here.
      if (code === "CLIENT_FETCH_ERROR" && (metadata as { message?: string })?.message === "Failed to fetch") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      if (code !== "NEXTAUTH_URL") console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
