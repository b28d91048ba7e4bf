// A worker entry for tests/unit/worker-pool.test.ts that fails while it loads.
throw new Error("this worker cannot start");
