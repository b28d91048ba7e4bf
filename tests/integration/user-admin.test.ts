import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "@/lib/admin/users";
import { auditCsv } from "@/lib/audit/audit-csv";
import { exportAuditEvents, listAuditEvents } from "@/lib/audit/audit-log";
import { authenticate } from "@/lib/auth/login";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitation, viewInvitation } from "@/lib/invitations/accept-invitation";
import { inviteUser, listPendingInvitations, resendInvitation, revokeInvitation } from "@/lib/invitations/invitations";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { makeActor } from "./support";

const ORIGIN = "https://claimwise.example";
const PASSWORD = "velvet tractor seldom orbit";
let n = 0;
let sink: SmtpSink;
const savedSmtp = process.env.SMTP_URL;
const email = (tag: string) => `${tag}-${Date.now()}-${n++}@admin-it.test`;
const ip = () => `10.77.${n++ % 250}.${Math.floor(Math.random() * 250)}`;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  process.env.SMTP_URL = savedSmtp;
  await sink.close();
  await db.$disconnect();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const tokenOf = (link: string | null) => /\/invite\/([\w-]{43})$/.exec(link ?? "")![1]!;

async function auditOf(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

describe("invitations", () => {
  it("without SMTP shows the link once; accepting creates the user with the role, audited, and the link is used", async () => {
    delete process.env.SMTP_URL;
    const admin = await makeActor("ADMIN");
    const address = email("invitee");
    const sent = await inviteUser(admin, { email: address.toUpperCase(), role: "REVIEWER" }, ORIGIN);
    expect(sent).toMatchObject({ mailed: false, invitation: { email: address, role: "REVIEWER" } });
    expect(sent.link).toMatch(new RegExp(`^${ORIGIN}/invite/[\\w-]{43}$`));
    const token = tokenOf(sent.link);
    // Stored hashed: the secret itself is nowhere in the row.
    const row = await db.invitation.findUniqueOrThrow({ where: { id: sent.invitation.id } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.99 * 86_400_000);

    expect(await viewInvitation(token, ip())).toMatchObject({ state: "valid", email: address, role: "REVIEWER" });
    const { email: accepted } = await acceptInvitation(null, { token, name: "Ines Invitee", password: PASSWORD }, ip());
    expect(accepted).toBe(address);
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({ role: "REVIEWER", name: "Ines Invitee", disabled: false });
    await expect(authenticate({ email: address, password: PASSWORD }, ip())).resolves.toMatchObject({ id: user.id });

    expect((await auditOf(sent.invitation.id)).map((e) => [e.action, e.actorId])).toEqual([["users.manage", admin.id]]);
    expect((await auditOf(user.id)).map((e) => [e.action, e.actorId])).toEqual([["invitations.accept", user.id]]);

    // Used: the same link neither shows the form nor creates anything again.
    expect((await viewInvitation(token, ip())).state).toBe("used");
    const again = await failure(acceptInvitation(null, { token, name: "Twice", password: PASSWORD }, ip()));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already been used/);
  });

  it("with SMTP e-mails the link (not shown to the admin); an expired, revoked or resent-over link is refused", async () => {
    process.env.SMTP_URL = sink.url;
    const admin = await makeActor("ADMIN");
    const address = email("mailed");
    const sent = await inviteUser(admin, { email: address, role: "EDITOR" }, ORIGIN);
    expect(sent).toMatchObject({ mailed: true, link: null });
    const mail = await sink.waitFor((m) => m.to.includes(address));
    const first = tokenOf(/https:\S+/.exec(mail.text)![0]);

    // A second invitation to the same address is refused while this one is pending.
    expect((await failure(inviteUser(admin, { email: address, role: "READER" }, ORIGIN))).code).toBe("CONFLICT");

    // Resending makes a new link; the old one stops working.
    await resendInvitation(admin, { invitationId: sent.invitation.id }, ORIGIN);
    const second = await sink.waitFor((m) => m.to.includes(address) && !m.text.includes(first));
    const secondToken = tokenOf(/https:\S+/.exec(second.text)![0]);
    expect((await viewInvitation(first, ip())).state).toBe("unknown");

    // Expired.
    await db.invitation.update({ where: { id: sent.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await viewInvitation(secondToken, ip())).state).toBe("expired");
    const expired = await failure(
      acceptInvitation(null, { token: secondToken, name: "Late", password: PASSWORD }, ip()),
    );
    expect(expired.message).toMatch(/expired/);

    // Revoked.
    await db.invitation.update({
      where: { id: sent.invitation.id },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    });
    await revokeInvitation(admin, { invitationId: sent.invitation.id });
    expect((await viewInvitation(secondToken, ip())).state).toBe("revoked");
    expect(
      (await failure(acceptInvitation(null, { token: secondToken, name: "X", password: PASSWORD }, ip()))).code,
    ).toBe("CONFLICT");
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect((await listPendingInvitations(admin)).some((i) => i.id === sent.invitation.id)).toBe(false);
    expect((await auditOf(sent.invitation.id)).map((e) => e.after)).toEqual([
      expect.objectContaining({ email: address, role: "EDITOR" }),
      expect.objectContaining({ resent: true }),
      { revoked: true },
    ]);
  });

  it("refuses weak passwords with the password rules, and only admins may invite", async () => {
    delete process.env.SMTP_URL;
    const admin = await makeActor("ADMIN");
    const sent = await inviteUser(admin, { email: email("weak"), role: "READER" }, ORIGIN);
    const weak = await failure(
      acceptInvitation(null, { token: tokenOf(sent.link), name: "W", password: "password1234" }, ip()),
    );
    expect(weak.code).toBe("INVALID");
    for (const role of ["EDITOR", "REVIEWER", "READER"] as const) {
      const actor = await makeActor(role);
      expect((await failure(inviteUser(actor, { email: email("no"), role: "ADMIN" }, ORIGIN))).code).toBe("FORBIDDEN");
    }
    expect((await failure(inviteUser(null, { email: email("no"), role: "ADMIN" }, ORIGIN))).code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("rate-limits the links tried from one address", async () => {
    const address = `10.99.${n++ % 250}.1`;
    for (let i = 0; i < 30; i++) await viewInvitation("x".repeat(43), address);
    expect((await failure(viewInvitation("x".repeat(43), address))).code).toBe("RATE_LIMITED");
  });
});

describe("changing users", () => {
  const jwt = authOptions.callbacks!.jwt!;

  it("disabling a user ends their open session on the next request; every change is audited", async () => {
    const admin = await makeActor("ADMIN");
    const target = await makeActor("REVIEWER");
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const token = await jwt({
      token: {},
      user: { id: target.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion },
      account: null,
    } as unknown as Parameters<typeof jwt>[0]);
    const recheck = () => jwt({ token: { ...token }, account: null } as unknown as Parameters<typeof jwt>[0]);
    await expect(recheck()).resolves.toBeTruthy();

    expect(await updateUser(admin, { userId: target.id, disabled: true })).toMatchObject({ disabled: true });
    await expect(recheck()).rejects.toThrow("session revoked");
    await expect(authenticate({ email: row.email, password: "a long enough password" }, ip())).rejects.toThrow();

    await updateUser(admin, { userId: target.id, disabled: false });
    await updateUser(admin, { userId: target.id, role: "EDITOR" });
    await updateUser(admin, { userId: target.id, signOut: true });
    // A change that changes nothing is not one: no audit row, no session ended.
    await updateUser(admin, { userId: target.id, role: "EDITOR" });
    const events = await auditOf(target.id);
    expect(events.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["users.manage", null, expect.objectContaining({ role: "REVIEWER" })], // created by the test support
      ["users.manage", admin.id, expect.objectContaining({ disabled: true, sessionVersion: row.sessionVersion + 1 })],
      ["users.manage", admin.id, expect.objectContaining({ disabled: false, sessionVersion: row.sessionVersion + 2 })],
      ["users.manage", admin.id, expect.objectContaining({ role: "EDITOR", sessionVersion: row.sessionVersion + 3 })],
      ["users.manage", admin.id, expect.objectContaining({ signedOut: true, sessionVersion: row.sessionVersion + 4 })],
    ]);
    expect(events[2]!.before).toMatchObject({ disabled: true });
    expect((await failure(updateUser(admin, { userId: target.id }))).code).toBe("INVALID");
    expect((await failure(updateUser(admin, { userId: "nobody", signOut: true }))).code).toBe("NOT_FOUND");
    expect((await failure(updateUser(target, { userId: admin.id, disabled: true }))).code).toBe("FORBIDDEN");
  });

  it("never leaves no active admin: the last one cannot be disabled, demoted or signed out, themself included", async () => {
    const admin = await makeActor("ADMIN");
    // Other tests' admins step aside for this test (files run one after another) and come back after it.
    const others = await db.user.findMany({
      where: { role: "ADMIN", disabled: false, id: { not: admin.id } },
      select: { id: true },
    });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: true } });
    try {
      for (const change of [{ disabled: true }, { role: "EDITOR" as const }, { signOut: true as const }]) {
        const error = await failure(updateUser(admin, { userId: admin.id, ...change }));
        expect(error.code).toBe("CONFLICT");
        expect(error.message).toMatch(/last active admin/);
      }
      expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        role: "ADMIN",
        disabled: false,
      });
      // With a second active admin, either may step down, but then not the other as well: at once or in turn.
      const second = await makeActor("ADMIN");
      const both = await Promise.allSettled([
        updateUser(admin, { userId: second.id, role: "EDITOR" }),
        updateUser(second, { userId: admin.id, role: "EDITOR" }),
      ]);
      expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { id: { in: [admin.id, second.id] }, role: "ADMIN" } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: false } });
    }
  });
});

describe("audit log", () => {
  it("filters by user, action and date, pages, and exports the filter as CSV with formulas neutralised", async () => {
    delete process.env.SMTP_URL;
    const admin = await makeActor("ADMIN");
    // A name a spreadsheet would run as a formula.
    const adminEmail = (await db.user.update({ where: { id: admin.id }, data: { name: "=HYPERLINK(1)" } })).email;
    const target = await makeActor("READER");
    await updateUser(admin, { userId: target.id, role: "REVIEWER" });
    await inviteUser(admin, { email: email("csv"), role: "READER" }, ORIGIN);

    const page = await listAuditEvents(admin, { user: adminEmail.toUpperCase(), action: "users.manage" });
    expect(page.rows.map((r) => r.entityType)).toEqual(["Invitation", "User"]);
    expect(page.rows.every((r) => r.actor?.id === admin.id)).toBe(true);
    expect(page.hasNext).toBe(false);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, { user: adminEmail, from: today, to: today })).rows).toHaveLength(2);
    expect((await listAuditEvents(admin, { user: adminEmail, to: "2000-01-01" })).rows).toHaveLength(0);
    expect((await listAuditEvents(admin, { user: "nobody@nowhere.test" })).unknown).toEqual(["user"]);
    expect((await failure(listAuditEvents(admin, { from: "yesterday" }))).code).toBe("INVALID");
    expect((await failure(listAuditEvents(target, {}))).code).toBe("FORBIDDEN");

    const csv = auditCsv(await exportAuditEvents(admin, { user: adminEmail, page: "7" }));
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("time (UTC),user,user e-mail,action");
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
