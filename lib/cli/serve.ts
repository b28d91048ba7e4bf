// `npm start` (after the migrations) and `npm run demo`: the production build, served on PORT (3000) on every
// interface, as `next start` would, with the front page cache in front (lib/server/production-server.ts).
// What `next start` sets: the production build runs as production (the start checks depend on it).
(process.env as Record<string, string>).NODE_ENV = "production";
// Imported after that: React and Next.js read it when they load.
const { createProductionServer } = await import("@/lib/server/production-server");

const port = Number(process.env.PORT || 3000);
process.env.PORT = String(port);
const server = await createProductionServer(port);
server.listen(port, () => console.log(`▶ Claimwise on http://localhost:${port}`));

export {};
