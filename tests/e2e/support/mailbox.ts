// Reads the SMTP test server's mailbox (tests/support/smtp-sink.ts, started by playwright.config.ts).
// Tests run in parallel and share it: always match on a recipient address that only your test uses.
import type { ReceivedMail } from "../../support/smtp-sink";

const MAILBOX = `http://127.0.0.1:${process.env.E2E_MAILBOX_PORT}/messages`;

export async function waitForMail(to: string, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(MAILBOX)).json()) as ReceivedMail[];
    const found = mails.find((mail) => mail.to.includes(to.toLowerCase()) && match(mail));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no e-mail to ${to} within ${timeoutMs} ms (${mails.length} in the mailbox)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
