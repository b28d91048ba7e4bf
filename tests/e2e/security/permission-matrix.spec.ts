// The permission matrix: every /api/v1 route and every server action, tried as every role, against the policy
// table (lib/auth/policy.ts). A route's rule is the permission the route table gives it (lib/api/operations.ts)
// unless a cell names another (owners and moderators); a route or action that is not listed here fails the suite,
// so nothing new ships without saying who may call it.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { OPERATIONS, type OperationKey } from "@/lib/api/operations";
import { type Action, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { richText } from "../../support/rich-text";
import {
  type Caller,
  callers,
  EMAIL,
  moveDraftTo,
  OWNER_ID,
  openStream,
  policyActor,
  ROLES,
  rest,
  restRoutes,
  runServerAction,
  serverActions,
  type TestRole,
} from "../support/http-roles";
import { waitForMail } from "../support/mailbox";
import { notificationFor } from "../support/notifications";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const TEXT = "Mice ran further after the drug. The drug could cure depression. Patients treated felt better.";
let n = 0;

interface Doc {
  id: string;
  slug: string;
  title: string;
  version: number;
  claims: { id: string; version: number; start: number; end: number }[];
}

/** What the cells act on; each cell gets fresh objects, so allowed writes never disturb the next cell. */
class Fixtures {
  constructor(
    private request: APIRequestContext,
    readonly as: Record<TestRole, Caller>,
    readonly origin: string,
  ) {}

  static async create(request: APIRequestContext, baseURL: string) {
    return new Fixtures(request, await callers(baseURL), new URL(baseURL).origin);
  }

  action(role: TestRole, name: string, input: unknown, slug: string) {
    const action = serverActions().find((a) => a.name === name)!;
    return runServerAction(this.request, { caller: this.as[role], action, slug, input, origin: this.origin });
  }

  call(role: TestRole, method: string, url: string, body?: unknown) {
    if (method === "GET" && url.endsWith("/events")) return openStream(this.origin, this.as[role], url);
    return rest(this.request, this.as[role], method, url, body);
  }

  async richText(status: "PUBLISHED" | "DRAFT" | "IN_REVIEW" = "PUBLISHED"): Promise<Doc> {
    const title = `Matrix ${Date.now()} ${n++}`;
    const created = await this.call("editor", "POST", "/documents", { format: "txt", title, content: TEXT });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, slug } = created.body as { id: string; slug: string };
    const version =
      status === "DRAFT"
        ? 1
        : await moveDraftTo(
            this.request,
            { caller: this.as.editor, document: { id, slug }, origin: this.origin },
            status,
          );
    const claims = (await this.call("editor", "GET", `/documents/${id}/claims`)).body as {
      items: { id: string; version: number; selectors: { type: string; start?: number; end?: number }[] }[];
    };
    return {
      id,
      slug,
      title,
      version,
      claims: claims.items.map((c) => {
        const position = c.selectors.find((s) => s.type === "TextPositionSelector")!;
        return { id: c.id, version: c.version, start: position.start!, end: position.end! };
      }),
    };
  }

  /** A published document that an editor has archived, at its new version. */
  async archived(): Promise<Doc> {
    const d = await this.richText();
    const r = await this.call("editor", "POST", `/documents/${d.id}/archive`, { version: d.version });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return { ...d, version: (r.body as { version: number }).version };
  }

  async ownedComment(claimId: string) {
    const r = await this.call("reviewer", "POST", `/claims/${claimId}/comments`, { body: richText("A question.") });
    expect(r.status).toBe(201);
    return r.body as { id: string; version: number };
  }

  /** A new API token of the owning reviewer's; only they (and admins) may revoke it. */
  async ownedToken() {
    const r = await this.call("reviewer", "POST", "/me/tokens", { name: `Owned ${n++}`, expiresInDays: 1 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return (r.body as { id: string }).id;
  }

  async ownedCitation(claimId: string) {
    const r = await this.call("reviewer", "POST", `/claims/${claimId}/citations`, {
      source: "identifier",
      identifier: `10.1000/matrix.${Date.now()}.${n++}`,
      stance: "SUPPORTS",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return (r.body as { items: { id: string; version: number }[] }).items[0]!;
  }

  /** A notification of the caller's own (a mention on a new published document), or a made-up id for anonymous. */
  async ownNotification(role: TestRole): Promise<string> {
    if (role === "anonymous") return "no-such-notification";
    const d = await this.richText();
    return notificationFor(EMAIL[role], d.id);
  }

  /** A fresh pending invitation (the admin's), with the token its e-mail carries. */
  async invitation() {
    const email = `matrix-${Date.now()}-${n++}@matrix.test`;
    const r = await this.call("admin", "POST", "/users", { email, role: "READER" });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const mail = await waitForMail(email);
    const token = /\/invite\/([\w-]+)/.exec(mail.text)![1]!;
    return { id: (r.body as { invitation: { id: string } }).invitation.id, token };
  }

  /** The demo reader's user id: the target of admin changes that change nothing (their sessions stay valid). */
  async readerId() {
    const r = await this.call("admin", "GET", "/users?q=student@demo.test");
    return (r.body as { items: { id: string }[] }).items[0]!.id;
  }

  /** The caller's own draft review (for submit and reopen), when the caller may have one. */
  async ownReview(role: TestRole, claimId: string, submitted = false) {
    const saved = await this.call(role, "PUT", `/claims/${claimId}/review`, { version: 0, certainty: "LOW" });
    // A role that may not review gets refused before the version is looked at: any version will do.
    if (saved.status !== 200) return 1;
    const version = (saved.body as { version: number }).version;
    if (!submitted) return version;
    const done = await this.call(role, "POST", `/claims/${claimId}/review/submit`, { version });
    return (done.body as { version: number }).version;
  }
}

type Rule = (actor: Actor) => boolean;
const may =
  (action: Action): Rule =>
  (actor) =>
    can(actor, action);
const mayOwn =
  (action: Action, moderate?: Action): Rule =>
  (actor) =>
    can(actor, action, OWNER_ID) || (moderate !== undefined && can(actor, moderate));
const everyone: Rule = () => true;

interface Cell {
  rule: Rule;
  /**
   * What an allowed call answers when the cell cannot let it succeed (it would change a shared demo account): the
   * typed error of the check after the policy's, which proves the policy let the caller through.
   */
  allowedAs?: string;
  /** The request for a caller: REST method/path/body, or a server action's input (and the page's slug). */
  build: (fx: Fixtures, role: TestRole) => Promise<{ path?: string; body?: unknown; input?: unknown; slug?: string }>;
}
/** A REST cell: its rule is the route table's permission unless it names one. */
type RestCell = Omit<Cell, "rule"> & { rule?: Rule };

// ---- REST routes: "METHOD /path" as the route table and the files under app/api/v1 spell them ----
const REST: Record<OperationKey | "GET /openapi.json", RestCell | RestCell[]> = {
  "GET /documents": { build: async () => ({ path: "/documents" }) },
  "POST /documents": {
    build: async () => ({ path: "/documents", body: { format: "txt", title: `Imported ${n++}`, content: TEXT } }),
  },
  "GET /documents/{id}/claims": {
    build: async (fx) => ({ path: `/documents/${(await fx.richText()).id}/claims` }),
  },
  "POST /documents/{id}/revisions": {
    build: async (fx) => ({
      path: `/documents/${(await fx.richText()).id}/revisions`,
      body: { format: "txt", content: `${TEXT} A new sentence.` },
    }),
  },
  "POST /documents/{id}/archive": {
    build: async (fx) => {
      const d = await fx.richText();
      return { path: `/documents/${d.id}/archive`, body: { version: d.version } };
    },
  },
  "POST /documents/{id}/restore": {
    build: async (fx) => {
      const d = await fx.archived();
      return { path: `/documents/${d.id}/restore`, body: { version: d.version } };
    },
  },
  "DELETE /documents/{id}": {
    build: async (fx) => {
      const d = await fx.richText();
      return { path: `/documents/${d.id}`, body: { title: d.title } };
    },
  },
  "GET /documents/{id}/export": [
    { build: async (fx) => ({ path: `/documents/${(await fx.richText()).id}/export?format=html` }) },
    {
      // Formats beyond reading need more than the route's permission.
      rule: may("exports.run"),
      build: async (fx) => ({ path: `/documents/${(await fx.richText()).id}/export?format=csv` }),
    },
  ],
  "GET /documents/{id}/events": {
    build: async (fx) => ({ path: `/documents/${(await fx.richText()).id}/events` }),
  },
  "POST /documents/{id}/presence": {
    build: async (fx) => {
      const d = await fx.richText();
      return { path: `/documents/${d.id}/presence`, body: { claimId: d.claims[0]!.id, state: "viewing" } };
    },
  },
  "GET /claims/{id}/reviews": {
    build: async (fx) => ({ path: `/claims/${(await fx.richText()).claims[0]!.id}/reviews` }),
  },
  "PUT /claims/{id}/review": {
    build: async (fx) => ({
      path: `/claims/${(await fx.richText()).claims[0]!.id}/review`,
      body: { version: 0, certainty: "MODERATE" },
    }),
  },
  "POST /claims/{id}/review/submit": {
    build: async (fx, role) => {
      const claimId = (await fx.richText()).claims[0]!.id;
      return { path: `/claims/${claimId}/review/submit`, body: { version: await fx.ownReview(role, claimId) } };
    },
  },
  "POST /claims/{id}/review/reopen": {
    build: async (fx, role) => {
      const claimId = (await fx.richText()).claims[0]!.id;
      return { path: `/claims/${claimId}/review/reopen`, body: { version: await fx.ownReview(role, claimId, true) } };
    },
  },
  "GET /claims/{id}/citations": {
    build: async (fx) => ({ path: `/claims/${(await fx.richText()).claims[0]!.id}/citations` }),
  },
  "POST /claims/{id}/citations": {
    build: async (fx) => ({
      path: `/claims/${(await fx.richText()).claims[0]!.id}/citations`,
      body: { source: "identifier", identifier: `10.1000/cell.${n++}`, stance: "CONTRADICTS" },
    }),
  },
  "PATCH /citations/{id}": {
    rule: mayOwn("citations.write", "citations.moderate"),
    build: async (fx) => {
      const c = await fx.ownedCitation((await fx.richText()).claims[0]!.id);
      return { path: `/citations/${c.id}`, body: { version: c.version, stance: "MENTIONS" } };
    },
  },
  "POST /citations/{id}/metadata": {
    rule: mayOwn("citations.write", "citations.moderate"),
    build: async (fx) => {
      const c = await fx.ownedCitation((await fx.richText()).claims[0]!.id);
      return { path: `/citations/${c.id}/metadata`, body: { version: c.version } };
    },
  },
  "DELETE /citations/{id}": {
    rule: mayOwn("citations.write", "citations.moderate"),
    build: async (fx) => {
      const c = await fx.ownedCitation((await fx.richText()).claims[0]!.id);
      return { path: `/citations/${c.id}`, body: { version: c.version } };
    },
  },
  "GET /documents/{id}/reading-rest": {
    build: async (fx) => ({ path: `/documents/${(await fx.richText()).id}/reading-rest` }),
  },
  "GET /claims/{id}/critique": {
    build: async (fx) => ({ path: `/claims/${(await fx.richText()).claims[0]!.id}/critique` }),
  },
  "GET /claims/{id}/comments": {
    build: async (fx) => ({ path: `/claims/${(await fx.richText()).claims[0]!.id}/comments` }),
  },
  "POST /claims/{id}/comments": {
    build: async (fx) => ({
      path: `/claims/${(await fx.richText()).claims[0]!.id}/comments`,
      body: { body: richText("Is there a human trial?") },
    }),
  },
  "PATCH /comments/{id}": {
    rule: mayOwn("comments.write"),
    build: async (fx) => {
      const c = await fx.ownedComment((await fx.richText()).claims[0]!.id);
      return { path: `/comments/${c.id}`, body: { version: c.version, body: richText("Edited.") } };
    },
  },
  "DELETE /comments/{id}": {
    rule: mayOwn("comments.write", "comments.moderate"),
    build: async (fx) => {
      const c = await fx.ownedComment((await fx.richText()).claims[0]!.id);
      return { path: `/comments/${c.id}`, body: { version: c.version } };
    },
  },
  "GET /comments/{id}/history": {
    build: async (fx) => ({
      path: `/comments/${(await fx.ownedComment((await fx.richText()).claims[0]!.id)).id}/history`,
    }),
  },
  "POST /comments/{id}/resolve": {
    rule: mayOwn("comments.write", "comments.moderate"),
    build: async (fx) => {
      const c = await fx.ownedComment((await fx.richText()).claims[0]!.id);
      return { path: `/comments/${c.id}/resolve`, body: { version: c.version, resolved: true } };
    },
  },
  "GET /claims/{id}/history": {
    build: async (fx) => ({ path: `/claims/${(await fx.richText()).claims[0]!.id}/history` }),
  },
  "GET /notifications": { build: async () => ({ path: "/notifications?unread=1" }) },
  "POST /notifications/{id}/read": {
    build: async (fx, role) => ({ path: `/notifications/${await fx.ownNotification(role)}/read` }),
  },
  "POST /notifications/read-all": { build: async () => ({ path: "/notifications/read-all" }) },
  "GET /me/work": { build: async () => ({ path: "/me/work" }) },
  "GET /users": { build: async () => ({ path: "/users?q=demo.test&page=1" }) },
  "POST /users": {
    build: async () => ({
      path: "/users",
      body: { email: `invited-${Date.now()}-${n++}@matrix.test`, role: "READER" },
    }),
  },
  "PATCH /users/{id}": {
    // The reader keeps their role: allowed, but nothing changes, so no session of theirs ends mid-matrix.
    build: async (fx) => ({ path: `/users/${await fx.readerId()}`, body: { role: "READER", disabled: false } }),
  },
  "GET /me/tokens": { build: async () => ({ path: "/me/tokens" }) },
  "POST /me/tokens": { build: async () => ({ path: "/me/tokens", body: { name: `Matrix ${n++}`, expiresInDays: 1 } }) },
  "DELETE /tokens/{id}": {
    rule: mayOwn("tokens.manage"),
    build: async (fx) => ({ path: `/tokens/${await fx.ownedToken()}` }),
  },
  "GET /openapi.json": { rule: everyone, build: async () => ({ path: "/openapi.json" }) },
};

// ---- Server actions, by exported name ----
const claimOf = async (fx: Fixtures) => {
  const d = await fx.richText();
  return { d, c: d.claims[0]! };
};
const ACTIONS: Record<string, Cell> = {
  importDocumentAction: {
    rule: may("documents.import"),
    build: async () => {
      const form = new FormData();
      form.set("format", "txt");
      form.set("title", `Action import ${n++}`);
      form.set("content", TEXT);
      return { input: form, slug: "" };
    },
  },
  uploadRevisionAction: {
    rule: may("documents.import"),
    build: async (fx) => {
      const d = await fx.richText();
      const form = new FormData();
      form.set("documentId", d.id);
      form.set("format", "txt");
      form.set("content", `${TEXT} One more sentence.`);
      return { input: form, slug: d.slug };
    },
  },
  archiveDocumentAction: {
    rule: may("documents.archive"),
    build: async (fx) => {
      const d = await fx.richText();
      return { input: { documentId: d.id, version: d.version }, slug: d.slug };
    },
  },
  restoreDocumentAction: {
    rule: may("documents.archive"),
    build: async (fx) => {
      const d = await fx.archived();
      return { input: { documentId: d.id, version: d.version }, slug: d.slug };
    },
  },
  deleteDocumentAction: {
    rule: may("documents.delete"),
    build: async (fx) => {
      const d = await fx.richText();
      return { input: { documentId: d.id, title: d.title }, slug: d.slug };
    },
  },
  assignReviewerAction: {
    rule: may("assignments.manage"),
    build: async (fx) => ({
      input: { documentId: (await fx.richText("IN_REVIEW")).id, reviewerId: await reviewerId(fx) },
      slug: "",
    }),
  },
  unassignReviewerAction: {
    rule: may("assignments.manage"),
    build: async (fx) => ({
      input: { documentId: (await fx.richText()).id, reviewerId: await reviewerId(fx) },
      slug: "",
    }),
  },
  setDocumentStatusAction: {
    rule: may("documents.update"),
    build: async (fx) => ({
      input: await fx.richText().then((d) => ({ documentId: d.id, version: d.version, status: "IN_REVIEW" })),
      slug: "",
    }),
  },
  saveReviewAction: {
    rule: may("reviews.write"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: 0, certainty: "HIGH" }, slug: d.slug };
    },
  },
  submitReviewAction: {
    rule: may("reviews.write"),
    build: async (fx, role) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: await fx.ownReview(role, c.id) }, slug: d.slug };
    },
  },
  reopenReviewAction: {
    rule: may("reviews.write"),
    build: async (fx, role) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: await fx.ownReview(role, c.id, true) }, slug: d.slug };
    },
  },
  addCitationsAction: {
    rule: may("citations.write"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return {
        input: { source: "identifier", claimId: c.id, identifier: `10.1000/act.${n++}`, stance: "SUPPORTS" },
        slug: d.slug,
      };
    },
  },
  deleteCitationAction: {
    rule: mayOwn("citations.write", "citations.moderate"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      const citation = await fx.ownedCitation(c.id);
      return { input: { citationId: citation.id, version: citation.version }, slug: d.slug };
    },
  },
  fetchCitationMetadataAction: {
    rule: mayOwn("citations.write", "citations.moderate"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      const citation = await fx.ownedCitation(c.id);
      return { input: { citationId: citation.id, version: citation.version }, slug: d.slug };
    },
  },
  addCommentAction: {
    rule: may("comments.write"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, body: richText("From the action.") }, slug: d.slug };
    },
  },
  editCommentAction: {
    rule: mayOwn("comments.write"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      const comment = await fx.ownedComment(c.id);
      return { input: { commentId: comment.id, version: comment.version, body: richText("Changed.") }, slug: d.slug };
    },
  },
  deleteCommentAction: {
    rule: mayOwn("comments.write", "comments.moderate"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      const comment = await fx.ownedComment(c.id);
      return { input: { commentId: comment.id, version: comment.version }, slug: d.slug };
    },
  },
  resolveCommentAction: {
    rule: mayOwn("comments.write", "comments.moderate"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      const comment = await fx.ownedComment(c.id);
      return { input: { commentId: comment.id, version: comment.version, resolved: true }, slug: d.slug };
    },
  },
  createClaimAction: {
    rule: may("claims.edit"),
    build: async (fx) => {
      // Free a stretch of text first: the import made every sentence a claim.
      const { d, c } = await claimOf(fx);
      expect((await fx.action("editor", "deleteClaimAction", { claimId: c.id, version: c.version }, d.slug)).code).toBe(
        "OK",
      );
      return { input: { documentId: d.id, start: c.start, end: c.end }, slug: d.slug };
    },
  },
  setClaimTierAction: {
    rule: may("claims.tag"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: c.version, tier: "PRECLINICAL" }, slug: d.slug };
    },
  },
  acceptSuggestionsAction: {
    rule: may("claims.tag"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { documentId: d.id, claims: [{ claimId: c.id, version: c.version }] }, slug: d.slug };
    },
  },
  splitClaimAction: {
    rule: may("claims.edit"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: c.version, at: c.start + 4 }, slug: d.slug };
    },
  },
  mergeClaimsAction: {
    rule: may("claims.edit"),
    build: async (fx) => {
      const d = await fx.richText();
      const [a, b] = d.claims;
      return {
        input: { claimId: a!.id, version: a!.version, nextClaimId: b!.id, nextVersion: b!.version },
        slug: d.slug,
      };
    },
  },
  deleteClaimAction: {
    rule: may("claims.edit"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: c.version }, slug: d.slug };
    },
  },
  setClaimBoundariesAction: {
    rule: may("claims.edit"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: c.version, start: c.start, end: c.end - 1 }, slug: d.slug };
    },
  },
  saveDecisionAction: {
    rule: may("decisions.write"),
    build: async (fx) => {
      const { d, c } = await claimOf(fx);
      return { input: { claimId: c.id, version: 0, tier: "SPECULATIVE", certainty: "LOW" }, slug: d.slug };
    },
  },
  saveNotificationSettingsAction: {
    rule: may("notifications.update"),
    build: async () => ({ input: { mailed: ["MENTION", "REPLY"], dailyDigest: false }, slug: "" }),
  },
  changePasswordAction: {
    // A wrong current password: changing a demo account's password would sign out every other test's session.
    rule: may("account.update"),
    allowedAs: "INVALID",
    build: async () => ({ input: { currentPassword: "not the password", newPassword: "velvet tractor seldom orbit" } }),
  },
  requestPasswordResetAction: {
    rule: everyone,
    build: async () => ({ input: { email: `nobody-${n++}@matrix.test` } }),
  },
  resetPasswordAction: {
    // The e-mailed secret is the proof, whoever is signed in; an unknown one is refused as not valid.
    rule: everyone,
    allowedAs: "INVALID",
    build: async () => ({ input: { token: "x".repeat(43), password: "velvet tractor seldom orbit" } }),
  },
  createTokenAction: {
    rule: may("tokens.manage"),
    build: async () => ({ input: { name: `Action token ${n++}`, expiresInDays: 1 } }),
  },
  revokeTokenAction: {
    rule: mayOwn("tokens.manage"),
    build: async (fx) => ({ input: { tokenId: await fx.ownedToken() } }),
  },
  publishAction: {
    rule: may("documents.publish"),
    build: async (fx) => {
      const d = await fx.richText("IN_REVIEW");
      return {
        input: { documentId: d.id, version: d.version, overrideReason: "Matrix test: publish as it is." },
        slug: d.slug,
      };
    },
  },
  updateUserAction: {
    rule: may("users.manage"),
    build: async (fx) => ({ input: { userId: await fx.readerId(), role: "READER" }, slug: "" }),
  },
  inviteUserAction: {
    rule: may("users.manage"),
    build: async () => ({ input: { email: `action-${Date.now()}-${n++}@matrix.test`, role: "REVIEWER" }, slug: "" }),
  },
  resendInvitationAction: {
    rule: may("users.manage"),
    build: async (fx) => ({ input: { invitationId: (await fx.invitation()).id }, slug: "" }),
  },
  revokeInvitationAction: {
    rule: may("users.manage"),
    build: async (fx) => ({ input: { invitationId: (await fx.invitation()).id }, slug: "" }),
  },
  acceptInvitationAction: {
    rule: may("invitations.accept"),
    build: async (fx) => ({
      input: { token: (await fx.invitation()).token, name: "Matrix Invitee", password: "velvet tractor seldom orbit" },
      slug: "",
    }),
  },
  startInvitationSignInAction: {
    // Only sets the signed cookie the OpenID sign-in reads; the invitation stays pending for every role.
    rule: may("invitations.accept"),
    build: async (fx) => ({ input: { token: (await fx.invitation()).token }, slug: "" }),
  },
};

/** The owning reviewer's user id, as the API shows it on their own review. */
let reviewerIdCache: string | null = null;
async function reviewerId(fx: Fixtures): Promise<string> {
  if (reviewerIdCache) return reviewerIdCache;
  const r = await fx.call("reviewer", "PUT", `/claims/${(await fx.richText()).claims[0]!.id}/review`, { version: 0 });
  reviewerIdCache = (r.body as { reviewer: { id: string } }).reviewer.id;
  return reviewerIdCache;
}

const expectation = (rule: Rule, role: TestRole, allowedAs = "allowed") =>
  rule(policyActor(role)) ? allowedAs : role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";

/** The cell's own rule, else the permission the route table gives the route. */
const restRule = (route: string, cell: RestCell): Rule =>
  cell.rule ?? may(OPERATIONS[route as OperationKey].permission);

test("every REST route and server action is in the matrix, and nothing else is", () => {
  expect(Object.keys(REST).sort()).toEqual(restRoutes());
  expect(Object.keys(REST).sort()).toEqual([...Object.keys(OPERATIONS), "GET /openapi.json"].sort());
  // Server actions live next to their domain, in lib/<feature>/actions.ts, never under app/.
  expect(serverActions().filter((a) => !/^lib\/[\w-]+\/actions\.ts$/.test(a.file))).toEqual([]);
  expect(Object.keys(ACTIONS).sort()).toEqual(
    serverActions()
      .map((a) => a.name)
      .sort(),
  );
});

test("REST routes answer every role as the policy table says", async ({ request, baseURL }) => {
  const fx = await Fixtures.create(request, baseURL!);
  const mismatches: string[] = [];
  for (const [route, cells] of Object.entries(REST)) {
    const [method] = route.split(" ");
    for (const cell of [cells].flat()) {
      for (const role of ROLES) {
        const { path: url, body } = await cell.build(fx, role);
        const outcome = await fx.call(role, method!, url!, body);
        const expected = expectation(restRule(route, cell), role);
        const got = outcome.status < 300 ? "allowed" : outcome.code;
        if (got !== expected)
          mismatches.push(
            `${route} as ${role}: expected ${expected}, got ${outcome.status} ${JSON.stringify(outcome.body)}`,
          );
      }
    }
  }
  expect(mismatches).toEqual([]);
});

test("server actions answer every role as the policy table says", async ({ request, baseURL }) => {
  const fx = await Fixtures.create(request, baseURL!);
  const mismatches: string[] = [];
  for (const action of serverActions()) {
    const cell = ACTIONS[action.name]!;
    for (const role of ROLES) {
      const { input, slug } = await cell.build(fx, role);
      const pageSlug = slug || (await fx.richText()).slug;
      const outcome = await fx.action(role, action.name, input, pageSlug);
      const expected = expectation(cell.rule, role, cell.allowedAs);
      const got = outcome.code === "OK" ? "allowed" : outcome.code;
      if (got !== expected)
        mismatches.push(`${action.name} as ${role}: expected ${expected}, got ${got} ${JSON.stringify(outcome.body)}`);
    }
  }
  expect(mismatches).toEqual([]);
});

test("objects a role may not see answer 404, not 403, to every read route", async ({ request, baseURL }) => {
  const fx = await Fixtures.create(request, baseURL!);
  const draft = await fx.richText("DRAFT");
  const claim = draft.claims[0]!.id;
  const reads = [
    `/documents/${draft.id}/claims`,
    `/documents/${draft.id}/export?format=html`,
    `/documents/${draft.id}/events`,
    `/documents/${draft.id}/reading-rest`,
    `/claims/${claim}/reviews`,
    `/claims/${claim}/citations`,
    `/claims/${claim}/comments`,
  ];
  for (const url of reads) {
    for (const role of ["anonymous", "reader", "reviewer", "otherReviewer"] as const) {
      const outcome = await fx.call(role, "GET", url);
      expect(`${url} as ${role}: ${outcome.status}`).toBe(`${url} as ${role}: 404`);
    }
    expect((await fx.call("editor", "GET", url)).status).toBe(200);
  }
  // A write to a claim the caller cannot see is a 404 too (after the role check).
  expect((await fx.call("reviewer", "POST", `/claims/${claim}/comments`, { body: richText("Hello?") })).status).toBe(
    404,
  );
  expect((await fx.call("reviewer", "GET", "/claims/no-such-claim/comments")).status).toBe(404);
  // A notification is its recipient's alone: nobody else can see or mark it, editors and admins included.
  const notification = await fx.ownNotification("otherReviewer");
  for (const role of ["reader", "reviewer", "editor", "admin"] as const) {
    expect((await fx.call(role, "POST", `/notifications/${notification}/read`)).status).toBe(404);
    const inbox = await fx.call(role, "GET", "/notifications");
    expect(JSON.stringify(inbox.body)).not.toContain(notification);
  }
  expect((await fx.call("otherReviewer", "POST", `/notifications/${notification}/read`)).status).toBe(204);
});

test("a server action posted from another origin is refused and changes nothing", async ({ request, baseURL }) => {
  const fx = await Fixtures.create(request, baseURL!);
  const { d, c } = await claimOf(fx);
  const input = { claimId: c.id, body: richText("Sent from evil.example") };
  const foreign = await runServerAction(request, {
    caller: fx.as.reviewer,
    action: serverActions().find((a) => a.name === "addCommentAction")!,
    slug: d.slug,
    input,
    origin: "https://evil.example",
  });
  expect(foreign.code).not.toBe("OK");
  expect(foreign.status).toBeGreaterThanOrEqual(400);
  const comments = (await fx.call("editor", "GET", `/claims/${c.id}/comments`)).body as { items: unknown[] };
  expect(JSON.stringify(comments)).not.toContain("evil.example");
  expect((await fx.action("reviewer", "addCommentAction", input, d.slug)).code).toBe("OK");
});

/** A demo account's user id, as the API shows it on the caller's own (draft) review of a fresh claim. */
async function userIdOf(fx: Fixtures, role: "reviewer" | "otherReviewer"): Promise<string> {
  const r = await fx.call(role, "PUT", `/claims/${(await fx.richText()).claims[0]!.id}/review`, { version: 0 });
  return (r.body as { reviewer: { id: string } }).reviewer.id;
}

test("independent grading: before submitting, a reviewer reads nothing of another reviewer's grade on that claim", async ({
  request,
  baseURL,
}) => {
  const fx = await Fixtures.create(request, baseURL!);
  const d = await fx.richText("IN_REVIEW");
  for (const role of ["reviewer", "otherReviewer"] as const) {
    const input = { documentId: d.id, reviewerId: await userIdOf(fx, role) };
    expect((await fx.action("editor", "assignReviewerAction", input, d.slug)).code).toBe("OK");
  }
  const claimId = d.claims[0]!.id;
  // reviewer2's submitted grade: a rationale word found nowhere else, and a tier opinion.
  const secret = `blindgrade${Date.now()}`;
  const theirs = await fx.call("otherReviewer", "PUT", `/claims/${claimId}/review`, {
    version: 0,
    certainty: "VERY_LOW",
    tierOpinion: "SPECULATIVE",
    rationale: richText(`Nothing but ${secret}.`),
  });
  expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);
  const version = (theirs.body as { version: number }).version;
  expect((await fx.call("otherReviewer", "POST", `/claims/${claimId}/review/submit`, { version })).status).toBe(200);

  const page = async (role: TestRole, url: string) => {
    const response = await request.get(url, { headers: { cookie: fx.as[role].cookie ?? "" } });
    expect(response.status(), url).toBe(200);
    return response.text();
  };
  /** Every page and API route that could carry the grade, as `role` sees them. */
  const seenBy = async (role: TestRole) => {
    const api = [
      `/claims/${claimId}/reviews`,
      `/claims/${claimId}/critique`,
      `/documents/${d.id}/claims`,
      `/documents/${d.id}/export?format=html`,
      `/documents/${d.id}/export?format=md`,
    ];
    const answers = await Promise.all(api.map((url) => fx.call(role, "GET", url)));
    for (const [i, a] of answers.entries()) expect(a.status, `${api[i]} as ${role}`).toBe(200);
    const pages = [`/documents/${d.slug}/review?claim=${claimId}`, `/documents/${d.slug}/private`];
    return [...answers.map((a) => JSON.stringify(a.body)), ...(await Promise.all(pages.map((u) => page(role, u))))];
  };
  const reviewsOf = async (role: TestRole) =>
    ((await fx.call(role, "GET", `/claims/${claimId}/reviews`)).body as { items: { certainty: string }[] }).items;

  // A draft of one's own is not enough.
  expect(
    (await fx.call("reviewer", "PUT", `/claims/${claimId}/review`, { version: 0, certainty: "HIGH" })).status,
  ).toBe(200);
  for (const seen of await seenBy("reviewer")) expect(seen).not.toContain(secret);
  expect((await reviewsOf("reviewer")).map((r) => r.certainty)).toEqual(["HIGH"]);
  expect((await fx.call("reviewer", "GET", `/claims/${claimId}/history`)).status).toBe(403);
  // Editors see every submitted review at any time.
  expect(JSON.stringify(await reviewsOf("editor"))).toContain(secret);

  // Once the reviewer has submitted their own review of the claim, they see reviewer2's.
  const mine = (await reviewsOf("reviewer")) as unknown as { version: number }[];
  const submitted = await fx.call("reviewer", "POST", `/claims/${claimId}/review/submit`, {
    version: mine[0]!.version,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect((await reviewsOf("reviewer")).map((r) => r.certainty).sort()).toEqual(["HIGH", "VERY_LOW"]);
  expect(await page("reviewer", `/documents/${d.slug}/review?claim=${claimId}`)).toContain(secret);
});
