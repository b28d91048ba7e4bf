"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/api/action-result";
import { localDraft } from "./local-draft";

/** A form's values: one entry per field the server stores (compared field by field on a conflict). */
type Values = Record<string, unknown>;
type Versioned = { version: number };

export type SaveState =
  | { kind: "idle" | "pending" | "saving" | "saved" }
  | { kind: "merged"; fields: string[] }
  | { kind: "error"; message: string; signedOut?: boolean }
  | { kind: "conflict"; message: string; collisions: string[]; theirs: Values };

const AUTOSAVE_MS = 1200;
/** Without a Retry-After from the server, a save that could not reach it is tried again this often. */
const RETRY_MS = 3000;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Three-way merge of one record: base is what this tab last had from the server, theirs what the server has now,
 * mine what the form holds. A field changed on one side only takes that side; changed on both sides to different
 * values, it collides (and the merge holds mine there).
 */
export function mergeFields<F extends Values>(base: F, theirs: F, mine: F) {
  const merged = { ...theirs };
  const collisions: (keyof F & string)[] = [];
  const mineApplied: (keyof F & string)[] = [];
  for (const key of Object.keys(mine) as (keyof F & string)[]) {
    if (same(mine[key], base[key]) || same(mine[key], theirs[key])) continue;
    merged[key] = mine[key];
    if (same(theirs[key], base[key])) mineApplied.push(key);
    else collisions.push(key);
  }
  return { merged, collisions, mineApplied };
}

/**
 * Autosave of one versioned record (DESIGN.md rule 6), extracted from the grade form for every editor of a versioned
 * row: changes are kept in this browser at once and saved after a pause, one save at a time, each naming the version
 * the previous one produced. Pending changes are flushed when the form goes away (another claim, j/k), when the tab
 * is hidden, and as a keepalive request when the page is left. A conflict is merged field by field against the
 * version this tab had; only fields both sides changed are put to the user. UNAVAILABLE is retried after the
 * server's Retry-After.
 */
export function useVersionedAutosave<F extends Values, S extends Versioned>({
  draftKey,
  server: initial,
  toFields,
  save,
  keepaliveUrl,
}: {
  draftKey: string;
  /** The record as the page loaded it (null: none yet, version 0). */
  server: S | null;
  /** The form's values of a record (null: the empty form); stable (module level), it is called during saves. */
  toFields: (server: S | null) => F;
  save: (fields: F, version: number) => Promise<ActionResult<S>>;
  /** PUT here with `{ version, ...fields }` as JSON when the page is being left. */
  keepaliveUrl: string;
}) {
  const [fields, setFields] = useState<F>(() => toFields(initial));
  const [server, setServer] = useState<S | null>(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Read by saves that run before React re-renders: what the form holds, and the version and values this tab last
  // had from the server (the base of a three-way merge); during a conflict, the record saved elsewhere.
  // `unsaved`: the form holds changes the server has not confirmed (the editor's JSON need not match the server's
  // spelling of the same text, so this is tracked, not compared).
  const latest = useRef({ fields, version: initial?.version ?? 0, base: toFields(initial), unsaved: false });
  const conflicting = useRef<{ record: S | null } | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  saveRef.current = save;

  const show = useCallback((next: F) => {
    latest.current.fields = next;
    setFields(next);
  }, []);

  /** The server has this record now (after a save, a submit, or a conflict's resolution). */
  const confirm = useCallback(
    (record: S | null) => {
      latest.current.version = record?.version ?? 0;
      latest.current.base = toFields(record);
      setServer(record);
    },
    [toFields],
  );

  // Unsaved changes from an earlier visit (a failed save, a reload) come back, and are saved again.
  useEffect(() => {
    const draft = localDraft.load<{ fields: F }>(draftKey);
    if (!draft) return;
    if (same(draft.fields, toFields(initial))) {
      localDraft.clear(draftKey);
      return;
    }
    show(draft.fields);
    latest.current.unsaved = true;
    setRestored(true);
  }, [draftKey, initial, toFields, show]);

  const persist = useCallback((): Promise<boolean> => {
    const run = async (): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const { fields: sent, version } = latest.current;
      setState({ kind: "saving" });
      const result = await saveRef
        .current(sent, version)
        .catch((): ActionResult<S> => ({ ok: false, code: "UNAVAILABLE", message: "Could not reach the server." }));
      if (result.ok) {
        confirm(result.data);
        if (latest.current.fields === sent) {
          latest.current.unsaved = false;
          localDraft.clear(draftKey);
          setState({ kind: "saved" });
        } else setState({ kind: "pending" });
        return true;
      }
      if (result.code === "CONFLICT") {
        const record = ((result.details as { current?: S | null } | undefined)?.current ?? null) as S | null;
        const theirs = toFields(record);
        const { merged, collisions, mineApplied } = mergeFields(latest.current.base, theirs, latest.current.fields);
        show(merged);
        localDraft.save(draftKey, { fields: merged });
        if (collisions.length === 0) {
          // Nothing collides: keep both sides' changes, and save the merge on top of their version.
          confirm(record);
          setState({ kind: "merged", fields: mineApplied });
          return mineApplied.length === 0 ? true : run();
        }
        conflicting.current = { record };
        setState({ kind: "conflict", message: result.message, collisions, theirs });
        return false;
      }
      if (result.code === "UNAVAILABLE") {
        const retryAfter = (result.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        setState({
          kind: "error",
          message: `${result.message} Your changes are kept in this browser and will be saved when it is back.`,
        });
        // Unless a new change schedules its own save first.
        timer.current = setTimeout(
          () => {
            queue.current = queue.current.then(run, run);
          },
          retryAfter ? retryAfter * 1000 : RETRY_MS,
        );
        return false;
      }
      setState({
        kind: "error",
        message: `${result.message} Your changes are kept in this browser.`,
        signedOut: result.code === "UNAUTHENTICATED",
      });
      return false;
    };
    queue.current = queue.current.then(run, run);
    return queue.current;
  }, [toFields, confirm, draftKey, show]);

  const change = useCallback(
    (patch: Partial<F>) => {
      const next = { ...latest.current.fields, ...patch };
      show(next);
      latest.current.unsaved = true;
      localDraft.save(draftKey, { fields: next });
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      // During a conflict nothing is saved until the user has chosen.
      if (conflicting.current) return;
      setState({ kind: "pending" });
      timer.current = setTimeout(() => void persist(), AUTOSAVE_MS);
    },
    [draftKey, persist, show],
  );

  /** Saves now whatever is waiting for the pause (true when nothing is left unsaved). */
  const flush = useCallback((): Promise<boolean> => {
    if (!timer.current) return queue.current;
    clearTimeout(timer.current);
    timer.current = null;
    return persist();
  }, [persist]);

  // Leaving: another claim unmounts the form (j/k) and a hidden tab may never come back, so save now; a page being
  // unloaded cannot wait for a server action, so the browser sends a keepalive request that outlives the page
  // (same-origin JSON with the session cookie; the browser adds the Origin header).
  const leave = useRef({ flush, keepaliveUrl });
  leave.current = { flush, keepaliveUrl };
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden") void leave.current.flush();
    };
    const onPageHide = () => {
      // Waiting for the pause, being saved, or failed to save: the page will not see the outcome, so send it again.
      if (conflicting.current || !latest.current.unsaved) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const { fields: pending, version } = latest.current;
      void fetch(leave.current.keepaliveUrl, {
        method: "PUT",
        keepalive: true,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...pending, version }),
      }).catch(() => {});
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      void leave.current.flush();
    };
  }, []);

  /** After a conflict: save what the form shows; the fields listed in the conflict overwrite what is saved. */
  const keepMine = useCallback(() => {
    if (!conflicting.current) return;
    confirm(conflicting.current.record);
    conflicting.current = null;
    void persist();
  }, [confirm, persist]);

  /** After a conflict: show exactly what is saved, dropping this tab's changes. */
  const takeSaved = useCallback(() => {
    if (!conflicting.current) return;
    confirm(conflicting.current.record);
    conflicting.current = null;
    show(latest.current.base);
    latest.current.unsaved = false;
    localDraft.clear(draftKey);
    setRestored(false);
    setState({ kind: "idle" });
  }, [confirm, draftKey, show]);

  /** A failure of another request on the same record (submit, reopen), shown where save failures are. */
  const fail = useCallback(
    (message: string, code?: string) => setState({ kind: "error", message, signedOut: code === "UNAUTHENTICATED" }),
    [],
  );

  return { fields, server, state, restored, change, flush, confirm, fail, keepMine, takeSaved };
}
