import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations, fetchCitationMetadata, listCitations } from "@/lib/citations/citations";
import { formatReference } from "@/lib/citations/csl";
import { db } from "@/lib/db/client";
import { assignReviewer } from "@/lib/editorial/assignments";
import { makeActor, makeDocument } from "./support";

/**
 * Citation metadata looked up by identifier, against a local HTTP server that answers like doi.org, NCBI
 * E-utilities, the arXiv API and Open Library (recorded-shape fixtures: tests/fixtures/citation-metadata).
 */
const FIXTURES = path.join(import.meta.dirname, "../fixtures/citation-metadata");
const ROUTES: Record<string, [string, string]> = {
  "/doi/10.1038/s41586-020-2649-2": ["doi-numpy.json", "application/vnd.citationstyles.csl+json"],
  "/eutils/esummary.fcgi?db=pubmed&id=31978945&retmode=json": ["esummary-pubmed-31978945.json", "application/json"],
  "/eutils/esummary.fcgi?db=pmc&id=7092803&retmode=json": ["esummary-pmc-7092803.json", "application/json"],
  "/arxiv?id_list=1706.03762&max_results=1": ["arxiv-1706.03762.atom", "application/atom+xml"],
  "/openlibrary/api/books?bibkeys=ISBN:9780007240197&format=json&jscmd=data": [
    "openlibrary-9780007240197.json",
    "application/json",
  ],
};

const requests: { url: string; accept: string }[] = [];
let up = true;
const server = http.createServer((req, res) => {
  requests.push({ url: req.url!, accept: String(req.headers.accept) });
  if (!up) {
    res.writeHead(503).end();
    return;
  }
  const route = ROUTES[req.url!];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": route[1] }).end(fs.readFileSync(path.join(FIXTURES, route[0])));
});

let reviewer: NonNullable<Actor>;
let claimIds: string[];
const cite = (claimId: string, identifier: string, title?: string) =>
  addCitations(reviewer, { source: "identifier", claimId, identifier, stance: "SUPPORTS", title });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CITATION_METADATA_DOI_URL = `${base}/doi`;
  process.env.CITATION_METADATA_NCBI_URL = `${base}/eutils`;
  process.env.CITATION_METADATA_ARXIV_URL = `${base}/arxiv`;
  process.env.CITATION_METADATA_OPENLIBRARY_URL = `${base}/openlibrary`;
  process.env.CITATION_METADATA_TIMEOUT_MS = "5000";
  const editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  const doc = await makeDocument(editor, "Mice ran further. Rats slept longer. Dogs barked less. Cats purred more.");
  await assignReviewer(editor, { documentId: doc.id, reviewerId: reviewer.id });
  claimIds = (await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).map(
    (c) => c.id,
  );
  // Another run of this suite (or an earlier test database) may have cached these works: start from the registry.
  await db.citationMetadata.deleteMany({
    where: {
      key: {
        in: [
          "DOI:10.1038/s41586-020-2649-2",
          "PMID:31978945",
          "PMCID:PMC7092803",
          "ARXIV:1706.03762",
          "ISBN:9780007240197",
          "DOI:10.1000/unknown.1",
        ],
      },
    },
  });
});
const ENV = [
  "CITATION_METADATA_DOI_URL",
  "CITATION_METADATA_NCBI_URL",
  "CITATION_METADATA_ARXIV_URL",
  "CITATION_METADATA_OPENLIBRARY_URL",
  "CITATION_METADATA_TIMEOUT_MS",
];
const savedEnv = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
afterAll(async () => {
  // Later files in this worker must not reach a closed server.
  for (const name of ENV) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  server.close();
  await db.$disconnect();
});

describe("citation metadata by identifier", () => {
  it("fetches DOI (CSL-JSON by content negotiation), PMID, PMCID, arXiv and ISBN metadata into the citation", async () => {
    const [doi] = await cite(claimIds[0]!, "https://doi.org/10.1038/S41586-020-2649-2");
    expect(doi!.csl).toMatchObject({
      title: "Array programming with NumPy",
      "container-title": "Nature",
      volume: "585",
    });
    expect(doi!.metadata).toBe("OK");
    expect(doi!.apa).toMatch(
      /^Harris, C\. R\., Millman, K\. J\., & van der Walt, S\. J\. \(2020\)\. Array programming with NumPy\. Nature/,
    );
    expect(requests.find((r) => r.url.startsWith("/doi/"))!.accept).toBe("application/vnd.citationstyles.csl+json");

    const [pmid] = await cite(claimIds[0]!, "PMID: 31978945");
    expect(pmid!.csl).toMatchObject({
      title: "A Novel Coronavirus from Patients with Pneumonia in China, 2019",
      "container-title": "The New England journal of medicine",
      DOI: "10.1056/NEJMoa2001017",
      issued: { "date-parts": [[2020, 2, 20]] },
    });
    const [pmc] = await cite(claimIds[1]!, "PMC7092803");
    expect(pmc!.csl).toMatchObject({ PMID: "31978945", page: "727-733" });
    const [arxiv] = await cite(claimIds[1]!, "arXiv:1706.03762");
    expect(arxiv!.csl).toMatchObject({ title: "Attention Is All You Need", number: "1706.03762" });
    expect(arxiv!.csl.author).toEqual([
      { family: "Vaswani", given: "Ashish" },
      { family: "Shazeer", given: "Noam" },
      { family: "Parmar", given: "Niki" },
    ]);
    const [isbn] = await cite(claimIds[1]!, "978-0-00-724019-7");
    expect(isbn!.csl).toMatchObject({ type: "book", title: "Bad Science", publisher: "Fourth Estate" });
    expect(
      await db.citationMetadata.count({
        where: { key: { in: ["DOI:10.1038/s41586-020-2649-2", "ISBN:9780007240197"] } },
      }),
    ).toBe(2);
  });

  it("answers from the Postgres cache the second time", async () => {
    const before = requests.length;
    const [again] = await cite(claimIds[2]!, "10.1038/s41586-020-2649-2");
    expect(again!.csl.title).toBe("Array programming with NumPy");
    expect(requests.length).toBe(before);
  });

  it("a title given by hand wins over the registry's", async () => {
    const [mine] = await cite(claimIds[3]!, "10.1038/s41586-020-2649-2", "NumPy paper");
    expect(mine!.csl.title).toBe("NumPy paper");
    expect(mine!.csl.author).toHaveLength(3);
  });

  it("while the registry is down: a clean identifier reference marked 'not fetched'; a retry fills it in later", async () => {
    up = false;
    const [pending] = await cite(claimIds[3]!, "PMID:31978945");
    // The PubMed answer was cached by the first test: served while the registry is down.
    expect(pending!.metadata).toBe("OK");
    await db.citationMetadata.deleteMany({ where: { key: "PMCID:PMC7092803" } });
    const [bare] = await cite(claimIds[2]!, "PMC7092803");
    expect(bare!.metadata).toBe("NOT_FETCHED");
    expect(bare!.apa).toBe("PMCID: PMC7092803");
    expect(bare!.vancouver).toBe("PMCID: PMC7092803");
    const still = await fetchCitationMetadata(reviewer, { citationId: bare!.id, version: bare!.version });
    expect(still.metadata).toBe("NOT_FETCHED");
    expect(still.metadataError).toMatch(/answered 503/);
    up = true;
    const fetched = await fetchCitationMetadata(reviewer, { citationId: bare!.id, version: bare!.version });
    expect(fetched.metadata).toBe("OK");
    expect(fetched.metadataError).toBeUndefined();
    expect(fetched.csl.title).toBe("A Novel Coronavirus from Patients with Pneumonia in China, 2019");
    expect((await listCitations(reviewer, claimIds[2]!)).find((c) => c.id === bare!.id)!.version).toBe(
      bare!.version + 1,
    );
  });

  it("an identifier the registry does not know stays a clean reference, never mangled", async () => {
    const [unknown] = await cite(claimIds[0]!, "10.1000/unknown.1");
    expect(unknown!.metadata).toBe("NOT_FETCHED");
    expect(unknown!.apa).toBe("doi:10.1000/unknown.1");
    const retried = await fetchCitationMetadata(reviewer, { citationId: unknown!.id, version: unknown!.version });
    expect(retried.metadataError).toMatch(/does not know 10\.1000\/unknown\.1/);
  });

  it("formats identifier-only items as identifiers in every style (reading page and exports)", () => {
    for (const style of ["apa", "vancouver"] as const) {
      expect(
        formatReference(
          { type: "article-journal", title: "10.1038/s41586-020-2649-2", DOI: "10.1038/s41586-020-2649-2" },
          style,
        ),
      ).toBe("doi:10.1038/s41586-020-2649-2");
      expect(
        formatReference(
          {
            type: "article-journal",
            title: "2101.00001",
            number: "2101.00001",
            URL: "https://arxiv.org/abs/2101.00001",
          },
          style,
        ),
      ).toBe("arXiv:2101.00001");
      expect(
        formatReference(
          {
            type: "article-journal",
            title: "31978945",
            PMID: "31978945",
            URL: "https://pubmed.ncbi.nlm.nih.gov/31978945/",
          },
          style,
        ),
      ).toBe("PMID: 31978945");
    }
  });
});
