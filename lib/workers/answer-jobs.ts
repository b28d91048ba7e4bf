// The worker side of lib/workers/worker-pool.ts: imported only by a worker thread's entry.
import { parentPort, type TransferListItem } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";

export type JobOutcome<Result> =
  | { ok: true; result: Result }
  | { ok: false; code: AppError["code"]; message: string; details?: unknown };

/**
 * Answers each job the pool posts, one at a time: the result (with what `transfer` lists moved rather than copied),
 * or an expected failure (AppError) as data, which the pool throws again as the same AppError. Anything else ends
 * the worker and reaches the caller as the worker's error.
 */
export function answerJobs<Job, Result>(
  handle: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => TransferListItem[] = () => [],
): void {
  const port = parentPort!;
  port.on("message", async (job: Job) => {
    let result: Result;
    try {
      result = await handle(job);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      port.postMessage({
        ok: false,
        code: error.code,
        message: error.message,
        details: error.details,
      } satisfies JobOutcome<Result>);
      return;
    }
    port.postMessage({ ok: true, result } satisfies JobOutcome<Result>, transfer(result));
  });
}
