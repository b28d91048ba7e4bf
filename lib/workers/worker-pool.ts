import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, type TransferListItem, Worker, type WorkerOptions } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import type { JobOutcome } from "./answer-jobs";

export interface PoolOptions {
  /** What the worker is for, in messages ("import", "export"). */
  name: string;
  /** The worker's entry, a path from the project's root ("lib/x/x-worker.ts"). */
  entry: string;
  resourceLimits: ResourceLimits;
  /** Jobs run at once per process (each may use a core and its heap); more wait, and past a queue, are refused. */
  maxRunning: number;
  maxWaiting: number;
  /** How long one job may run before its worker is stopped. */
  timeoutMs: number;
  /** The error for a job that ran out of time or memory. */
  exceeded: () => Error;
}

/**
 * A worker on its TypeScript entry, loaded through tsx with the `react-server` condition the command line runs under
 * (`server-only` resolves to nothing), from the command line, vitest and the Next.js server alike. Turbopack (Next
 * 16.4) does not bundle the entry of `new Worker(new URL("./x.ts", import.meta.url))` in this app: it copies the .ts
 * file to .next/server/assets, which Node cannot run ("Unknown file extension .ts"), so the entry is named by its
 * path from the project's root (the working directory of `next start`, the CLI and the tests), which Turbopack does
 * not rewrite.
 */
function startWorker(entry: string, options: WorkerOptions): Worker {
  const href = JSON.stringify(pathToFileURL(path.resolve(entry)).href);
  const boot = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${href}, ${href}))`;
  // Not the parent's own options: V8 flags (--cpu-prof, --trace-gc) are refused in a worker's.
  return new Worker(boot, { ...options, eval: true, execArgv: ["--conditions=react-server"] });
}

/** What a worker started ahead of need is given as its `workerData`. */
export interface WarmWorkerData {
  warm: true;
}

/**
 * Work off the event loop that answers requests (DESIGN.md rule 12), in worker threads that answer with
 * `answerJobs` (./answer-jobs.ts). One idle worker is kept (starting one costs more than a small job, and a warm one
 * has its code compiled and its data loaded); jobs that overlap get their own.
 */
export function workerPool(options: PoolOptions) {
  let idle: Worker | null = null;
  const spawn = (workerData?: WarmWorkerData) => {
    const worker = startWorker(options.entry, { resourceLimits: options.resourceLimits, workerData });
    // Once per worker, not per job: a worker kept idle between jobs would gather one listener per job.
    worker.once("exit", () => {
      if (idle === worker) idle = null;
    });
    // A job's worker reports its failure to the job; an idle one (warmed, or kept after a job) has none to fail, and
    // an error event nobody listens to would end the server.
    worker.on("error", (error) => {
      if (idle === worker) console.error(`The idle ${options.name} worker failed:`, error);
    });
    return worker;
  };
  const release = (worker: Worker) => {
    if (idle) {
      void worker.terminate();
      return;
    }
    idle = worker;
  };

  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<() => void> => {
    if (running < options.maxRunning) running++;
    else if (waiting.length >= options.maxWaiting) {
      throw new AppError(
        "UNAVAILABLE",
        `Too many ${options.name}s are being processed right now. Try again in a moment.`,
        { retryAfterSeconds: 10 },
      );
    } else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing job hands its slot over
    return () => {
      const next = waiting.shift();
      if (next) next();
      else running--;
    };
  };

  const runInWorker = <Result>(job: unknown, transfer: readonly TransferListItem[]) => {
    const worker = idle ?? spawn();
    idle = null;
    // An idle worker must not keep a command-line run or a test run alive.
    worker.unref();
    return new Promise<Result>((resolve, reject) => {
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        fn();
      };
      const onMessage = (outcome: JobOutcome<Result>) =>
        finish(() => {
          release(worker);
          if (outcome.ok) resolve(outcome.result);
          else reject(new AppError(outcome.code, outcome.message, outcome.details));
        });
      const onError = (error: Error & { code?: string }) =>
        finish(() => {
          void worker.terminate();
          reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? options.exceeded() : error);
        });
      const onExit = (code: number) =>
        finish(() => reject(new Error(`The ${options.name} worker stopped (exit code ${code}).`)));
      const timer = setTimeout(
        () =>
          finish(() => {
            void worker.terminate();
            reject(options.exceeded());
          }),
        options.timeoutMs,
      );
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job, transfer);
    });
  };

  return {
    /**
     * Starts the idle worker ahead of the first job, so its modules load before a job waits on them. It is told it
     * was (`workerData.warm`), so its entry may also warm what it runs; a job posted meanwhile waits for that.
     */
    warm(): void {
      if (idle || running > 0) return;
      idle = spawn({ warm: true });
      idle.unref();
    },
    /** The job's result from a worker (an AppError thrown there is thrown here). */
    async run<Result>(job: unknown, transfer: readonly TransferListItem[] = []): Promise<Result> {
      const done = await slot();
      try {
        return await runInWorker<Result>(job, transfer);
      } finally {
        done();
      }
    },
  };
}

type WorkerPool = ReturnType<typeof workerPool>;
// On globalThis: Next.js bundles instrumentation, pages and route handlers separately, each with its own copy of the
// modules that make pools. A pool per copy would warm a worker (instrumentation.ts) that no route's job is given, and
// let each copy run its own `maxRunning` jobs.
const globalForPools = globalThis as unknown as { __claimwiseWorkerPools?: Map<string, WorkerPool> };
const pools = (): Map<string, WorkerPool> => (globalForPools.__claimwiseWorkerPools ??= new Map());

/** The process's one pool of this name (made by the first caller with these options). */
export function processWorkerPool(options: PoolOptions): WorkerPool {
  let pool = pools().get(options.name);
  if (!pool) {
    pool = workerPool(options);
    pools().set(options.name, pool);
  }
  return pool;
}
