// A worker entry for tests/unit/worker-pool.test.ts: answers each job with the time this worker finished loading.
import { answerJobs } from "@/lib/workers/answer-jobs";

const bootedAt = Date.now();
answerJobs(() => ({ bootedAt }));
