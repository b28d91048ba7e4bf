import { mailConfigured } from "@/lib/mail/mailer";
import { sendDigests } from "@/lib/notifications/digest";
import { runCli } from "./run";

// `npm run notifications:digest`: once a day from cron, e.g. `0 7 * * * cd /srv/claimwise && npm run notifications:digest`.
runCli(async () => {
  if (!mailConfigured()) {
    console.log("SMTP_URL is not set: notifications stay in the app, no digest is sent.");
    return;
  }
  const { users, mails } = await sendDigests();
  console.log(`digest: ${mails} e-mail${mails === 1 ? "" : "s"} sent to ${users} subscriber${users === 1 ? "" : "s"}`);
});
