// A real SMTP server (the `smtp-server` package) that keeps what it receives, parsed by `mailparser`, for tests
// whose subject is e-mail. In-process: `startSmtpSink()`. As a process (Playwright's webServer):
// `tsx tests/support/smtp-sink.ts <smtpPort> <httpPort>` also answers `GET /messages` with the mailbox as JSON
// and `DELETE /messages` to empty it.
import http from "node:http";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: number;
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: () => ReceivedMail[];
  /** Resolves with the first message (already received or arriving within `timeoutMs`) that matches. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  clear: () => void;
  close: () => Promise<void>;
};

function addresses(parsed: ParsedMail): string[] {
  const to = parsed.to ? (Array.isArray(parsed.to) ? parsed.to : [parsed.to]) : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? "").toLowerCase()));
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const inbox: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          inbox.push({
            to: addresses(parsed),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: Date.now(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages: () => [...inbox],
    clear: () => {
      inbox.length = 0;
    },
    waitFor: (match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = inbox.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching e-mail within ${timeoutMs} ms (${inbox.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const smtpPort = Number(process.argv[2]);
  const httpPort = Number(process.argv[3]);
  const sink = await startSmtpSink(smtpPort);
  http
    .createServer((request, response) => {
      if (request.url === "/messages" && request.method === "DELETE") {
        sink.clear();
        response.writeHead(204).end();
      } else if (request.url === "/messages") {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sink.messages()));
      } else {
        response.writeHead(404).end();
      }
    })
    .listen(httpPort, "127.0.0.1", () => console.log(`smtp sink: SMTP ${sink.port}, mailbox http ${httpPort}`));
}
