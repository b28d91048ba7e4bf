import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, sharedPglite } from "@/lib/db/pglite";

describe("the embedded database's lock", () => {
  it("tells the user to stop the server or use the API when another live process holds it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwise-lock-"));
    // The test runner's parent process stands in for a running app server.
    fs.writeFileSync(path.join(dir, "claimwise.lock"), String(process.ppid));
    try {
      expect(() => sharedPglite(dir)).toThrow(EmbeddedDatabaseBusyError);
      expect(() => sharedPglite(dir)).toThrow(/in use by process \d+.*Stop that process first, or use the REST API/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes over the lock of a process that has ended", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwise-lock-"));
    fs.writeFileSync(path.join(dir, "claimwise.lock"), "999999999");
    try {
      const db = sharedPglite(dir);
      expect(fs.readFileSync(path.join(dir, "claimwise.lock"), "utf8")).toBe(String(process.pid));
      expect((await db.query<{ n: number }>("SELECT 1 AS n")).rows).toEqual([{ n: 1 }]);
      await db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
