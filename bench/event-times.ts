// `npx tsx bench/event-times.ts [dump.tsv]`: every event's time on the development set, written as a
// sorted TSV so two versions of the time resolver can be diffed, plus a count of the date parser's
// calls and their time. Each report is run three ways: with its header metadata (as the eval passes
// it), bare (as `sitrep extract --json <file>`), and with an outlet only (as `npm run bench`).
// Held-out reports are inputs to the diff only: their rows carry a hash of the time, not its words,
// and their windows are counted but never shown.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/extract/index.js';
import { loadDevset, reportMetaOf } from '../src/eval/devset.js';
import { countDateParserCalls } from './date-parser-calls.js';
import type { ReportMeta } from '../src/extract/types.js';

// Count every date parse, whichever Chrono instance makes it; dev windows are kept to be shown.
const parser = countDateParserCalls();
const windows = new Map<string, number>();
let showWindows = false;
parser.onParse = (w) => { if (showWindows) windows.set(w, (windows.get(w) ?? 0) + 1); };

const reports = loadDevset();
const modes: Array<[string, (m: ReportMeta) => ReportMeta]> = [
  ['meta', (m) => m],
  ['bare', () => ({})],
  ['outlet', () => ({ outlet: 'Bench Wire' })],
];
const rows: string[] = [];
let events = 0;
let timed = 0;
const t0 = performance.now();
for (const r of reports) {
  const meta = reportMetaOf(r);
  showWindows = r.split === 'dev';
  for (const [mode, pick] of modes) {
    for (const c of extract(r.text, pick(meta)).claims) {
      if (c.type !== 'event') continue;
      events++;
      if (c.time) timed++;
      const time = `${c.time?.text ?? '-'}\t${c.time?.iso ?? '-'}`;
      const shown = showWindows ? time : createHash('sha256').update(time).digest('hex').slice(0, 16);
      rows.push([r.file, mode, c.id, c.span.start, shown].join('\t'));
    }
  }
}
const totalMs = performance.now() - t0;

const out = process.argv[2];
if (out) writeFileSync(out, rows.sort().join('\n') + '\n');
console.log(`${reports.length} reports x ${modes.length} modes: ${events} events, ${timed} with a time`);
console.log(`date parser: ${parser.calls} calls, ${parser.ms.toFixed(0)} ms of ${totalMs.toFixed(0)} ms extraction (${(100 * parser.ms / totalMs).toFixed(1)} %), ${(1000 * parser.ms / Math.max(1, parser.calls)).toFixed(0)} us a call`);
console.log(`distinct dev windows: ${windows.size}`);
if (process.env.SHOW_WINDOWS) {
  // Dev windows only, digits folded, most frequent first.
  const shapes = new Map<string, number>();
  for (const [w, n] of windows) {
    const shape = w.replace(/\d+/g, '9');
    shapes.set(shape, (shapes.get(shape) ?? 0) + n);
  }
  for (const [s, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SHOW_WINDOWS))) console.log(`${n}\t${s}`);
}
