import { spawnSync } from "node:child_process";

/**
 * Whether an outside reader (pandoc, poppler's tools, qpdf, LibreOffice…) is installed. CI installs them all
 * (.ci/run), so there a missing one fails the test; elsewhere the tests that need it are skipped.
 */
export function hasReader(tool: string): boolean {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
  if (!found && process.env.CI) throw new Error(`${tool} is missing: .ci/run installs it`);
  return found;
}
