// The format of every lexicon data file: '#' starts a comment, blank lines are skipped, and each line is
// split into fields on '|' (trimmed). Files are read once per process; callers pass a URL relative to their
// own module so the same code works from src/ (vitest) and dist/ (node).
import { readFileSync } from 'node:fs';

const cache = new Map<string, string[][]>();

export function parseLexicon(raw: string): string[][] {
  const rows: string[][] = [];
  for (const line of raw.split('\n')) {
    const hash = line.indexOf('#');
    const body = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (body === '') continue;
    rows.push(body.split('|').map((f) => f.trim()));
  }
  return rows;
}

export function loadLexicon(url: URL): string[][] {
  const hit = cache.get(url.href);
  if (hit) return hit;
  const rows = parseLexicon(readFileSync(url, 'utf8'));
  cache.set(url.href, rows);
  return rows;
}
