// Child processes run plain node, which cannot load our TypeScript: compile just the store
// (src/store + the claim types it imports) into a cache dir keyed by the sources' hash.
// Independent of dist/ so a half-built tree elsewhere in the repo cannot break these tests.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  }).sort();
}

/** Absolute path of the compiled store's index.js (exports openStore). */
export function compiledStore(): string {
  const sources = [...files(join(ROOT, 'src/store')), join(ROOT, 'src/extract/types.ts')];
  const h = createHash('sha256');
  for (const f of sources) h.update(relative(ROOT, f)).update(readFileSync(f));
  // Under node_modules so the compiled code resolves better-sqlite3 and pg from the repo.
  const out = join(ROOT, 'node_modules/.cache', `sitrep-store-${h.digest('hex').slice(0, 16)}`);
  const entry = join(out, 'store/index.js');
  if (existsSync(entry)) {
    pruneOlder(out);
    return entry;
  }

  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/typescript/bin/tsc'), '--outDir', tmp, '--rootDir', join(ROOT, 'src'),
    '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--strict',
    '--esModuleInterop', '--skipLibCheck', '--types', 'node', join(ROOT, 'src/store/index.ts'),
  ], { cwd: ROOT, stdio: 'pipe' });
  for (const f of sources.filter((p) => p.endsWith('.sql'))) {
    const dest = join(tmp, relative(join(ROOT, 'src'), f));
    mkdirSync(join(dest, '..'), { recursive: true });
    cpSync(f, dest);
  }
  // Inside node_modules Node does not look at the repo's package.json: mark the dir as ESM.
  writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
  try {
    renameSync(tmp, out);
  } catch {
    // Another test file compiled the same sources first.
    rmSync(tmp, { recursive: true, force: true });
  }
  pruneOlder(out);
  return entry;
}

/** Builds of older sources are of no further use. */
function pruneOlder(current: string): void {
  const cache = join(current, '..');
  for (const name of readdirSync(cache)) {
    const p = join(cache, name);
    if (/^sitrep-store-[0-9a-f]{16}$/.test(name) && p !== current) rmSync(p, { recursive: true, force: true });
  }
}
