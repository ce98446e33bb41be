// Killed mid-batch, the store holds whole reports only; running the batch again finishes the job.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { openStore } from '../../src/store/index.js';
import { FIXTURES, MAIN, sitrep, tempStore } from '../cli/run.js';

const tmp = tempStore();
afterAll(() => tmp.cleanup());

const FILES = 1500;

it('SIGKILL during ingest leaves only complete reports, and a rerun stores the rest', async () => {
  const dir = join(tmp.dir, 'many');
  mkdirSync(dir);
  const base = readFileSync(join(FIXTURES, 'batch', 'ferry-capsized.txt'), 'utf8');
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), `${base}This is copy ${i}.\n`);

  const child = spawn(process.execPath, [MAIN, 'ingest', '--verbose', '--incident', 'crash-test', dir], {
    env: { ...process.env, SITREP_DB: tmp.db },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = 0;
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    printed += chunk.split('\n').filter((l) => l.startsWith('stored')).length;
    if (printed >= 100) child.kill('SIGKILL');
  });
  expect(await exited).toBe('SIGKILL');

  const store = await openStore(tmp.db);
  const rows = await store.incidentClaims('crash-test');
  await store.close();
  expect(rows.length).toBeGreaterThanOrEqual(100);
  expect(rows.length).toBeLessThan(FILES);
  const expected = extract(base).claims.length;
  for (const r of rows) {
    expect(r.claims.length).toBe(extract(r.report.text).claims.length);
    expect(r.claims.length).toBe(expected);
  }

  const rerun = sitrep(['ingest', '--incident', 'crash-test', dir], { env: { SITREP_DB: tmp.db } });
  expect(rerun.code).toBe(0);
  expect(rerun.stdout).toContain(`${FILES} files: ${FILES - rows.length} stored, ${rows.length} unchanged, 0 refused`);
});
