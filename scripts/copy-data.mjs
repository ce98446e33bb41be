// Copies non-TypeScript data files (lexicons, SQL, web assets) from src/ to dist/ after tsc, and removes data
// files from dist/ whose source is gone: a migration or lexicon deleted from src/ must not live on in dist/
// (a stale migration would upgrade stores to a schema the code does not know).
import { cpSync, existsSync, readdirSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';

const DATA = new Set(['.txt', '.json', '.sql', '.tsv', '.css', '.html', '.svg', '.js']);
/** Data kinds only ever copied, never made by tsc: safe to remove from dist/ when src/ has none. */
const COPIED_ONLY = new Set(['.txt', '.sql', '.tsv', '.css', '.html', '.svg']);

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (DATA.has(extname(name)) && !name.endsWith('.d.ts')) {
      const out = join('dist', p.slice('src/'.length));
      mkdirSync(dirname(out), { recursive: true });
      cpSync(p, out);
    }
  }
}

function prune(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) prune(p);
    else if (COPIED_ONLY.has(extname(name)) && !existsSync(join('src', p.slice('dist/'.length)))) rmSync(p);
  }
}

if (existsSync('src')) walk('src');
if (existsSync('dist')) prune('dist');
