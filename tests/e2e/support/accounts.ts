export const DEMO_PASSWORD = "demo-password";
export const E2E_PASSWORD = "e2e-password-long";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", role: "Admin" },
  { email: "editor@demo.test", role: "Editor" },
  { email: "reviewer@demo.test", role: "Reviewer" },
  { email: "reviewer2@demo.test", role: "Reviewer" },
  { email: "student@demo.test", role: "Reader" },
] as const;

/** Accounts only the e2e server has: their sessions and flags are changed by tests. */
export const E2E_USERS = [
  { email: "disabled@e2e.test", name: "Disabled User", role: "REVIEWER", password: E2E_PASSWORD },
  { email: "revoke@e2e.test", name: "Revoked Reviewer", role: "REVIEWER", password: E2E_PASSWORD },
  { email: "locked@e2e.test", name: "Locked Reader", role: "READER", password: E2E_PASSWORD },
  // tests/e2e/notifications.spec.ts: a mention's author and its recipient, whose inbox and mailbox only it reads.
  { email: "notify-author@e2e.test", name: "Milo Mentioner", role: "REVIEWER", password: E2E_PASSWORD },
  { email: "notify-recipient@e2e.test", name: "Nadia Notified", role: "REVIEWER", password: E2E_PASSWORD },
  // Self-service (tests/e2e/self-service.spec.ts): their passwords, tokens and linked identities change.
  { email: "forgetful@e2e.test", name: "Forgetful Reviewer", role: "REVIEWER", password: E2E_PASSWORD },
  { email: "tokens@e2e.test", name: "Token Reader", role: "READER", password: E2E_PASSWORD },
  { email: "oidc-verified@e2e.test", name: "Vera Fied", role: "REVIEWER", password: E2E_PASSWORD },
  { email: "oidc-unverified@e2e.test", name: "Una Fied", role: "REVIEWER", password: E2E_PASSWORD },
] as const;
