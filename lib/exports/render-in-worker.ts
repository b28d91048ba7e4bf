import "server-only";
import { processWorkerPool } from "@/lib/workers/worker-pool";
import type { ExportFile } from "./export-file";
import type { RenderJob } from "./export-worker";

/**
 * The young generation of an export worker (EXPORT_YOUNG_GENERATION_MB). Not settled yet: a cold PDF of the large
 * document made 192 scavenges on the server's thread, 396 / 127 / 67 in a worker with 16 / 64 / 256 MB, but the
 * scavenges' time grew with the size (objects that live until the page or the file ends are copied each time), and
 * every figure so far was taken at load 13-17 on two cores. To be measured on a quiet machine before it is tuned.
 */
const YOUNG_GENERATION_MB = Number(process.env.EXPORT_YOUNG_GENERATION_MB ?? 128);

const exportsPool = processWorkerPool({
  name: "export",
  entry: "lib/exports/export-worker.ts",
  resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: 2048 },
  // Two at once, so a short export need not wait behind a long one; more would take the cores the server answers on.
  maxRunning: 2,
  maxWaiting: 16,
  timeoutMs: 120_000,
  exceeded: () => new Error("An export ran out of time or memory in its worker."),
});

/**
 * One format rendered from the AnnotatedDocument in a worker thread (its JSON text is sent, the file's bytes moved
 * back): a PDF of a long document lays out for seconds, which on the server's own thread held every other request of
 * that server.
 */
export async function renderInWorker(job: RenderJob): Promise<ExportFile> {
  const file = await exportsPool.run<ExportFile>(job);
  // The bytes arrive as a plain Uint8Array; a Buffer over the same memory is what the renderers returned.
  const { body } = file;
  return typeof body === "string"
    ? file
    : { ...file, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
}

/**
 * Starts the export worker while the server is idle: loading its modules (pdfkit, docx, fontkit, the formats) takes
 * about 1.5 s of CPU, and its warm-up rendering (export-worker.ts) about 1 s more, which the first export after a start
 * would otherwise wait for or pay in slower code.
 */
export function warmExportWorker(): void {
  exportsPool.warm();
}
