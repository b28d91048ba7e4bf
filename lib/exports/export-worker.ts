// Runs in a worker thread (lib/exports/render-in-worker.ts): one export's rendering at a time, off the event loop
// that serves requests.
import { workerData } from "node:worker_threads";
import { answerJobs } from "@/lib/workers/answer-jobs";
import type { WarmWorkerData } from "@/lib/workers/worker-pool";
import type { AnnotatedDocument } from "./annotated-document";
import type { ExportContext, ExportFile } from "./export-file";
import type { ExportFormat } from "./export-formats";
import { toClaimReview } from "./formats/claimreview";
import { toCsv } from "./formats/csv";
import { toDocx } from "./formats/docx";
import { toHtml } from "./formats/html";
import { toJats } from "./formats/jats";
import { toMarkdown } from "./formats/markdown";
import { toPdf } from "./formats/pdf";
import { toBibtex, toRis } from "./formats/references";
import { toW3c } from "./formats/w3c";
import { warmUpDocument } from "./warm-up-document";

/**
 * How many times the warm-up document repeats the seed article (60 claims each). A first PDF of the benchmark's large
 * document after 1 / 3 / 8 copies: 1.82 / 1.74 / 1.64 s on one CPU; 4 cost about a second at the worker's start.
 */
const WARM_UP_COPIES = 4;

const FORMATS = {
  html: toHtml,
  pdf: toPdf,
  md: toMarkdown,
  docx: toDocx,
  csv: toCsv,
  w3c: toW3c,
  claimreview: toClaimReview,
  bibtex: toBibtex,
  ris: toRis,
  jats: toJats,
} satisfies Record<ExportFormat, (doc: AnnotatedDocument, context: ExportContext) => ExportFile | Promise<ExportFile>>;

/**
 * A rendering: the AnnotatedDocument as JSON text without its export time (the text keys the rendered files,
 * rendered-memo.ts) and that time apart. A string is copied to the worker in one piece; the document as objects took
 * twice as long to copy as to write and read as JSON.
 */
export type RenderJob = { format: ExportFormat; document: string; exportedAt: string; context: ExportContext };

/**
 * A worker started ahead of need renders the slow formats of a generated document once before it answers jobs, so
 * that V8 has compiled the renderers and the fonts' tables are filled before the first reader's export: the
 * benchmark's large document's first PDF in a warmed worker took 1.8–2.0 s, in one not warmed 2.4–2.6 s (one CPU,
 * 2026-11-30). A job posted meanwhile waits for it (about a second of CPU, once per start).
 */
if ((workerData as WarmWorkerData | null)?.warm) {
  try {
    const document = warmUpDocument(WARM_UP_COPIES);
    await toPdf(document);
    await toDocx(document);
  } catch (error) {
    // Only a warm-up: the worker answers jobs all the same.
    console.error("The export worker's warm-up failed:", error);
  }
}

answerJobs<RenderJob, ExportFile>(
  ({ format, document, exportedAt, context }) =>
    FORMATS[format]({ ...(JSON.parse(document) as Omit<AnnotatedDocument, "exportedAt">), exportedAt }, context),
  // A file's bytes are moved to the server's thread, not copied, when they are all of their buffer (a Buffer cut from
  // Node's shared pool is not, and is copied).
  ({ body }) =>
    typeof body !== "string" && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength
      ? [body.buffer as ArrayBuffer]
      : [],
);
