import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { processWorkerPool } from "@/lib/workers/worker-pool";
import type { ImportJob } from "./import-worker";
import type { PreparedImport } from "./prepare-import";
import type { SourceFormat } from "./read-source";

/**
 * How long one import may parse. A 2 MB article takes a few seconds on a busy machine; inputs that make a parser
 * super-linear (2 MB of `_a` ran 81 s in marked) are stopped here instead of holding a core for minutes.
 */
const TIME_BUDGET_MS = Number(process.env.IMPORT_PARSE_BUDGET_MS ?? 20_000);

const imports = processWorkerPool({
  name: "import",
  entry: "lib/documents/import-worker.ts",
  // Heap for one import: the parsed tree of 2 MB of HTML fits many times over; a blow-up ends the worker, not us.
  resourceLimits: { maxOldGenerationSizeMb: 512 },
  maxRunning: 2,
  maxWaiting: 8,
  timeoutMs: TIME_BUDGET_MS,
  exceeded: () =>
    new AppError(
      "INVALID",
      `The document is too complex to import: parsing it took longer than ${TIME_BUDGET_MS / 1000} s or more memory ` +
        "than any article needs. Import the article's text, or split it into smaller documents.",
    ),
});

/**
 * prepareImport (lib/documents/prepare-import.ts) in a worker thread with a time, memory and nesting budget
 * (DESIGN.md rule 12): the event loop that answers other requests never runs an import's parsing, and an input that
 * would run away gets a clear INVALID.
 */
export function prepareImportInWorker(format: SourceFormat, content: string): Promise<PreparedImport> {
  return imports.run<PreparedImport>({ format, content } satisfies ImportJob);
}
