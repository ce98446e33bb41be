// `npx tsx bench/ab.ts <other-worktree> [rounds] [dense]`: extraction throughput of this tree against another
// checkout (e.g. the base of a branch), in one process, rounds alternating A B A B so that both see the
// same neighbours on a shared machine. Prints the best and median round of each, in wall and CPU time.
// The corpus is `npm run bench`'s development-set prose (outlet only, as there), or with `dense` its generated
// dense figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { countDateParserCalls } from './date-parser-calls.js';
import { corpus as denseCorpus } from './corpus.js';

type ExtractFn = (text: string, meta?: { outlet?: string }) => { claims: unknown[] };

const other = process.argv[2];
if (!other) throw new Error('usage: npx tsx bench/ab.ts <other-worktree> [rounds]');
const rounds = Number(process.argv[3] ?? 6);
const MB = 1024 * 1024;

async function load(root: string): Promise<ExtractFn> {
  const mod = (await import(pathToFileURL(join(resolve(root), 'src', 'extract', 'index.ts')).href)) as { extract: ExtractFn };
  return mod.extract;
}

function corpus(bytes: number): string[] {
  const dirs = ['dev', 'heldout'].map((d) => join('test', 'fixtures', 'devset', d));
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  const out: string[] = [];
  let total = 0;
  while (total < bytes && texts.length) for (const t of texts) { out.push(t); total += Buffer.byteLength(t); }
  return out;
}

const variants: Array<[string, ExtractFn]> = [['this', await load('.')], [`other (${other})`, await load(other)]];
const reports = process.argv[4] === 'dense' ? denseCorpus(2 * MB, 11) : corpus(2 * MB);
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r), 0);
for (const [, fn] of variants) for (const r of reports.slice(0, 200)) fn(r, { outlet: 'Bench Wire' }); // warm-up

// Time inside the date parser, whichever tree calls it (both load the same chrono-node).
const parser = countDateParserCalls();

const wall: number[][] = variants.map(() => []);
const cpu: number[][] = variants.map(() => []);
const inParser: number[][] = variants.map(() => []);
const calls = variants.map(() => 0);
for (let round = 0; round < rounds; round++) {
  variants.forEach(([, fn], v) => {
    parser.calls = 0;
    parser.ms = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const r of reports) fn(r, { outlet: 'Bench Wire' });
    wall[v].push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu[v].push((c.user + c.system) / 1000);
    inParser[v].push(parser.ms);
    calls[v] = parser.calls;
  });
}

// Fine interleaving: chunks of 50 reports, A then B then B then A, so that a neighbour's burst of work lands on
// both alike; the totals over every chunk give a ratio that the rounds above, seconds apart, are too noisy for.
const fine = [0, 0];
for (let round = 0; round < rounds; round++) {
  for (let c = 0; c < reports.length; c += 50) {
    const chunk = reports.slice(c, c + 50);
    const order = (c / 50 + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const v of order) {
      const t0 = performance.now();
      for (const r of chunk) variants[v][1](r, { outlet: 'Bench Wire' });
      fine[v] += performance.now() - t0;
    }
  }
}

const mbs = (ms: number) => (bytes / MB / (ms / 1000)).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${reports.length} reports, ${(bytes / MB).toFixed(2)} MB, ${rounds} rounds each (MB/s: best / median)`);
variants.forEach(([name], v) => {
  console.log(`${name.padEnd(36)} wall ${mbs(Math.min(...wall[v]))} / ${mbs(median(wall[v]))}   cpu ${mbs(Math.min(...cpu[v]))} / ${mbs(median(cpu[v]))}`
    + `   date parser: ${calls[v]} calls, ${median(inParser[v]).toFixed(0)} ms of ${median(wall[v]).toFixed(0)} ms (${(100 * median(inParser[v]) / median(wall[v])).toFixed(1)} %)`);
});

console.log(`interleaved in chunks of 50 reports: this ${mbs(fine[0] / rounds)} MB/s, other ${mbs(fine[1] / rounds)} MB/s, `
  + `this takes ${(100 * fine[0] / fine[1]).toFixed(1)} % of other's time`);

// Event-time resolution alone: every window the other tree gives the date parser (with a base tree that
// is every window), resolved by chrono-node alone and by this tree's quick forms with chrono behind them.
const { chronoTime } = await import('../src/extract/events/time.js');
const { quickTime } = await import('../src/extract/events/time-forms.js');
const windows: Array<[string, Date | undefined]> = [];
// time.ts passes 1 January 2000 when the report has no publish time.
parser.onParse = (w, ref) => windows.push([w, ref.getTime() === new Date(2000, 0, 1).getTime() ? undefined : ref]);
const devOnce = corpus(1);
for (const r of devOnce) variants[1][1](r, { outlet: 'Bench Wire' });
parser.restore();
const resolvers: Array<[string, (w: string, ref: Date | undefined) => unknown]> = [
  ['chrono only', (w, ref) => chronoTime(w, ref)],
  ['quick forms, then chrono', (w, ref) => quickTime(w, ref) ?? chronoTime(w, ref)],
];
const quick = windows.filter(([w, ref]) => quickTime(w, ref) !== null).length;
const best = resolvers.map(() => Infinity);
for (let round = 0; round < rounds; round++) {
  resolvers.forEach(([, fn], v) => {
    const c0 = process.cpuUsage();
    for (let k = 0; k < 5; k++) for (const [w, ref] of windows) fn(w, ref);
    const c = process.cpuUsage(c0);
    best[v] = Math.min(best[v], (c.user + c.system) / 5 / windows.length);
  });
}
console.log(`\nevent-time windows of one pass over the ${devOnce.length} texts: ${windows.length}, ${quick} in a quick form (best CPU us a window)`);
resolvers.forEach(([name], v) => console.log(`${name.padEnd(36)} ${best[v].toFixed(1)} us`));
