import { afterAll, beforeAll, expect, test } from "vitest";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
const saved = process.env.SMTP_URL;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  process.env.SMTP_URL = saved;
  await sink.close();
});

test("without SMTP_URL nothing is sent and the caller is told so", async () => {
  delete process.env.SMTP_URL;
  expect(mailConfigured()).toBe(false);
  expect(await sendMail({ to: "a@example.org", subject: "x", text: "y" })).toEqual({
    sent: false,
    reason: "not-configured",
  });
});

test("a message reaches a real SMTP server intact, with non-ASCII text", async () => {
  process.env.SMTP_URL = sink.url;
  const result = await sendMail({ to: "mail-test@example.org", subject: "Einladung ⊕ TNF-α", text: "Hallo 🚀 مرحبا" });
  expect(result.sent).toBe(true);
  const mail = await sink.waitFor((m) => m.to.includes("mail-test@example.org"));
  expect(mail.subject).toBe("Einladung ⊕ TNF-α");
  expect(mail.text.trim()).toBe("Hallo 🚀 مرحبا");
});

test("an unreachable server is reported, not thrown", async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  expect(await sendMail({ to: "a@example.org", subject: "x", text: "y" })).toEqual({ sent: false, reason: "failed" });
});
