import "server-only";

/**
 * A tagged PDF's structure tree, written here rather than through pdfkit's structure elements, which cost a closure,
 * a content object, a lookup in the page's parent tree and a flush check for every line drawn, and kept every element
 * whole until the document ended (on the benchmark's 1,564-page document the tags took 0.6–0.9 s of a 1.5–2.5 s
 * rendering). The tree is what pdfkit's would be: a Document element under the StructTreeRoot, an element per block
 * (H1–H3, P) whose lines are its marked content (an MCID each), and each MCID's element in its page's entry of the
 * ParentTree. It uses the parts of pdfkit its own markings use (the StructTreeRoot with its ParentTree, a page's
 * `structParentTreeKey`); if they change, the PDF readers test (poppler's `pdfinfo -struct-text`) fails.
 */

/** A pdfkit indirect object: written by end(), referred to by its number. */
interface Reference {
  data: Record<string, unknown>;
  end(): void;
}
interface TreeInternals {
  getStructTreeRoot(): Reference & { data: { K?: Reference[]; ParentTree: { get(key: number): Reference[] } } };
  page: { dictionary: Reference; structParentTreeKey: number };
}
type Kid = number | { Type: "MCR"; Pg: Reference; MCID: number };

/** A block's element: its lines are marked as its content as they are drawn. */
export interface StructElement {
  tag: string;
  ref: Reference;
  /** The page of its first line: MCIDs on it are written bare, others with their page. */
  page: Reference | null;
  kids: Kid[];
}

/** The document's structure: blocks are added in reading order; `end` writes the Document element. */
export function structureTree(pdf: PDFKit.PDFDocument) {
  const root = (pdf as unknown as TreeInternals).getStructTreeRoot();
  const document = pdf.ref({ S: "Document", P: root }) as unknown as Reference;
  root.data.K = [...(root.data.K ?? []), document];
  const blocks: Reference[] = [];
  return {
    element(tag: string): StructElement {
      const ref = pdf.ref({ S: tag, P: document }) as unknown as Reference;
      blocks.push(ref);
      return { tag, ref, page: null, kids: [] };
    },
    end() {
      document.data.K = blocks;
      document.end();
    },
  };
}

/** Opens a marked-content sequence of `element` on the current page (a line; closed by endContent). */
export function beginContent(pdf: PDFKit.PDFDocument, element: StructElement) {
  const internals = pdf as unknown as TreeInternals;
  const page = internals.page.dictionary;
  const parents = internals.getStructTreeRoot().data.ParentTree.get(internals.page.structParentTreeKey);
  const mcid = parents.push(element.ref) - 1;
  element.page ??= page;
  element.kids.push(element.page === page ? mcid : { Type: "MCR", Pg: page, MCID: mcid });
  pdf.addContent(`/${element.tag} <</MCID ${mcid}>> BDC`);
}

export const endContent = (pdf: PDFKit.PDFDocument) => pdf.addContent("EMC");

/** Writes a block's element once all its lines are drawn. */
export function endElement(element: StructElement) {
  const { data } = element.ref;
  if (element.page) data.Pg = element.page;
  data.K = element.kids;
  element.ref.end();
  // Written: what is kept until the document ends (the parent tree and the Document element refer to it by number)
  // need not hold its dictionary, which would be carried through every garbage collection until then.
  element.ref.data = {};
}
