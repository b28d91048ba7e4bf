// A worker entry for tests/unit/worker-pool.test.ts: announces on a BroadcastChannel that it has loaded, and answers
// each job with the same id and load time, so a test can tell which worker answered and when it had loaded.
import { randomUUID } from "node:crypto";
import { BroadcastChannel } from "node:worker_threads";
import { answerJobs } from "@/lib/workers/answer-jobs";

const loaded = { id: randomUUID(), loadedAt: Date.now() };
const channel = new BroadcastChannel("worker-pool-test-loaded");
channel.postMessage(loaded);
channel.close();
answerJobs(() => loaded);
