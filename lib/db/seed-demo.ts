import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { acceptSuggestions } from "@/lib/claims/accept-suggestions";
import { createDocument } from "@/lib/documents/create-document";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";
import { db } from "./client";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@demo.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "reviewer@demo.test", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@demo.test", name: "Rafael Reviewer", role: "REVIEWER" },
  { email: "student@demo.test", name: "Sam Student", role: "READER" },
];

export const SEED_ARTICLE = path.join(process.cwd(), "prisma", "seed", "stem-cells-neuroplasticity.txt");
export const SEED_SOURCE_URL = "https://example.org/stem-cells-neuroplasticity";

export class DemoRefusedError extends Error {
  constructor() {
    super("Refusing to create demo accounts with NODE_ENV=production. Pass --force if you really mean it.");
    this.name = "DemoRefusedError";
  }
}

export interface SeedReport {
  usersCreated: string[];
  documentSlug: string;
  documentCreated: boolean;
}

/** Demo accounts and the seed article, published. Safe to run again: what exists is left as it is. */
export async function seedDemo(options: { force?: boolean } = {}): Promise<SeedReport> {
  if (process.env.NODE_ENV === "production" && !options.force) throw new DemoRefusedError();
  const usersCreated: string[] = [];
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await createUser("system", { ...user, password: DEMO_PASSWORD });
    usersCreated.push(user.email);
  }
  const existing = await db.document.findFirst({ where: { sourceUrl: SEED_SOURCE_URL }, select: { slug: true } });
  if (existing) return { usersCreated, documentSlug: existing.slug, documentCreated: false };
  const document = await createDocument("system", {
    format: "txt",
    content: await fs.readFile(SEED_ARTICLE, "utf8"),
    status: "PUBLISHED",
    visibility: "PUBLIC",
    sourceUrl: SEED_SOURCE_URL,
  });
  // The demo editor has reviewed the suggestions and accepted them, so readers see tiers (suggestions alone are not).
  const editor = await db.user.findUniqueOrThrow({
    where: { email: "editor@demo.test" },
    select: { id: true, role: true },
  });
  const suggested = await db.claim.findMany({
    where: { documentId: document.id, suggestedTier: { not: null } },
    select: { id: true, version: true },
  });
  if (suggested.length) {
    await acceptSuggestions(editor, {
      documentId: document.id,
      claims: suggested.map((c) => ({ claimId: c.id, version: c.version })),
    });
  }
  return { usersCreated, documentSlug: document.slug, documentCreated: true };
}
