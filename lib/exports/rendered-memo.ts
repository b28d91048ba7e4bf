import "server-only";
import { createHash } from "node:crypto";
import type { ExportFile } from "./export-file";

/**
 * The slow renderings (a PDF or Word file of a long document takes seconds) kept by their content: the key is a hash
 * of everything the file is made from, so a changed document is a new key and nothing can be served stale; the same
 * published document downloaded again (every reader of a course pack) is not laid out again. Bounded by count and
 * bytes, least recently used dropped first.
 */
const MAX_FILES = 8;
const MAX_BYTES = 96 * 1024 * 1024;
const files = new Map<string, ExportFile>();
let bytes = 0;

const size = (file: ExportFile) => (typeof file.body === "string" ? file.body.length * 2 : file.body.byteLength);

export async function renderedByContent(
  format: string,
  /** The JSON texts of everything the file is made from. */
  content: string[],
  render: () => ExportFile | Promise<ExportFile>,
): Promise<ExportFile> {
  const hash = createHash("sha256").update(format);
  for (const text of content) hash.update("\n").update(text);
  const key = hash.digest("base64url");
  const hit = files.get(key);
  if (hit) {
    files.delete(key);
    files.set(key, hit);
    return hit;
  }
  const file = await render();
  files.set(key, file);
  bytes += size(file);
  for (const [k, f] of files) {
    if (files.size <= MAX_FILES && bytes <= MAX_BYTES) break;
    files.delete(k);
    bytes -= size(f);
  }
  return file;
}
