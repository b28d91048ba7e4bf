import "server-only";
import { after } from "next/server";

/**
 * Runs `task` once the response has gone (Next's `after`), so its duration cannot be read off the response. Outside a
 * Next.js request (the command line, tests) there is no response to wait for: the task runs before this resolves.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  try {
    after(task);
  } catch (error) {
    if (!/outside a request scope/.test(String(error))) throw error;
    await task();
  }
}
