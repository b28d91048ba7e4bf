import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn's list of the ~49,000 passwords found most often in breach corpora, lower-cased as people type them.
const COMMON = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

/** One short unit repeated ("aaaaaaaaaaaa", "abcabcabcabc"), or a run of consecutive characters ("abcdefghijkl"). */
function isRepetitiveOrSequential(password: string): boolean {
  if (/^(.{1,4})\1+$/su.test(password)) return true;
  const codes = [...password].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step);
}

/**
 * Whether a password is one an attacker tries first (NIST SP 800-63B §5.1.1.2: compare against breached and
 * commonly used passwords and repetitive or sequential characters). A common word with digits or symbols tacked on
 * ("iloveyou1234", "summer2024!") is as guessable as the word.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (isRepetitiveOrSequential(lower) || COMMON.has(lower)) return true;
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return stem.length >= 4 && COMMON.has(stem);
}
