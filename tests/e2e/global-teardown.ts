import fs from "node:fs/promises";
import { dropDatabase } from "../support/postgres";

export default async function teardown() {
  await dropDatabase(process.env.E2E_DATABASE!);
  await dropDatabase(process.env.E2E_OUTAGE_DATABASE!);
  await fs.rm(process.env.E2E_DEMO_DATA_DIR!, { recursive: true, force: true });
}
