import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { workerPool } from "@/lib/workers/worker-pool";

const pool = (entry: string) =>
  workerPool({
    name: "test",
    entry,
    resourceLimits: { maxOldGenerationSizeMb: 128 },
    maxRunning: 1,
    maxWaiting: 1,
    timeoutMs: 30_000,
    exceeded: () => new Error("exceeded"),
  });

afterEach(() => vi.restoreAllMocks());

describe("worker pool warm-up", () => {
  it("a warmed pool answers its first job from a worker that had loaded before the job was sent", async () => {
    const warmed = pool("tests/support/boot-time-worker.ts");
    warmed.warm();
    await sleep(3000);
    const sentAt = Date.now();
    const { bootedAt } = await warmed.run<{ bootedAt: number }>({});
    expect(bootedAt).toBeLessThan(sentAt);

    // Without the warm-up the first job's worker loads after the job is sent.
    const cold = pool("tests/support/boot-time-worker.ts");
    const coldSentAt = Date.now();
    expect((await cold.run<{ bootedAt: number }>({})).bootedAt).toBeGreaterThanOrEqual(coldSentAt);
  }, 30_000);

  it("a warmed worker that fails to load is logged, and the process goes on", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    pool("tests/support/failing-worker.ts").warm();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith("The idle test worker failed:", expect.any(Error)), {
      timeout: 15_000,
    });
  }, 30_000);
});
