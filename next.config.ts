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
  // Imports of up to 2 MB go through a server action (the default limit is 1 MB).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default config;
