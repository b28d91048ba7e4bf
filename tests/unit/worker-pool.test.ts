import { BroadcastChannel } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { workerPool } from "@/lib/workers/worker-pool";

type Loaded = { id: string; loadedAt: number; warm: boolean };

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

/** The next worker of tests/support/boot-time-worker.ts to finish loading (its announcement). */
function nextLoaded(): Promise<Loaded> {
  // The name the worker entry announces on.
  const channel = new BroadcastChannel("worker-pool-test-loaded");
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      channel.close();
      resolve((event as { data: Loaded }).data);
    };
  });
}

afterEach(() => vi.restoreAllMocks());

describe("worker pool warm-up", () => {
  it("a warmed pool answers its first job from the worker it started, loaded before the job was sent and told it was started ahead of need", async () => {
    const warmed = pool("tests/support/boot-time-worker.ts");
    const loading = nextLoaded();
    warmed.warm();
    const announced = await loading;
    const sentAt = Date.now();
    const answer = await warmed.run<Loaded>({});
    expect(answer.id).toBe(announced.id);
    expect(answer.loadedAt).toBeLessThanOrEqual(sentAt);
    // Its entry may warm up what it runs (the export worker renders a document); a job's own worker must not.
    expect(answer.warm).toBe(true);

    // Without the warm-up the first job's worker loads after the job is sent.
    const cold = pool("tests/support/boot-time-worker.ts");
    const coldSentAt = Date.now();
    const coldAnswer = await cold.run<Loaded>({});
    expect(coldAnswer.loadedAt).toBeGreaterThanOrEqual(coldSentAt);
    expect(coldAnswer.warm).toBe(false);
  }, 30_000);

  it("a warmed worker that fails to load is logged, and the process goes on", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    pool("tests/support/failing-worker.ts").warm();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith("The idle test worker failed:", expect.any(Error)), {
      timeout: 15_000,
    });
  }, 30_000);
});

describe("the process's pools", () => {
  it("a pool warmed through one bundle's copy of the module answers the jobs sent through another's", async () => {
    // Two copies of the module, as Next.js gives instrumentation.ts and a route handler.
    const options = {
      name: "test-process-wide",
      entry: "tests/support/boot-time-worker.ts",
      resourceLimits: { maxOldGenerationSizeMb: 128 },
      maxRunning: 1,
      maxWaiting: 1,
      timeoutMs: 30_000,
      exceeded: () => new Error("exceeded"),
    };
    const instrumentation = await import("@/lib/workers/worker-pool");
    vi.resetModules();
    const route = await import("@/lib/workers/worker-pool");
    expect(route).not.toBe(instrumentation);
    const loading = nextLoaded();
    instrumentation.processWorkerPool(options).warm();
    const announced = await loading;
    expect((await route.processWorkerPool(options).run<Loaded>({})).id).toBe(announced.id);
  }, 30_000);
});
