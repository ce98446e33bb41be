// `npx tsx bench/claims-digest.ts [root] > digest.tsv`: a hash of extract()'s whole output (figure and
// event claims, every field) for each development-set report, run with its header metadata, bare and
// with an outlet only, plus the generated dense corpus. Two trees that print the same digest extract the
// same claims; a speed-up must leave it unchanged. Held-out reports appear only as hashes.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDevset, reportMetaOf } from '../src/eval/devset.js';
import { corpus } from './corpus.js';
import type { Extraction, ReportMeta } from '../src/extract/types.js';

type ExtractFn = (text: string, meta?: ReportMeta) => Extraction;
const root = resolve(process.argv[2] ?? '.');
const { extract } = (await import(pathToFileURL(join(root, 'src', 'extract', 'index.ts')).href)) as { extract: ExtractFn };

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
const rows: string[] = [];
for (const r of loadDevset()) {
  const meta = reportMetaOf(r);
  const modes: Array<[string, ReportMeta | undefined]> = [['meta', meta], ['bare', undefined], ['outlet', { outlet: 'Bench Wire' }]];
  for (const [mode, m] of modes) rows.push(`${r.file}\t${mode}\t${hash(extract(r.text, m).claims)}`);
}
corpus(512 * 1024, 11).forEach((t, i) => rows.push(`dense/${i}\toutlet\t${hash(extract(t, { outlet: 'Bench Wire' }).claims)}`));
console.log(rows.join('\n'));
