import "server-only";
import { type Action, authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { decodeSource, formatOfFileName } from "@/lib/documents/read-source";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/schemas";
import { AppError } from "@/lib/errors/app-error";
import { isJsonRequest, readJsonObject } from "./json-body";
import { hasMediaType, readBodyBytes, unsupportedType } from "./request-body";

/** Room for multipart framing and the other fields around a 2 MB document. */
const MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;
/** JSON escapes can double a document's size (`\n`, `\"`). */
const MAX_JSON_BYTES = 2 * MAX_DOCUMENT_BYTES;

/**
 * The body of a document import: JSON `{ title, format, content }`, or multipart/form-data with `file` (format from
 * its extension) and an optional `title`. Read only once the caller may attempt `action`, never beyond the limit;
 * returns the raw input for the domain's zod schema.
 */
export async function readDocumentInput(
  request: Request,
  actor: Actor,
  action: Action,
): Promise<Record<string, unknown>> {
  authorize(actor, action);
  if (isJsonRequest(request)) return readJsonObject(request, MAX_JSON_BYTES);
  if (!hasMediaType(request, "multipart/form-data", ["boundary"])) {
    throw unsupportedType("JSON (application/json) or a file upload (multipart/form-data)");
  }
  const bytes = await readBodyBytes(request, MAX_UPLOAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("INVALID", "The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID", 'Attach the document as the form field "file".');
  const title = form.get("title");
  return {
    format: formatOfFileName(file.name),
    content: decodeSource(new Uint8Array(await file.arrayBuffer()), file.name),
    ...(typeof title === "string" && title.trim() ? { title } : {}),
  };
}
