// Runs in a worker thread (lib/documents/parse-in-worker.ts): one import's parsing at a time, off the event loop
// that serves requests.
import { answerJobs } from "@/lib/workers/answer-jobs";
import { assertNestingDepth, nestedTooDeeply } from "./nesting-depth";
import { type PreparedImport, prepareImport } from "./prepare-import";
import type { SourceFormat } from "./read-source";

export type ImportJob = { format: SourceFormat; content: string };

answerJobs<ImportJob, PreparedImport>(({ format, content }) => {
  try {
    assertNestingDepth(format, content);
    return prepareImport(format, content);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw nestedTooDeeply();
    throw error;
  }
});
