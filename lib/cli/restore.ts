import fs from "node:fs/promises";
import { db } from "@/lib/db/client";
import { restoreBackup } from "@/lib/exports/backup";
import { runCli } from "./run";

runCli(async () => {
  const file = process.argv[2];
  if (!file) {
    console.log(
      "Usage: npm run restore -- <document.backup.json>   (from GET /api/v1/documents/{id}/export?format=json)",
    );
    process.exitCode = 2;
    return;
  }
  let backup: unknown;
  try {
    backup = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const { documentId, slug } = await restoreBackup(db, backup);
  console.log(`restored document ${documentId} at /documents/${slug}`);
});
