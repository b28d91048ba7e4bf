import "server-only";
import { decodeSource, formatOfFileName } from "@/lib/documents/read-source";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/schemas";
import { AppError } from "@/lib/errors/app-error";

/** Room for multipart framing and the other fields around a 2 MB document. */
const MAX_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

/**
 * The body of a document import: JSON `{ title, format, content }`, or multipart/form-data with `file` (format from
 * its extension) and an optional `title`. Returns the raw input for the domain's zod schema.
 */
export async function readDocumentInput(request: Request): Promise<Record<string, unknown>> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BYTES) throw new AppError("INVALID", "The document is larger than 2 MB.");
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
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
  if (type.includes("application/json")) {
    try {
      const body: unknown = await request.json();
      if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // Falls through to the message below.
    }
    throw new AppError("INVALID", "The request body must be a JSON object.");
  }
  throw new AppError("INVALID", "Send JSON (application/json) or a file upload (multipart/form-data).");
}
