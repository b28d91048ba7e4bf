// citation-js ships no types; these declare the part we call (lib/citations/csl.ts).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: unknown[];
    format(format: "bibliography" | "data" | "bibtex" | "ris", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
