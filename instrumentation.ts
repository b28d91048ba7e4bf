// Runs once when the server starts (not during `next build`); the checks need Node.js, not the edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/peer-address")).recordPeerAddresses();
  await (await import("./lib/server-start")).checkServerStart();
  // This server's one LISTEN connection: cache coherence with the other app servers from the first moment.
  (await import("./lib/cache/cache-coherence")).startCacheCoherence();
  // The export worker starts a little after the server does, not during its start or the first export, and warms up
  // (lib/exports/export-worker.ts).
  const { warmExportWorker } = await import("./lib/exports/render-in-worker");
  setTimeout(warmExportWorker, 5_000).unref();
}
