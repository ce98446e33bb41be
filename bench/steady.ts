// `npx tsx bench/steady.ts <tree> [<tree> ...] [--pairs N] [--passes N]`: steady extraction throughput of built
// trees (each `npm run build` first), one fresh node process per tree and pass set, the trees alternating, so that
// each is measured as `npm run bench` runs it (one tree per process, its own JIT warm-up). A process runs the
// development-set prose `passes` times and reports the median of the second half of its passes, in wall time and
// in main-thread CPU time (/proc/thread-self/schedstat on Linux): on a shared host the CPU figure leaves out the
// time spent waiting for a core, which is most of the wall-clock noise, and the compiler threads' work.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type ExtractFn = (text: string, meta?: { outlet?: string }) => unknown;
const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const threadMs = (): number => existsSync('/proc/thread-self/schedstat') ?
  Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6 : process.cpuUsage().user / 1000;

async function child(root: string, passes: number): Promise<void> {
  const { extract } = (await import(pathToFileURL(join(root, 'dist', 'extract', 'index.js')).href)) as { extract: ExtractFn };
  const dirs = ['dev', 'heldout'].map((d) => join(root, 'test', 'fixtures', 'devset', d));
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let p = 0; p < passes; p++) {
    const c0 = threadMs();
    const t0 = performance.now();
    for (const t of texts) extract(t, { outlet: 'Bench Wire' });
    if (p < passes / 2) continue; // warm-up: the JIT is still at work
    wall.push(bytes / MB / ((performance.now() - t0) / 1000));
    cpu.push(bytes / MB / ((threadMs() - c0) / 1000));
  }
  console.log(JSON.stringify({ wall: median(wall), cpu: median(cpu) }));
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
if (args[0] === '--child') {
  await child(resolve(args[1]), Number(args[2]));
} else {
  const pairs = opt('--pairs', 3);
  const passes = opt('--passes', 12);
  const trees = args.map((a) => resolve(a));
  if (trees.length === 0) throw new Error('usage: npx tsx bench/steady.ts <tree> [<tree> ...] [--pairs N] [--passes N]');
  const runs = new Map<string, Array<{ wall: number; cpu: number }>>(trees.map((t) => [t, []]));
  for (let i = 0; i < pairs; i++) {
    for (const t of trees) {
      const out = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', t, String(passes)],
        { encoding: 'utf8' });
      runs.get(t)!.push(JSON.parse(out.trim().split('\n').pop()!));
    }
  }
  console.log(`${pairs} processes per tree, ${passes} passes each over the development set (MB/s, median of the second half)`);
  for (const [t, rs] of runs) {
    console.log(`${t.padEnd(28)} cpu ${rs.map((r) => r.cpu.toFixed(2)).join(' ')} (median ${median(rs.map((r) => r.cpu)).toFixed(2)})` +
      `   wall ${rs.map((r) => r.wall.toFixed(2)).join(' ')}`);
  }
}
