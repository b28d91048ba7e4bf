// Runs in a worker thread (lib/documents/parse-in-worker.ts): one import's parsing at a time, off the event loop
// that serves requests.
import { parentPort } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import { assertNestingDepth, nestedTooDeeply } from "./nesting-depth";
import { prepareImport } from "./prepare-import";
import type { SourceFormat } from "./read-source";

export type ImportJob = { format: SourceFormat; content: string };
export type ImportOutcome =
  | { ok: true; prepared: ReturnType<typeof prepareImport> }
  | { ok: false; code: AppError["code"]; message: string; details?: unknown };

function run({ format, content }: ImportJob): ImportOutcome {
  try {
    assertNestingDepth(format, content);
    return { ok: true, prepared: prepareImport(format, content) };
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, code: error.code, message: error.message, details: error.details };
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      const tooDeep = nestedTooDeeply();
      return { ok: false, code: tooDeep.code, message: tooDeep.message };
    }
    throw error;
  }
}

parentPort!.on("message", (job: ImportJob) => parentPort!.postMessage(run(job)));
