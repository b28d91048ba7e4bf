import { parseArgs } from "node:util";
import { seedDemo } from "@/lib/db/seed-demo";
import { runCli } from "./run";

const USAGE = `Usage: npm run db:seed -- --demo [--force]
  --demo   create the demo accounts (password "demo-password"), the seed article with a complete review (published)
           and two sample articles (one in review, one in draft)
  --force  allow --demo when NODE_ENV=production`;

runCli(async () => {
  const { values } = parseArgs({ options: { demo: { type: "boolean" }, force: { type: "boolean" } } });
  if (!values.demo) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const report = await seedDemo({ force: values.force });
  console.log(
    `demo: ${report.usersCreated.length} account(s) created` +
      `${report.usersCreated.length ? ` (${report.usersCreated.join(", ")})` : ""}; ` +
      `seed article ${report.documentCreated ? "imported and reviewed" : "already present"} at /documents/${report.documentSlug}`,
  );
  if (report.review) {
    const r = report.review;
    console.log(
      `demo: ${r.claims} claims reviewed: ${r.matched} from the prepared critique, ${r.fallback} from the generic fallback; ` +
        `${r.reviews} submitted reviews, ${r.citations} citations, ${r.comments} comments, ${r.decisions} decisions`,
    );
  }
  for (const sample of report.samples) {
    console.log(
      `demo: sample ${sample.status.toLowerCase()} document ${sample.created ? "created" : "already present"} at /documents/${sample.slug}`,
    );
  }
  console.log(`demo: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
