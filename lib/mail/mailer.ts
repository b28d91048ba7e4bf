import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * Outgoing e-mail through SMTP (`SMTP_URL`, e.g. `smtp://user:pass@mail.example.org:587` or `smtps://…`).
 * Without `SMTP_URL` the platform is in-app only: callers check `mailConfigured()` and show links in the UI instead.
 * `MAIL_FROM` sets the sender (default `Claimwise <no-reply@localhost>`).
 */
export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailResult = { sent: true; messageId: string } | { sent: false; reason: "not-configured" | "failed" };

let transport: { url: string; transporter: Transporter } | undefined;

export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

function transporterFor(url: string): Transporter {
  // One pooled transport per process; rebuilt only if the URL changes (tests start their own server).
  if (transport?.url !== url) {
    transport?.transporter.close();
    transport = {
      url,
      transporter: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return transport.transporter;
}

/** Sends one message. Never throws: a mail outage must not undo the change that caused the message. */
export async function sendMail(message: MailMessage): Promise<MailResult> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return { sent: false, reason: "not-configured" };
  try {
    const info = await transporterFor(url).sendMail({
      from: process.env.MAIL_FROM?.trim() || "Claimwise <no-reply@localhost>",
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    return { sent: true, messageId: String(info.messageId) };
  } catch (error) {
    console.error(`mail: could not send "${message.subject}" to ${message.to}:`, (error as Error).message);
    return { sent: false, reason: "failed" };
  }
}
