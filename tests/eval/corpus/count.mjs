// Prints the corpus counts (per split: articles, claims per tier, hard claims) and checks that every labelled
// claim and non-claim occurs verbatim, in order for claims, in its article's visible text.
// Run: node tests/eval/corpus/count.mjs  (exits 1 on any mismatch)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const TIERS = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", "ESTABLISHED", "AMBIGUOUS"];
// Inline elements join their text to the neighbours; every other tag separates text like a space.
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "cite",
  "code",
  "em",
  "i",
  "q",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
]);
const ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  copy: "©",
  middot: "·",
  rarr: "→",
  times: "×",
  deg: "°",
  micro: "µ",
};

export const normalise = (text) => text.replace(/\s+/g, " ").trim();

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

function htmlText(raw) {
  const withoutHidden = raw.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ");
  const withoutTags = withoutHidden.replace(/<\/?([a-z0-9]+)\b[^>]*>/gi, (_, tag) =>
    INLINE.has(tag.toLowerCase()) ? "" : " ",
  );
  return decodeEntities(withoutTags);
}

function markdownLine(line) {
  const trimmed = line.trim();
  if (/^\|[\s:|-]+\|$/.test(trimmed)) return "";
  if (trimmed.startsWith("|")) {
    return trimmed
      .slice(1, trimmed.endsWith("|") ? -1 : undefined)
      .split("|")
      .map((cell) => cell.trim())
      .join(" ");
  }
  if (/^([-*_])\1{2,}$/.test(trimmed)) return "";
  return trimmed
    .replace(/^(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|\*|__|_)(\S(?:.*?\S)?)\1/g, "$2");
}

/** The text a reader sees: tags, comments, list bullets, heading hashes and table pipes removed. */
export function visibleText(format, raw) {
  if (format === "html") return normalise(htmlText(raw));
  if (format === "md")
    return normalise(
      raw
        .replace(/<!--[\s\S]*?-->/g, " ")
        .split("\n")
        .map(markdownLine)
        .join("\n"),
    );
  return normalise(
    raw
      .split("\n")
      .map((line) => line.trim().replace(/^[•·▪●◦-]\s+/, ""))
      .join("\n"),
  );
}

function checkArticle(dir, labelsFile) {
  const labels = JSON.parse(readFileSync(join(dir, labelsFile), "utf8"));
  const slug = labelsFile.replace(/\.labels\.json$/, "");
  const text = visibleText(labels.format, readFileSync(join(dir, `${slug}.${labels.format}`), "utf8"));
  const problems = [];
  let cursor = 0;
  for (const claim of labels.claims) {
    if (!TIERS.includes(claim.tier)) problems.push(`${slug}: unknown tier ${claim.tier}`);
    const at = text.indexOf(normalise(claim.text), cursor);
    if (at < 0) {
      problems.push(`${slug}: claim not found (in order): "${claim.text}"`);
    } else {
      cursor = at + normalise(claim.text).length;
    }
  }
  for (const line of labels.notClaims) {
    if (!text.includes(normalise(line))) problems.push(`${slug}: non-claim not found: "${line}"`);
  }
  return { labels, problems };
}

function main() {
  const root = dirname(fileURLToPath(import.meta.url));
  let failed = false;
  const total = { articles: 0, claims: 0, hard: 0 };
  for (const split of ["dev", "test", "valid"]) {
    const dir = join(root, split);
    const files = readdirSync(dir).filter((f) => f.endsWith(".labels.json"));
    const tiers = Object.fromEntries(TIERS.map((t) => [t, { all: 0, hard: 0 }]));
    const formats = {};
    let claims = 0;
    let hard = 0;
    let notClaims = 0;
    for (const file of files) {
      const { labels, problems } = checkArticle(dir, file);
      for (const p of problems) console.error(`MISMATCH ${split}/${p}`);
      failed ||= problems.length > 0;
      formats[labels.format] = (formats[labels.format] ?? 0) + 1;
      notClaims += labels.notClaims.length;
      for (const c of labels.claims) {
        claims++;
        tiers[c.tier].all++;
        if (c.hard) {
          hard++;
          tiers[c.tier].hard++;
        }
      }
    }
    const scored = TIERS.slice(0, 3).reduce((n, t) => n + tiers[t].all, 0);
    console.log(`${split}: ${files.length} articles (${JSON.stringify(formats)}), ${claims} claims, ${hard} hard`);
    console.log(`  scored tiers: ${scored} claims; non-claims: ${notClaims}`);
    for (const t of TIERS) console.log(`  ${t.padEnd(18)} ${String(tiers[t].all).padStart(4)}  hard ${tiers[t].hard}`);
    total.articles += files.length;
    total.claims += claims;
    total.hard += hard;
  }
  const share = total.claims ? Math.round((100 * total.hard) / total.claims) : 0;
  console.log(`total: ${total.articles} articles, ${total.claims} claims, ${total.hard} hard (${share} %)`);
  if (failed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
