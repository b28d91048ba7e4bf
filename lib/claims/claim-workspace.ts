import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { RichTextNode } from "@/lib/rich-text/types";
import { type ClaimDto, claimSelect } from "./claim-dto";
import { toClaimDtos } from "./claim-dtos";

export interface WorkspaceBlock {
  start: number;
  text: string;
  kind: "heading" | "paragraph" | "listItem" | "code";
}

export interface ClaimWorkspace {
  document: { id: string; slug: string; title: string; revisionNumber: number };
  blocks: WorkspaceBlock[];
  claims: ClaimDto[];
}

/** A revision body as the workspaces show it: plain-text blocks with their offsets. */
export function workspaceBlocks(body: unknown): WorkspaceBlock[] {
  return textBlocks(body as RichTextNode).map((b) => ({
    start: b.start,
    text: b.text,
    kind:
      b.node.type === "heading"
        ? "heading"
        : b.node.type === "codeBlock"
          ? "code"
          : b.inList
            ? "listItem"
            : "paragraph",
  }));
}

/** What the editor's claim workspace shows: the current text block by block and every claim, orphans included. */
export async function getClaimWorkspace(actor: Actor, slug: string): Promise<ClaimWorkspace> {
  authorize(actor, "claims.edit");
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, currentRevision: { select: { number: true, body: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const claims = await db.claim.findMany({
    where: { documentId: document.id, deletedAt: null },
    select: claimSelect,
    orderBy: { position: "asc" },
  });
  const blocks = workspaceBlocks(document.currentRevision.body);
  return {
    document: {
      id: document.id,
      slug: document.slug,
      title: document.title,
      revisionNumber: document.currentRevision.number,
    },
    blocks,
    claims: await toClaimDtos(db, claims),
  };
}
