import "server-only";
import zlib from "node:zlib";

/**
 * How a PDF's bytes are made, changed in two places of pdfkit's that cost most on long documents. Both use pdfkit
 * internals (its document's `_write` and `_offset`, a stream object's `compress`, `buffer`, `data` and `finalize`),
 * unchanged since pdfkit 0.11; if they change, the PDF tests' readers (qpdf, poppler) fail.
 */
interface DocumentInternals {
  _write(data: string | Uint8Array): void;
  _offset: number;
  page: { content: StreamObject };
}
interface StreamObject {
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  finalize(): void;
}

/**
 * pdfkit deflates every stream at zlib's default level (6). A long document's page contents are tens of megabytes
 * of text operators; at level 2 they deflate in about a third of the time for a file about a twentieth larger (the
 * benchmark's 1,563-page document: 425 → 156 ms; 9.6 → 10.1 MB). So each page's content stream is deflated here,
 * once, when pdfkit finishes it; fonts and the rest keep pdfkit's level.
 */
const PAGE_LEVEL = 2;

function deflateLighter(stream: StreamObject) {
  const finalize = stream.finalize.bind(stream);
  stream.compress = false;
  stream.finalize = () => {
    if (stream.buffer.length) {
      stream.buffer = [zlib.deflateSync(Buffer.concat(stream.buffer), { level: PAGE_LEVEL })];
      stream.data.Filter = "FlateDecode";
    }
    finalize();
  };
}

/**
 * The document's bytes, its page contents deflated at the lighter level, gathered into one growing buffer: pdfkit
 * turns each string it writes into bytes a character at a time in script and pushes every piece through a Node
 * stream as a buffer of its own (about 237,000 for the benchmark's document), all kept until the end and then
 * copied once more. Call before anything is drawn (the header pdfkit wrote as the document was made is taken from
 * its stream); the promise settles when `pdf.end()` has written the file.
 */
export function fileBytes(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const internals = pdf as unknown as DocumentInternals;
  deflateLighter(internals.page.content);
  pdf.on("pageAdded", () => deflateLighter(internals.page.content));

  let bytes = Buffer.allocUnsafe(1 << 20);
  let length = 0;
  const room = (n: number) => {
    if (length + n <= bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(bytes.length * 2, length + n));
    bytes.copy(bigger, 0, 0, length);
    bytes = bigger;
  };
  const append = (data: Uint8Array) => {
    room(data.byteLength);
    bytes.set(data, length);
    length += data.byteLength;
  };
  // What pdfkit wrote as it was made (the header) is waiting in its stream.
  const header = pdf.read() as Buffer | null;
  if (header) append(header);
  internals._write = (data) => {
    // As pdfkit's own: a string is its characters' low bytes and a line feed.
    if (typeof data === "string") {
      room(data.length + 1);
      length += bytes.write(data, length, "latin1");
      bytes[length++] = 0x0a;
      internals._offset += data.length + 1;
    } else {
      append(data);
      internals._offset += data.byteLength;
    }
  };
  return new Promise((resolve, reject) => {
    pdf.on("error", reject);
    // pdfkit ends its stream when the file is written (no data passes through it now).
    pdf.on("end", () => {
      // A buffer of exactly the file's length and its own memory, which the export worker can hand over uncopied.
      const file = Buffer.allocUnsafeSlow(length);
      bytes.copy(file, 0, 0, length);
      resolve(file);
    });
    pdf.resume();
  });
}
