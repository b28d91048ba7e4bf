// Generates the Prisma client (lib/generated/prisma). Prisma's CLI first downloads its native schema engine, which
// `generate` never runs; where that download is impossible (air-gapped machines) we point it at any existing file.
import { spawnSync } from "node:child_process";

const run = (env) =>
  spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { env, encoding: "utf8" });

let result = run(process.env);
const downloadFailed = /binaries\.prisma\.sh|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|download/i.test(
  `${result.stdout}${result.stderr}`,
);
if (result.status !== 0 && downloadFailed && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  console.log(
    "prisma: schema engine cannot be downloaded here; generating the client without it (PRISMA_SCHEMA_ENGINE_BINARY).",
  );
  result = run({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
process.stdout.write(
  `${result.stdout
    .split("\n")
    .filter((l) => /Generated|rror/.test(l))
    .join("\n")}\n`,
);
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
