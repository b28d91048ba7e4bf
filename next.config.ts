import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const config: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@citation-js/core",
    "@citation-js/plugin-bibtex",
    "@citation-js/plugin-ris",
    "@citation-js/plugin-csl",
    // pdfkit reads its font metrics from its own folder at run time.
    "pdfkit",
    "fontkit",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Imports of up to 2 MB go through a server action (the default limit is 1 MB).
    serverActions: { bodySizeLimit: "3mb" },
    // Cached pages live in each server's memory only. The events that drop them (rule 11) are not kept across a
    // restart, so a copy on disk could outlive a change made while this server was stopped (a restore, another
    // server's edit); and every server started from one build would read the others' copies, whatever their
    // database (the e2e suite's three servers did).
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default config;
