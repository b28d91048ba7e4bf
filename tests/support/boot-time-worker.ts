// A worker entry for tests/unit/worker-pool.test.ts: announces on a BroadcastChannel that it has loaded, and answers
// each job with the same id and load time, so a test can tell which worker answered and when it had loaded, and
// whether it was started ahead of need (`workerData.warm`).
import { randomUUID } from "node:crypto";
import { BroadcastChannel, workerData } from "node:worker_threads";
import { answerJobs } from "@/lib/workers/answer-jobs";
import type { WarmWorkerData } from "@/lib/workers/worker-pool";

const loaded = { id: randomUUID(), loadedAt: Date.now(), warm: (workerData as WarmWorkerData | null)?.warm ?? false };
const channel = new BroadcastChannel("worker-pool-test-loaded");
channel.postMessage(loaded);
channel.close();
answerJobs(() => loaded);
