import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { addRevision } from "@/lib/documents/add-revision";
import { createDocument } from "@/lib/documents/create-document";
import { decodeSource, formatOfFileName } from "@/lib/documents/read-source";
import { runCli } from "./run";

const USAGE = `Usage: npm run import -- <file.txt|.md|.html> [--title TITLE] [--visibility PUBLIC|MEMBERS]
                          [--source-url URL]      (a draft: publish it in the app)
       npm run import -- <file> --document DOCUMENT_ID      (a new revision of an existing document)`;

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      visibility: { type: "string" },
      "source-url": { type: "string" },
      document: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const name = path.basename(file);
  const content = decodeSource(new Uint8Array(await fs.readFile(file)), name);
  const format = formatOfFileName(name);
  if (values.document) {
    const result = await addRevision("system", values.document, { format, content });
    console.log(
      `revision ${result.number} of ${values.document}: ${result.anchored} claims anchored, ${result.fuzzy} fuzzy, ` +
        `${result.orphaned} orphaned, ${result.added} new`,
    );
    return;
  }
  const result = await createDocument("system", {
    format,
    content,
    title: values.title,
    visibility: values.visibility?.toUpperCase(),
    sourceUrl: values["source-url"],
  });
  console.log(`id: ${result.id}\nslug: ${result.slug}\nclaims: ${result.claimCount}`);
});
