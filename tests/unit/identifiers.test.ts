import { describe, expect, it } from "vitest";
import { IdentifierError, parseIdentifier } from "@/lib/citations/identifiers";

describe("parseIdentifier", () => {
  it.each([
    ["10.1038/S41586-020-2649-2", "DOI", "10.1038/s41586-020-2649-2"],
    ["https://doi.org/10.1016/j.cell.2020.01.001", "DOI", "10.1016/j.cell.2020.01.001"],
    ["doi: 10.1002/14651858.CD012345", "DOI", "10.1002/14651858.cd012345"],
    ["PMID: 31978945", "PMID", "31978945"],
    ["https://pubmed.ncbi.nlm.nih.gov/31978945/", "PMID", "31978945"],
    ["pmc7092803", "PMCID", "PMC7092803"],
    ["arXiv:2101.00001v2", "ARXIV", "2101.00001v2"],
    ["q-bio/0501001", "ARXIV", "q-bio/0501001"],
    ["ISBN 0-306-40615-2", "ISBN", "9780306406157"],
    ["978-0-306-40615-7", "ISBN", "9780306406157"],
    ["https://example.org/study#results", "URL", "https://example.org/study"],
  ])("recognises %s as %s", (raw, type, value) => {
    expect(parseIdentifier(raw)).toMatchObject({ type, value });
  });

  it("checks the type it was told", () => {
    expect(parseIdentifier("31978945", "PMID").url).toBe("https://pubmed.ncbi.nlm.nih.gov/31978945/");
    expect(() => parseIdentifier("10.1038/x", "PMID")).toThrow(/not a valid PMID: a PMID is up to 8 digits/);
  });

  it.each(["", "10.12/x", "hello world", "javascript:alert(1)", "ftp://example.org/x", "0-306-40615-3", "123456789"])(
    "refuses %j with a clear message",
    (raw) => {
      expect(() => parseIdentifier(raw)).toThrow(IdentifierError);
    },
  );
});
