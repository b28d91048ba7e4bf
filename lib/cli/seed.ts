import { parseArgs } from "node:util";
import { seedDemo } from "@/lib/db/seed-demo";
import { runCli } from "./run";

const USAGE = `Usage: npm run db:seed -- --demo [--force]
  --demo   create the demo accounts (password "demo-password") and import the seed article, published
  --force  allow --demo when NODE_ENV=production`;

runCli(async () => {
  const { values } = parseArgs({ options: { demo: { type: "boolean" }, force: { type: "boolean" } } });
  if (!values.demo) {
    console.log(USAGE);
    return;
  }
  const report = await seedDemo({ force: values.force });
  console.log(
    `demo: ${report.usersCreated.length} account(s) created` +
      `${report.usersCreated.length ? ` (${report.usersCreated.join(", ")})` : ""}; ` +
      `seed article ${report.documentCreated ? "imported" : "already present"} at /documents/${report.documentSlug}`,
  );
});
