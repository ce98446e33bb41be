// Loads the comment-annotated data files of reconcile once per process.
// Read relative to import.meta.url so the same code works from src/ (vitest) and dist/ (node).
import { readFileSync } from 'node:fs';

const cache = new Map<string, string[][]>();

/** Lines of a lexicon file without '#' comments and blank lines, each split on '|' (trimmed). */
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
