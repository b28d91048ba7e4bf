// Curly and straight apostrophes, case and runs of spaces differ between versions of an article; quotes match either way.
const normal = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, " ").toLowerCase();

/** The first entry whose quote the claim's text contains. */
export function matchEntry<T extends { quote: string }>(text: string, entries: T[]): T | undefined {
  const haystack = normal(text);
  return entries.find((entry) => haystack.includes(normal(entry.quote)));
}

/** How many times a quote occurs in a text, matched as matchEntry does. */
export function occurrences(text: string, quote: string): number {
  return normal(text).split(normal(quote)).length - 1;
}
