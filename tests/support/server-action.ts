// Server actions called as the browser calls them, from a script (the benchmarks): POST to a page that uses the
// action, its id from this build's manifest in the `next-action` header, the arguments as JSON, the session cookie.
import fs from "node:fs";
import path from "node:path";

export interface ActionOutcome {
  status: number;
  /** The ActionResult the action returned, or null when the answer held none (an error page, a redirect). */
  result: { ok: boolean; code?: string; data?: unknown; details?: unknown } | null;
}

/** The id Next gave a server action in this build, found by its exported name and a page that uses it. */
export function actionId(exportedName: string, page: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && Object.keys(entry.workers).some((w) => w.includes(page)),
  );
  if (!found) throw new Error(`no server action ${exportedName} for ${page} in this build`);
  return found[0];
}

/** The ActionResult inside an action's answer (the React Flight row "1:"). */
export function actionResult(text: string): ActionOutcome["result"] {
  const row = text.match(/^1:(\{.*\})$/m)?.[1];
  return row ? (JSON.parse(row) as ActionOutcome["result"]) : null;
}

/** Runs the action `id` on the page at `url` with one JSON argument, signed in with `cookie`. */
export async function postAction(url: string, id: string, cookie: string, input: unknown): Promise<ActionOutcome> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      cookie,
      origin: new URL(url).origin,
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify([input]),
  });
  return { status: response.status, result: actionResult(await response.text()) };
}
