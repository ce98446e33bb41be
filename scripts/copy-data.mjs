// Copies non-TypeScript data files (lexicons, SQL, web assets) from src/ to dist/ after tsc.
import { cpSync, existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';

const DATA = new Set(['.txt', '.json', '.sql', '.tsv', '.css', '.html', '.svg', '.js']);
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
if (existsSync('src')) walk('src');
