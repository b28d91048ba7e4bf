import "server-only";
import zlib from "node:zlib";

/**
 * How a PDF's bytes are made, changed in the two places of pdfkit's that cost most on long documents: the pages'
 * contents and the writing of the file. Both use pdfkit internals (its document's `_write` and `_offset`, a stream
 * object's `compress`, `buffer`, `data`, `write` and `finalize`), unchanged since pdfkit 0.11; if they change, the PDF
 * tests' readers (qpdf, poppler) fail.
 */
interface DocumentInternals {
  _write(data: string | Uint8Array): void;
  _offset: number;
  page: { content: StreamObject };
}
interface StreamObject {
  compress: boolean;
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
  data: Record<string, unknown>;
  finalize(): void;
}

/**
 * pdfkit deflates every stream at zlib's default level (6). A long document's page contents are tens of megabytes
 * of text operators; at level 2 they deflate in about a third of the time for a file about a twentieth larger (the
 * benchmark's 1,563-page document: 425 → 156 ms; 9.6 → 10.1 MB).
 */
const PAGE_LEVEL = 2;

/**
 * A page's content stream kept as pdfkit's operator strings and made bytes once, when pdfkit finishes the page, then
 * deflated at the lighter level; fonts and the rest keep pdfkit's level. pdfkit makes each operator a byte array of
 * its own, a character at a time in script: most of a million short-lived objects for the benchmark's document.
 */
function pageContent(stream: StreamObject) {
  const finalize = stream.finalize.bind(stream);
  // What pdfkit wrote as it made the page (its coordinate transform) comes first.
  const operators = [Buffer.concat(stream.buffer).toString("latin1")];
  stream.buffer = [];
  stream.compress = false;
  stream.write = (chunk) => {
    // As pdfkit's own: a string is its characters' low bytes and a line feed; bytes are taken as they are.
    operators.push(typeof chunk === "string" ? `${chunk}\n` : Buffer.from(chunk).toString("latin1"));
  };
  stream.finalize = () => {
    const content = operators.join("");
    // The page's stream object lives until the document ends (its page refers to it), and with it these functions and
    // what they hold: the operators, a page's worth of small strings, would be carried through every garbage
    // collection until then (for the benchmark's 1,564 pages, two million of them).
    operators.length = 0;
    if (content) {
      stream.buffer = [zlib.deflateSync(Buffer.from(content, "latin1"), { level: PAGE_LEVEL })];
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
  pageContent(internals.page.content);
  pdf.on("pageAdded", () => pageContent(internals.page.content));

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
