// Loads the comment-annotated data files of reconcile once per process.
// Read relative to import.meta.url so the same code works from src/ (vitest) and dist/ (node).
import { loadLexicon } from '../../lexicon/rows.js';

/** Lines of a lexicon file in this directory without '#' comments and blank lines, each split on '|'. */
export function lexiconRows(file: string): string[][] {
  return loadLexicon(new URL(`./${file}`, import.meta.url));
}
