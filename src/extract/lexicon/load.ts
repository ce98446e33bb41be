// Loads the comment-annotated data files in this directory once per process.
// Files are read relative to import.meta.url so the same code works from src/ (vitest) and dist/ (node).
import { loadLexicon } from '../../lexicon/rows.js';

/**
 * Lines of a lexicon file in this directory, '#' comments and blank lines removed, each line split into
 * fields on '|' (trimmed). A line without '|' is one field.
 */
export function lexiconRows(file: string): string[][] {
  return loadLexicon(new URL(`./${file}`, import.meta.url));
}

// file → role → words; two maps rather than a "file|role" key, since rules ask per sentence or per token and
// building the key string each time was most of the cost of a call
const byRole = new Map<string, Map<string, Set<string>>>();
/**
 * The words (first field, lower-cased) of the rows whose second field is `role`, read once per file and role:
 * "word | role" files such as figure-words.txt.
 */
export function lexiconRole(file: string, role: string): Set<string> {
  let roles = byRole.get(file);
  if (!roles) {
    roles = new Map();
    byRole.set(file, roles);
  }
  let words = roles.get(role);
  if (!words) {
    words = new Set(lexiconRows(file).filter((r) => r[1] === role).map((r) => r[0].toLowerCase()));
    roles.set(role, words);
  }
  return words;
}

/** The first field of every row, lower-cased: a plain word list. */
export function lexiconWords(file: string): Set<string> {
  return new Set(lexiconRows(file).map((r) => r[0].toLowerCase()));
}
