// `npm run eval`: runs extract() over the development set and prints precision, recall and F1.
//   node dist/eval/main.js [--split dev|heldout|all] [--json] [--quiet] [--file <glob>] [--by style|incident] [--dir <devset dir>] [--bare]
//   --bare passes the text alone (no outlet, time or title), as `sitrep extract --json <file>` reads a file without a sidecar.
// Misses and false alarms are listed for dev only, unless --split heldout is asked for explicitly:
// the heldout texts must stay unread by whoever tunes the extractor.
import type { Extraction, ReportMeta } from '../extract/types.js';
import { GoldError } from './gold.js';
import { defaultDevsetDir, globTest, loadDevset, reportMetaOf, SPLITS, type DevReport, type Split } from './devset.js';
import { scoreReport, summarize, type ReportScore, type Summary } from './score.js';
import { formatDetails, formatGroups, formatSummary } from './format.js';

import type { SingularVictim } from '../extract/singular-victims.js';

type ExtractFn = (text: string, meta?: ReportMeta) => { extraction: Extraction; victims: SingularVictim[] };

interface Options {
  split: Split | 'all';
  json: boolean;
  quiet: boolean;
  file?: string;
  /** Also print F1 per report style or incident type (all selected reports together). */
  by?: 'style' | 'incident';
  dir: string;
  /** Text only, no outlet/time/title: how `sitrep extract --json <file>` reads a file without a sidecar. */
  bare?: boolean;
}

const USAGE = 'usage: eval [--split dev|heldout|all] [--json] [--quiet] [--file <glob>] [--by style|incident] [--dir <devset dir>] [--bare]';

function parseArgs(argv: string[]): Options {
  const opts: Options = { split: 'all', json: false, quiet: false, dir: defaultDevsetDir() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--split') {
      const v = next();
      if (v !== 'all' && !(SPLITS as readonly string[]).includes(v)) throw new Error(`--split must be dev, heldout or all\n${USAGE}`);
      opts.split = v as Options['split'];
    } else if (a === '--file') opts.file = next();
    else if (a === '--by') {
      const v = next();
      if (v !== 'style' && v !== 'incident') throw new Error(`--by must be style or incident\n${USAGE}`);
      opts.by = v;
    }
    else if (a === '--dir') opts.dir = next();
    else if (a === '--bare') opts.bare = true;
    else if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return opts;
}

async function loadExtract(): Promise<ExtractFn> {
  // Resolved at run time so the evaluator builds before the extractor exists.
  const url = new URL('../extract/index.js', import.meta.url).href;
  try {
    const mod = (await import(url)) as { extractWithVictims?: ExtractFn };
    if (typeof mod.extractWithVictims !== 'function') throw new Error('src/extract/index.ts exports no extractWithVictims()');
    return mod.extractWithVictims;
  } catch (e) {
    throw new Error(`cannot load the extractor (${url}): ${(e as Error).message}`);
  }
}

function run(extract: ExtractFn, r: DevReport, bare = false): { score: ReportScore; error?: string; extractor?: string } {
  const meta: ReportMeta = bare ? {} : reportMetaOf(r);
  try {
    const { extraction: ex, victims } = extract(r.text, meta);
    return { score: scoreReport({ ...r.gold, file: r.file }, ex.claims ?? [], victims), extractor: `${ex.extractor?.name} ${ex.extractor?.version}` };
  } catch (e) {
    // A crash on one report counts as no predictions there, and is shown.
    return { score: scoreReport({ ...r.gold, file: r.file }, []), error: (e as Error).stack ?? String(e) };
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const splits: readonly Split[] = opts.split === 'all' ? SPLITS : [opts.split];
  const reports = loadDevset(opts.dir, splits, opts.file ? globTest(opts.file) : undefined);
  if (reports.length === 0) throw new Error(`no reports found in ${opts.dir} for split ${opts.split}${opts.file ? ` and --file ${opts.file}` : ''}`);
  const extract = await loadExtract();

  const results = reports.map((r) => ({ split: r.split, gold: r.gold, ...run(extract, r, opts.bare) }));
  const extractor = results.find((r) => r.extractor)?.extractor ?? 'unknown';
  const summaries: Record<string, Summary> = {};
  for (const s of splits) {
    const these = results.filter((r) => r.split === s);
    if (these.length) summaries[s] = summarize(these.map((r) => r.score));
  }
  if (splits.length > 1) summaries.all = summarize(results.map((r) => r.score));
  const errors = results.filter((r) => r.error).map((r) => ({ file: r.score.file, error: r.error! }));

  if (opts.json) {
    console.log(JSON.stringify({ extractor, splits: summaries, errors }, null, 2));
    return;
  }
  console.log(`sitrep eval: extractor ${extractor}, ${reports.length} report(s)\n`);
  for (const [name, s] of Object.entries(summaries)) console.log(formatSummary(name, s));
  if (opts.by) {
    const key = opts.by;
    const groups = new Map<string, ReportScore[]>();
    for (const r of results) {
      const k = r.gold.meta[key] ?? '(none)';
      groups.set(k, [...(groups.get(k) ?? []), r.score]);
    }
    console.log(formatGroups(key, [...groups].map(([k, scores]) => [k, summarize(scores)] as [string, Summary])));
  }
  for (const e of errors) console.log(`ERROR in ${e.file}: extract() threw\n${e.error}\n`);
  if (!opts.quiet) {
    // Heldout details only when asked for by name.
    const shown = opts.split === 'heldout' ? results : results.filter((r) => r.split === 'dev');
    console.log(formatDetails(shown.map((r) => r.score)));
  }
}

main().catch((e: unknown) => {
  if (e instanceof GoldError) console.error(`gold file error: ${e.message}`);
  else console.error((e as Error).message ?? e);
  process.exit(1);
});
