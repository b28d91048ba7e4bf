// The outage suite's server: the production build on its own demo database, reached through a TCP relay this
// process controls, so a test can take Postgres away from the app mid-session (every connection cut, new ones
// refused, exactly what the app sees when the server stops) and bring it back, without stopping the Postgres
// server the other suites share. Control: POST http://127.0.0.1:$OUTAGE_CONTROL_PORT/down and /up.
import http from "node:http";
import net from "node:net";
import { prepareDemoDatabase, startProductionServer } from "../support/app-server";
import { databaseUrl } from "../support/postgres";

const name = process.env.E2E_OUTAGE_DATABASE!;
await prepareDemoDatabase(name);
const { db } = await import("@/lib/db/client");
await db.$disconnect();

const target = new URL(databaseUrl(name));
const sockets = new Set<net.Socket>();
let up = true;
const relay = net.createServer((client) => {
  if (!up) return client.destroy();
  const server = net.connect(Number(target.port || 5432), target.hostname);
  for (const socket of [client, server]) {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {
      client.destroy();
      server.destroy();
    });
  }
  client.pipe(server).pipe(client);
});
await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));

http
  .createServer((request, response) => {
    if (request.method === "POST" && (request.url === "/down" || request.url === "/up")) {
      up = request.url === "/up";
      if (!up) for (const socket of sockets) socket.destroy();
      response.end(up ? "up" : "down");
    } else response.writeHead(404).end();
  })
  .listen(Number(process.env.OUTAGE_CONTROL_PORT), "127.0.0.1");

const viaRelay = new URL(target);
viaRelay.hostname = "127.0.0.1";
viaRelay.port = String((relay.address() as net.AddressInfo).port);
startProductionServer(name, process.env.PORT ?? "3102", { DATABASE_URL: viaRelay.toString() });
