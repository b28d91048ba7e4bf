import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addComment, editComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import { publishDocument, setDocumentStatus } from "@/lib/editorial/publishing";
import { sendDigests } from "@/lib/notifications/digest";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";
import { saveNotificationSettings } from "@/lib/notifications/settings";
import { getReviewWorkspace } from "@/lib/reviews/review-workspace";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { getMyWork } from "@/lib/work/my-work";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { makeActor, makeDocument } from "./support";

type User = NonNullable<Actor>;
let editor: User;
let alice: User;
let bob: User;
let carol: User;
let reader: User;
let documentId: string;
let slug: string;
let claims: string[];
let sink: SmtpSink;
const savedSmtp = process.env.SMTP_URL;
const savedAppUrl = process.env.APP_URL;

/** A comment body that mentions `users` (Tiptap mention nodes carry the id). */
const mentioning = (text: string, ...users: User[]) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [{ type: "text", text }, ...users.map((u) => ({ type: "mention", attrs: { id: u.id, label: "x" } }))],
    },
  ],
});
const plain = (text: string) => mentioning(text);

const rowsOf = (where: { documentId?: string; type?: string } = {}) =>
  db.notification.findMany({
    where: { documentId, ...where } as never,
    select: { recipientId: true, type: true, actorId: true, claimId: true, summary: true },
    orderBy: { recipientId: "asc" },
  });
const recipients = async (type: string) => (await rowsOf({ type })).map((r) => r.recipientId).sort();
const claimIdsOf = async (id: string) =>
  (await db.claim.findMany({ where: { documentId: id }, orderBy: { position: "asc" } })).map((c) => c.id);
const emails = new Map<string, string>();
/** A matcher for mail to `user` (makeActor gives ids; addresses are read once). */
async function remember(...users: User[]) {
  for (const u of users) emails.set(u.id, (await db.user.findUniqueOrThrow({ where: { id: u.id } })).email);
}
const to = (user: User) => (mail: ReceivedMail) => mail.to.includes(emails.get(user.id)!);

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.APP_URL = "https://claimwise.example.org/";
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  carol = await makeActor("REVIEWER", "carol"); // never assigned: cannot see the document while it is in review
  reader = await makeActor("READER");
  await remember(editor, alice, bob, carol, reader);
  ({ id: documentId, slug } = await makeDocument(
    editor,
    "Mice ran further after the drug. The drug could cure depression. Patients treated felt better.",
  ));
  claims = await claimIdsOf(documentId);
  await setDocumentStatus(editor, { documentId, version: 1, status: "IN_REVIEW" });
});
beforeEach(() => sink.clear());
afterAll(async () => {
  process.env.SMTP_URL = savedSmtp;
  process.env.APP_URL = savedAppUrl;
  await sink.close();
  await db.$disconnect();
});

describe("notifications", () => {
  it("an assignment notifies the reviewer once, and e-mails an absolute link", async () => {
    await assignReviewer(editor, { documentId, reviewerId: alice.id });
    await assignReviewer(editor, { documentId, reviewerId: alice.id }); // again: no second notification
    await assignReviewer(editor, { documentId, reviewerId: bob.id });
    expect(await recipients("ASSIGNMENT")).toEqual([alice.id, bob.id].sort());
    const toAlice = await sink.waitFor(to(alice));
    expect(toAlice.subject).toMatch(/assigned you to review/);
    expect(toAlice.text).toContain(`https://claimwise.example.org/documents/${slug}/review`);
  });

  it("a mention notifies the mentioned who can see the document, never the actor or those who cannot", async () => {
    await addComment(bob, { claimId: claims[0], body: mentioning("Look at this ", alice, bob, carol, reader) });
    // carol (not assigned) and the reader cannot see a document in review; bob is the actor.
    expect(await recipients("MENTION")).toEqual([alice.id]);
    const [row] = await rowsOf({ type: "MENTION" });
    expect(row).toMatchObject({ actorId: bob.id, claimId: claims[0] });
    expect(row!.summary).toMatch(/mentioned you in a comment on/);
    const mail = await sink.waitFor(to(alice));
    expect(mail.text).toContain(`/documents/${slug}/review?claim=${claims[0]}`);
  });

  it("a reply notifies the author of the thread (once, as a mention when also mentioned), an edit only new mentions", async () => {
    const thread = await addComment(alice, { claimId: claims[1], body: plain("Is there a trial?") });
    const reply = await addComment(bob, { claimId: claims[1], parentId: thread.id, body: plain("Not yet.") });
    expect((await rowsOf({ type: "REPLY" })).map((r) => r.recipientId)).toEqual([alice.id]);
    await addComment(bob, { claimId: claims[1], parentId: reply.id, body: mentioning("See ", alice) });
    // alice, who started the thread, is told once: as a mention.
    expect(await recipients("REPLY")).toEqual([alice.id]);
    expect((await rowsOf({ type: "MENTION" })).filter((r) => r.claimId === claims[1])).toHaveLength(1);
    // alice answering her own thread notifies bob (author of the comment answered), not herself.
    await addComment(alice, { claimId: claims[1], parentId: reply.id, body: plain("Thanks.") });
    expect(await recipients("REPLY")).toEqual([alice.id, bob.id].sort());

    const mentionsBefore = (await rowsOf({ type: "MENTION" })).length;
    await editComment(bob, { commentId: reply.id, version: reply.version, body: mentioning("Not yet, ", alice) });
    expect(await rowsOf({ type: "MENTION" })).toHaveLength(mentionsBefore + 1);
    const edited = await db.comment.findUniqueOrThrow({ where: { id: reply.id } });
    await editComment(bob, { commentId: reply.id, version: edited.version, body: mentioning("Not yet!", alice) });
    expect(await rowsOf({ type: "MENTION" })).toHaveLength(mentionsBefore + 1);
  });

  it("a decision notifies the reviewers who submitted a grade of the claim; publication those who reviewed", async () => {
    const draft = await saveReview(bob, { claimId: claims[2], version: 0, certainty: "LOW" });
    const graded = await saveReview(alice, { claimId: claims[2], version: 0, certainty: "MODERATE" });
    await submitReview(alice, { claimId: claims[2], version: graded.version });
    const decision = await saveDecision(editor, { claimId: claims[2], version: 0, tier: null, certainty: "LOW" });
    expect(await recipients("DECISION")).toEqual([alice.id]); // bob's review is a draft
    // Saving the same tier and certainty again is no news.
    await saveDecision(editor, { claimId: claims[2], version: decision.version, tier: null, certainty: "LOW" });
    expect(await recipients("DECISION")).toEqual([alice.id]);
    expect(draft.status).toBe("DRAFT");

    const { version } = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    await publishDocument(editor, { documentId, version, overrideReason: "A test publishes it as it is." });
    expect(await recipients("PUBLICATION")).toEqual([alice.id]);
    const mail = await sink.waitFor((m) => to(alice)(m) && /published/.test(m.subject));
    expect(mail.text).toContain(`https://claimwise.example.org/documents/${slug}\n`);
    // Nobody is ever notified of their own change.
    expect((await rowsOf()).filter((r) => r.recipientId === r.actorId)).toEqual([]);
    expect((await rowsOf()).filter((r) => r.recipientId === editor.id)).toEqual([]);
  });

  it("the inbox lists only the caller's own items, pages, filters unread, and marks read", async () => {
    const first = await listNotifications(alice, { limit: 2 });
    const all = (await db.notification.count({ where: { recipientId: alice.id } })) as number;
    expect(first.items).toHaveLength(2);
    expect(first.unreadCount).toBe(all);
    const rest = await listNotifications(alice, { cursor: first.nextCursor, limit: 100 });
    expect([...first.items, ...rest.items].map((n) => n.id)).toHaveLength(all);
    expect(rest.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ actor: { id: expect.any(String) }, documentId, readAt: null });

    // Someone else's notification does not exist for the caller.
    await expect(markNotificationRead(bob, { notificationId: first.items[0]!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await markNotificationRead(alice, { notificationId: first.items[0]!.id });
    await markNotificationRead(alice, { notificationId: first.items[0]!.id });
    const unread = await listNotifications(alice, { unread: true, limit: 100 });
    expect(unread.unreadCount).toBe(all - 1);
    expect(unread.items.map((n) => n.id)).not.toContain(first.items[0]!.id);
    await markAllNotificationsRead(alice);
    expect((await listNotifications(alice, {})).unreadCount).toBe(0);
    expect((await listNotifications(bob, {})).items.every((n) => n.documentId === documentId)).toBe(true);
    await expect(listNotifications(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("settings and the daily digest", () => {
  it("muted types are not mailed; digest subscribers get one mail of their unread items since the last digest", async () => {
    const dana = await makeActor("REVIEWER", "dana");
    const erin = await makeActor("REVIEWER", "erin");
    await remember(dana, erin);
    await saveNotificationSettings(dana, {
      mailed: ["MENTION", "REPLY", "DECISION", "PUBLICATION"],
      dailyDigest: false,
    });
    await saveNotificationSettings(erin, { mailed: ["ASSIGNMENT", "MENTION"], dailyDigest: true });
    const doc = await makeDocument(editor, "Rats lived longer on the diet. People may live longer too.");
    const [c1] = await claimIdsOf(doc.id);
    await assignReviewer(editor, { documentId: doc.id, reviewerId: dana.id });
    await assignReviewer(editor, { documentId: doc.id, reviewerId: erin.id });
    await addComment(dana, { claimId: c1, body: mentioning("What do you think, ", erin) });
    await addComment(editor, { claimId: c1, body: mentioning("Please check, ", dana) });

    // dana muted assignments: only the mention arrives. erin chose the digest: nothing arrives yet.
    const toDana = await sink.waitFor(to(dana));
    expect(toDana.subject).toMatch(/mentioned you/);
    expect(sink.messages().filter(to(dana))).toHaveLength(1);
    expect(sink.messages().filter(to(erin))).toHaveLength(0);
    expect(await db.notification.count({ where: { recipientId: dana.id } })).toBe(2); // both still in the inbox

    const first = await sendDigests(new Date());
    expect(first.mails).toBeGreaterThanOrEqual(1);
    const digest = await sink.waitFor(to(erin));
    expect(digest.subject).toBe("Claimwise: 2 new notifications");
    expect(digest.text).toMatch(/assigned you to review[\s\S]*mentioned you in a comment/);
    // The next digest has nothing new for erin: no second mail.
    await sendDigests(new Date());
    expect(sink.messages().filter(to(erin))).toHaveLength(1);
    await expect(
      saveNotificationSettings(erin, { mailed: ["NOPE"], dailyDigest: true } as never),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("my work", () => {
  it("shows a reviewer the assigned documents with submitted progress (as the review page counts) and an editor what waits", async () => {
    const doc = await makeDocument(editor, "Mice healed faster. Trials are planned. The cure is near.");
    const ids = await claimIdsOf(doc.id);
    await assignReviewer(editor, { documentId: doc.id, reviewerId: bob.id });
    const draft = await getMyWork(editor);
    expect(draft.editorial!.drafts.map((d) => d.id)).toContain(doc.id);
    await setDocumentStatus(editor, { documentId: doc.id, version: 1, status: "IN_REVIEW" });

    const saved = await saveReview(bob, { claimId: ids[0], version: 0, certainty: "LOW" });
    await submitReview(bob, { claimId: ids[0], version: saved.version });
    await saveReview(bob, { claimId: ids[1], version: 0, certainty: "LOW" }); // a draft is not progress
    await addComment(editor, { claimId: ids[1], body: mentioning("Bob, ", bob) });

    const mine = (await getMyWork(bob)).assigned.find((d) => d.id === doc.id);
    expect(mine).toMatchObject({ claims: ids.length, done: 1, waiting: { ungraded: ids.length - 1, mentions: 1 } });
    expect((await getMyWork(bob)).editorial).toBeNull();
    // The review page counts the same way: two claims touched, one submitted.
    const workspace = await getReviewWorkspace(bob, doc.slug);
    expect(Object.keys(workspace.progress)).toHaveLength(2);
    expect(workspace.done).toBe(1);

    const work = await getMyWork(editor);
    const row = work.editorial!.inReview.find((d) => d.id === doc.id);
    expect(row?.reviewers).toEqual([{ id: bob.id, name: expect.any(String), done: 1 }]);
    // Claim 1: every assigned reviewer submitted, no decision: it waits for the editor. Claim 2 has a draft.
    const waiting = work.editorial!.awaitingDecision.filter((c) => c.document.id === doc.id).map((c) => c.claimId);
    expect(waiting).toEqual([ids[0]]);
    await expect(getMyWork(reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
