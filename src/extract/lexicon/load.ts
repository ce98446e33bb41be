// Loads the comment-annotated data files in this directory once per process.
// Files are read relative to import.meta.url so the same code works from src/ (vitest) and dist/ (node).
import { readFileSync } from 'node:fs';

const cache = new Map<string, string[][]>();

/**
 * Lines of a lexicon file, '#' comments and blank lines removed, each line split into
 * fields on '|' (trimmed). A line without '|' is one field.
 */
export function lexiconRows(file: string): string[][] {
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const rows: string[][] = [];
  for (const line of raw.split('\n')) {
    const hash = line.indexOf('#');
    const body = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (body === '') continue;
    rows.push(body.split('|').map((f) => f.trim()));
  }
  cache.set(file, rows);
  return rows;
}

/** The first field of every row, lower-cased: a plain word list. */
export function lexiconWords(file: string): Set<string> {
  return new Set(lexiconRows(file).map((r) => r[0].toLowerCase()));
}
