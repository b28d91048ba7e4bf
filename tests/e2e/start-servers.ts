// The e2e suite's one webServer: starts every server the suite needs at once and answers on its own port when all of
// them answer theirs. Playwright starts its webServer entries one after another, and these have nothing to wait for
// from each other: one after another they took 65 s on a quiet machine and over 3 minutes on a busy one, before the
// first test. The servers are defined in playwright.config.ts (E2E_SERVERS); each one's output is prefixed with its
// name. If one exits or is not up in time, this exits non-zero and Playwright reports it; stopping this stops them.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import readline from "node:readline";

export interface E2EServer {
  name: string;
  command: string;
  /** Up when this answers with a status below 400. */
  url: string;
  timeoutMs: number;
  env?: Record<string, string | undefined>;
}

const servers = JSON.parse(process.env.E2E_SERVERS!) as E2EServer[];
const readyPort = Number(process.env.E2E_SERVERS_READY_PORT);
const children: ChildProcess[] = [];

function stopAll(code: number): never {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(5_000) })
    .then((response) => response.status < 400)
    .catch(() => false);

async function start(server: E2EServer): Promise<void> {
  const started = Date.now();
  const child = spawn(server.command, {
    shell: true,
    env: { ...process.env, ...server.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  for (const stream of [child.stdout!, child.stderr!])
    readline.createInterface({ input: stream }).on("line", (line) => console.log(`[${server.name}] ${line}`));
  let exited = false;
  child.on("exit", (code, signal) => {
    exited = true;
    console.error(`[${server.name}] exited (${code ?? signal})`);
    stopAll(1);
  });
  while (!(await answers(server.url))) {
    if (exited) return;
    if (Date.now() - started > server.timeoutMs) {
      console.error(`[${server.name}] not up at ${server.url} after ${server.timeoutMs / 1000} s`);
      stopAll(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`[${server.name}] up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await Promise.all(servers.map(start));
http.createServer((_, response) => response.end("ready")).listen(readyPort, "127.0.0.1");
