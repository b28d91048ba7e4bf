import http from "node:http";
import { PEER_HEADER } from "@/lib/auth/client-ip";

/**
 * Next.js fills in X-Forwarded-For from the socket only when the client has not sent one, so a client can choose
 * the address a route sees. Every request therefore gets the TCP peer's address in a header only this writes
 * (overwriting whatever the client sent under that name), before Next.js sees the request.
 */
export function recordPeerAddresses(): void {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
