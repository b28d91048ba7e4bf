// Starts the benchmark's servers: the app (tests/bench/serve-bench.ts, tests/bench/next-server.ts) and the bare node:http ceiling, each pinned to
// the last CPU where taskset exists, while this process (the load generator) pins itself to the first.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase } from "../support/postgres";

export interface Fixtures {
  seed: { id: string; slug: string };
  large: { id: string; slug: string; claims: number; comments: number; reviewers: number };
  editorToken: string;
  /** Reviewer accounts (password: the demo's), each with an API token. */
  reviewers: { email: string; name: string; token: string }[];
}

const PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BASE = `http://localhost:${PORT}`;
export const BENCH_DIR = path.resolve("bench-results", "fixtures");

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return os.availableParallelism() > 1;
  } catch {
    return false;
  }
}
const pinned = hasTaskset();
const serverCpu = String(os.availableParallelism() - 1);

/** Runs `command` pinned to the server CPU when possible. */
function spawnServer(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [file, argv] = pinned ? ["taskset", ["-c", serverCpu, command, ...args]] : [command, args];
  return spawn(file, argv, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

export function pinLoadGenerator(): string {
  if (!pinned) return "not pinned (no taskset or one CPU)";
  execFileSync("taskset", ["-cp", "0", String(process.pid)], { stdio: "ignore" });
  return `load generator on CPU 0, servers on CPU ${serverCpu}`;
}

/**
 * Runs `work` with this process free to use every CPU, and what it starts too (a child takes its parent's CPU set
 * when it starts), then pins this process back to its CPU.
 */
export async function onEveryCpu<T>(work: () => Promise<T>): Promise<T> {
  if (!pinned) return work();
  const all = `0-${os.availableParallelism() - 1}`;
  execFileSync("taskset", ["-acp", all, String(process.pid)], { stdio: "ignore" });
  try {
    return await work();
  } finally {
    execFileSync("taskset", ["-acp", "0", String(process.pid)], { stdio: "ignore" });
  }
}

export async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startApp(quick: boolean) {
  const database = `claimwise_bench_${process.pid}`;
  fs.rmSync(BENCH_DIR, { recursive: true, force: true });
  const app = spawnServer("node_modules/.bin/tsx", ["--conditions=react-server", "tests/bench/serve-bench.ts"], {
    ...process.env,
    BENCH_DATABASE: database,
    BENCH_QUICK: quick ? "1" : "0",
    CLAIMWISE_BENCH_DIR: BENCH_DIR,
    PORT: String(PORT),
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitFor(`${BASE}/api/health`, 300_000);
  const upSince = performance.now();
  const fixtures = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "fixtures.json"), "utf8")) as Fixtures;
  return {
    fixtures,
    /** Waits until the server has answered for `seconds` (its start-up work, such as warming workers, done). */
    async upFor(seconds: number) {
      const left = upSince + seconds * 1000 - performance.now();
      if (left > 0) await new Promise((r) => setTimeout(r, left));
    },
    async stop() {
      if (app.pid) process.kill(-app.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      await dropDatabase(database);
    },
  };
}

/** The machine's ceiling: node:http serving one file from memory, in its own process. */
export async function startBareServer(file: string, contentType: string) {
  const port = PORT + 1;
  const script = `const b=require("fs").readFileSync(${JSON.stringify(file)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":${JSON.stringify(contentType)},"content-length":b.length});s.end(b)}).listen(${port},"127.0.0.1")`;
  const child = spawnServer(process.execPath, ["-e", script], process.env);
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 10_000);
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
