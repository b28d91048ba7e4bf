import "server-only";
import { AppError } from "@/lib/errors/app-error";

/**
 * A request body's bytes, read as a stream and never more than `limit`: a body announced larger (Content-Length) is
 * refused before any of it is read, one that turns out larger is refused as soon as it passes the limit.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number): AppError {
  const size = limit >= 1024 * 1024 ? `${(limit / 1024 / 1024).toFixed(1)} MB` : `${Math.round(limit / 1024)} KB`;
  return new AppError("TOO_LARGE", `The request body is larger than this route accepts (${size}).`);
}

/**
 * Whether the body's Content-Type is exactly `type` (case-insensitive) with no parameters but the ones allowed: a
 * type that merely contains it (`text/plain; x=application/json`) is something else, and is what a cross-site form
 * or `no-cors` fetch can send.
 */
export function hasMediaType(request: Request, type: string, allowedParameters: readonly string[]): boolean {
  const [essence, ...parameters] = (request.headers.get("content-type") ?? "").split(";");
  if (essence!.trim().toLowerCase() !== type) return false;
  return parameters.every((p) => {
    const [name, value = ""] = p.split("=", 2).map((s) => s.trim().toLowerCase());
    if (name === "charset") return allowedParameters.includes("charset") && /^"?utf-8"?$/.test(value);
    return allowedParameters.includes(name!) && value !== "";
  });
}

export function unsupportedType(expected: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body as ${expected}.`);
}
