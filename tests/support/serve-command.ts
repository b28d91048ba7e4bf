import path from "node:path";

/**
 * The production server as `npm start` runs it after the migrations (lib/cli/serve.ts, the front page cache in front
 * of Next.js), for tests that start servers of their own: it listens on `PORT` from its environment.
 */
export const SERVE_COMMAND: [string, string[]] = [path.join("node_modules", ".bin", "tsx"), ["lib/cli/serve.ts"]];
