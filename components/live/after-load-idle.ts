/**
 * Runs `task` once the page has loaded and the main thread is idle (at the latest `timeoutMs` after load), so work
 * a reader does not need for the first paint never competes with hydration. Returns the cancel. Safari has no
 * `requestIdleCallback`: there a zero-delay timer after load stands in.
 */
export function afterLoadIdle(task: () => void, timeoutMs = 5_000): () => void {
  let cancelIdle = () => {};
  const schedule = () => {
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(task, 0);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    cancelIdle();
  };
}
