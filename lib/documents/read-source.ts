import { AppError } from "@/lib/errors/app-error";
import { MAX_DOCUMENT_BYTES } from "./schemas";

export type SourceFormat = "txt" | "md" | "html";

/** How each import format is recorded on a revision. */
export const REVISION_FORMAT = { txt: "TXT", md: "MD", html: "HTML" } as const satisfies Record<SourceFormat, string>;

export const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
};

export function formatOfFileName(name: string): SourceFormat {
  const extension = name.split(".").at(-1)?.toLowerCase() ?? "";
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format || !name.includes(".")) {
    throw new AppError("INVALID", `Cannot import "${name}": use a .txt, .md or .html file.`);
  }
  return format;
}

/**
 * Decodes an uploaded file: refuses empty, oversized, binary and non-UTF-8 files with a message saying which, before
 * anything is parsed or stored.
 */
export function decodeSource(bytes: Uint8Array, name = "the file"): string {
  if (bytes.byteLength === 0) throw new AppError("INVALID", `${name} is empty.`);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError("INVALID", `${name} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`);
  }
  if (bytes.includes(0)) throw new AppError("INVALID", `${name} looks like a binary file, not text.`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("INVALID", `${name} is not valid UTF-8 text. Save it as UTF-8 and try again.`);
  }
}
