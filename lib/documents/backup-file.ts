import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { type Backup, backupText } from "@/lib/exports/backup";

/** Where backups written before a deletion go: CLAIMWISE_BACKUP_DIR, else `backups` in the data directory (.data). */
export function backupDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CLAIMWISE_BACKUP_DIR?.trim();
  if (configured) return path.resolve(configured);
  return path.join(env.CLAIMWISE_DATA_DIR?.trim() || path.join(process.cwd(), ".data"), "backups");
}

/**
 * Writes a document's backup (the `json` export's format, which `npm run restore` reads) and returns its file name.
 * The name carries the time and a random suffix, so two deletions never overwrite each other's backup; the file is
 * created exclusively (`wx`) and synced before the caller deletes anything.
 */
export async function writeBackupFile(backup: Backup, slug: string): Promise<{ fileName: string; path: string }> {
  const directory = backupDirectory();
  await fs.mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const fileName = `${slug}.${stamp}.${randomBytes(3).toString("hex")}.backup.json`;
  const file = path.join(directory, fileName);
  const handle = await fs.open(file, "wx", 0o600);
  try {
    await handle.writeFile(backupText(backup), "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { fileName, path: file };
}
