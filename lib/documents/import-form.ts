import "server-only";
import { decodeSource, formatOfFileName } from "./read-source";

/**
 * The upload page's form as the domain's import input: an uploaded file (format from its extension) wins over pasted
 * text (format chosen in the form). Validation is the domain's, as for the API and the command line.
 */
export async function importInputFromForm(form: FormData): Promise<Record<string, unknown>> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value : undefined;
  };
  const file = form.get("file");
  const source =
    file instanceof File && file.size > 0
      ? {
          format: formatOfFileName(file.name),
          content: decodeSource(new Uint8Array(await file.arrayBuffer()), file.name),
        }
      : { format: field("format") ?? "txt", content: String(form.get("content") ?? "") };
  return { ...source, title: field("title"), visibility: field("visibility") };
}
