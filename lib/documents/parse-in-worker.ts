import "server-only";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import type { ImportJob, ImportOutcome } from "./import-worker";
import type { PreparedImport } from "./prepare-import";
import type { SourceFormat } from "./read-source";

/**
 * How long one import may parse. A 2 MB article takes a few seconds on a busy machine; inputs that make a parser
 * super-linear (2 MB of `_a` ran 81 s in marked) are stopped here instead of holding a core for minutes.
 */
const TIME_BUDGET_MS = Number(process.env.IMPORT_PARSE_BUDGET_MS ?? 20_000);
/** Heap for one import: the parsed tree of 2 MB of HTML fits many times over; a blow-up ends the worker, not us. */
const HEAP_MB = 512;

const tooComplex = () =>
  new AppError(
    "INVALID",
    `The document is too complex to import: parsing it took longer than ${TIME_BUDGET_MS / 1000} s or more memory ` +
      "than any article needs. Import the article's text, or split it into smaller documents.",
  );

/**
 * A worker on the import code. In the Next.js server Turbopack bundles the entry named by `new URL(…)` as its own
 * chunk; run from source (the command line's tsx, vitest) Node cannot load TypeScript, so the worker loads the same
 * entry through tsx. (Inside the bundle `import.meta.url` still names the .ts source, so it cannot tell them apart.)
 */
function spawn(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } };
  if (!process.env.NEXT_RUNTIME) {
    const entry = JSON.stringify(new URL("./import-worker.ts", import.meta.url).href);
    const boot = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${entry}, ${entry}))`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL("./import-worker.ts", import.meta.url), options);
}

// One idle worker is kept (starting one costs more than a small import); imports that overlap get their own.
let idle: Worker | null = null;

function release(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  idle = worker;
  worker.once("exit", () => {
    if (idle === worker) idle = null;
  });
}

/** Imports parsed at once per process (each may use a core and HEAP_MB); more wait, and past a queue, are refused. */
const MAX_RUNNING = 2;
const MAX_WAITING = 8;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running < MAX_RUNNING) running++;
  else if (waiting.length >= MAX_WAITING) {
    throw new AppError("UNAVAILABLE", "Too many imports are being processed right now. Try again in a moment.", {
      retryAfterSeconds: 10,
    });
  } else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing import hands its slot over
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/**
 * prepareImport (lib/documents/prepare-import.ts) in a worker thread with a time, memory and nesting budget
 * (DESIGN.md rule 12): the event loop that answers other requests never runs an import's parsing, and an input that
 * would run away gets a clear INVALID.
 */
export async function prepareImportInWorker(format: SourceFormat, content: string): Promise<PreparedImport> {
  const done = await slot();
  try {
    return await runInWorker(format, content);
  } finally {
    done();
  }
}

function runInWorker(format: SourceFormat, content: string): Promise<PreparedImport> {
  const worker = idle ?? spawn();
  idle = null;
  // An idle worker must not keep a command-line import or a test run alive.
  worker.unref();
  return new Promise<PreparedImport>((resolve, reject) => {
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      fn();
    };
    const onMessage = (outcome: ImportOutcome) =>
      finish(() => {
        release(worker);
        if (outcome.ok) resolve(outcome.prepared);
        else reject(new AppError(outcome.code, outcome.message, outcome.details));
      });
    const onError = (error: Error & { code?: string }) =>
      finish(() => {
        void worker.terminate();
        reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : error);
      });
    const onExit = (code: number) => finish(() => reject(new Error(`The import worker stopped (exit code ${code}).`)));
    const timer = setTimeout(
      () =>
        finish(() => {
          void worker.terminate();
          reject(tooComplex());
        }),
      TIME_BUDGET_MS,
    );
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ format, content } satisfies ImportJob);
  });
}
