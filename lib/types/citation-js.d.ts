// citation-js ships no types; these declare the part we call (lib/citations/csl.ts).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: unknown[];
    format(format: "bibliography" | "data" | "bibtex" | "ris", options?: Record<string, unknown>): string;
  }
  /** A plugin's configuration: `@csl` keeps its CSL styles (XML by name) in a register. */
  export const plugins: {
    config: {
      get(plugin: "@csl"): {
        styles: { has(name: string): boolean; get(name: string): string; add(name: string, xml: string): void };
      };
    };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
