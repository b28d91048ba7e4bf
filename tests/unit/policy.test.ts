import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  authorize,
  can,
  othersGradesVisible,
  POLICY,
  type Principal,
  reviewerWorkIsPublic,
  scopeFor,
} from "@/lib/auth/policy";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

const actorOf = (principal: Principal, id = "u1") => (principal === "ANONYMOUS" ? null : { id, role: principal });
const PRINCIPALS: Principal[] = ["ANONYMOUS", ...ROLES];

/** The table as people read it: who may do what. A change to the policy must change this list too. */
const EXPECTED: Record<string, Principal[]> = {
  "documents.read": ["ANONYMOUS", "READER", "REVIEWER", "EDITOR", "ADMIN"],
  "documents.readUnpublished": ["REVIEWER", "EDITOR", "ADMIN"],
  "documents.import": ["EDITOR", "ADMIN"],
  "documents.update": ["EDITOR", "ADMIN"],
  "documents.publish": ["EDITOR", "ADMIN"],
  "documents.archive": ["EDITOR", "ADMIN"],
  "documents.delete": ["EDITOR", "ADMIN"],
  "claims.tag": ["EDITOR", "ADMIN"],
  "claims.edit": ["EDITOR", "ADMIN"],
  "reviews.write": ["REVIEWER", "EDITOR", "ADMIN"],
  "reviews.readAll": ["EDITOR", "ADMIN"],
  "citations.write": ["REVIEWER", "EDITOR", "ADMIN"],
  "citations.moderate": ["EDITOR", "ADMIN"],
  "comments.write": ["REVIEWER", "EDITOR", "ADMIN"],
  "comments.moderate": ["EDITOR", "ADMIN"],
  "decisions.write": ["EDITOR", "ADMIN"],
  "assignments.manage": ["EDITOR", "ADMIN"],
  "history.read": ["EDITOR", "ADMIN"],
  "exports.read": ["ANONYMOUS", "READER", "REVIEWER", "EDITOR", "ADMIN"],
  "exports.run": ["EDITOR", "ADMIN"],
  "tokens.manage": ["READER", "REVIEWER", "EDITOR", "ADMIN"],
  "users.manage": ["ADMIN"],
  "invitations.accept": ["ANONYMOUS", "READER", "REVIEWER", "EDITOR", "ADMIN"],
  "audit.read": ["ADMIN"],
  "account.read": ["READER", "REVIEWER", "EDITOR", "ADMIN"],
  "presence.write": ["REVIEWER", "EDITOR", "ADMIN"],
  "notifications.read": ["READER", "REVIEWER", "EDITOR", "ADMIN"],
  "notifications.update": ["READER", "REVIEWER", "EDITOR", "ADMIN"],
  "work.read": ["REVIEWER", "EDITOR", "ADMIN"],
  "account.update": ["READER", "REVIEWER", "EDITOR", "ADMIN"],
};

describe("policy table", () => {
  it("lists exactly the actions the expectations cover", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of ACTIONS) {
    for (const principal of PRINCIPALS) {
      const allowed = EXPECTED[action]!.includes(principal);
      it(`${allowed ? "allows" : "denies"} ${principal} ${action}`, () => {
        expect(can(actorOf(principal), action)).toBe(allowed);
        if (allowed) expect(() => authorize(actorOf(principal), action)).not.toThrow();
        else {
          const error = (() => {
            try {
              authorize(actorOf(principal), action);
            } catch (e) {
              return e;
            }
          })();
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe(principal === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN");
        }
      });
    }
  }

  it("limits 'own' scopes to the owner", () => {
    const reviewer = { id: "r1", role: "REVIEWER" as const };
    expect(scopeFor(reviewer, "reviews.write")).toBe("own");
    expect(can(reviewer, "reviews.write", "r1")).toBe(true);
    expect(can(reviewer, "reviews.write", "r2")).toBe(false);
    expect(can(reviewer, "reviews.write", null)).toBe(false);
    expect(() => authorize(reviewer, "reviews.write", "r2")).toThrow(AppError);
  });

  it("gives 'any' scopes regardless of the owner", () => {
    expect(can({ id: "e1", role: "EDITOR" }, "claims.edit", "someone-else")).toBe(true);
    expect(POLICY["users.manage"]).toEqual({ ADMIN: "any" });
  });
});

describe("what of a reviewer's work is public", () => {
  it("only once the claim has a decision and its document is published", () => {
    expect(reviewerWorkIsPublic({ decided: true, documentPublished: true })).toBe(true);
    expect(reviewerWorkIsPublic({ decided: true, documentPublished: false })).toBe(false);
    expect(reviewerWorkIsPublic({ decided: false, documentPublished: true })).toBe(false);
    expect(reviewerWorkIsPublic({ decided: false, documentPublished: false })).toBe(false);
  });

  it("hides other reviewers' grades in an unpublished document until the actor has submitted their own", () => {
    const inReview = { documentPublished: false, ownSubmitted: false };
    expect(othersGradesVisible(actorOf("REVIEWER"), inReview)).toBe(false);
    expect(othersGradesVisible(actorOf("READER"), inReview)).toBe(false);
    expect(othersGradesVisible(null, { ...inReview, ownSubmitted: true })).toBe(false);
    expect(othersGradesVisible(actorOf("REVIEWER"), { ...inReview, ownSubmitted: true })).toBe(true);
    expect(othersGradesVisible(actorOf("EDITOR"), inReview)).toBe(true);
    expect(othersGradesVisible(actorOf("ADMIN"), inReview)).toBe(true);
    expect(othersGradesVisible(actorOf("REVIEWER"), { documentPublished: true, ownSubmitted: false })).toBe(true);
  });
});
