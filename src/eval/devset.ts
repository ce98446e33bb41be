// Reads the development set from disk: every report NNN-slug.txt with its gold file NNN-slug.gold
// (or .gold.tsv) in test/fixtures/devset/{dev,heldout}.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportMeta } from '../extract/types.js';
import { parseGold, type GoldReport } from './gold.js';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface DevReport {
  split: Split;
  /** Path relative to the devset directory, e.g. "dev/000-seed-jaffar-express.txt". */
  file: string;
  text: string;
  gold: GoldReport;
}

/** The metadata a report's gold header gives the extractor (only the fields it sets), as the eval passes it. */
export function reportMetaOf(r: DevReport): ReportMeta {
  const { outlet, published, title, url } = r.gold.meta;
  const meta: ReportMeta = {};
  if (outlet) meta.outlet = outlet;
  if (published) meta.published = published;
  if (title) meta.title = title;
  if (url) meta.url = url;
  return meta;
}

/** src/eval and dist/eval are both two levels below the repository root. */
export function defaultDevsetDir(): string {
  return fileURLToPath(new URL('../../test/fixtures/devset/', import.meta.url));
}

function goldPathFor(dir: string, txt: string): string | null {
  const stem = txt.slice(0, -'.txt'.length);
  for (const ext of ['.gold', '.gold.tsv']) {
    const p = join(dir, stem + ext);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Turns a shell-style glob (* and ?) into a test on "split/name.txt" or the bare name. */
export function globTest(glob: string): (file: string) => boolean {
  const re = new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return (file) => re.test(file) || re.test(file.slice(file.indexOf('/') + 1));
}

/** Loads reports; throws GoldError (naming file and line) on a broken gold file, Error on a missing one. */
export function loadDevset(root = defaultDevsetDir(), splits: readonly Split[] = SPLITS, filter?: (file: string) => boolean): DevReport[] {
  const out: DevReport[] = [];
  for (const split of splits) {
    const dir = join(root, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const file = `${split}/${name}`;
      if (filter && !filter(file)) continue;
      const goldPath = goldPathFor(dir, name);
      if (!goldPath) throw new Error(`${file}: no gold file (expected ${name.slice(0, -4)}.gold)`);
      const text = readFileSync(join(dir, name), 'utf8');
      const gold = parseGold(readFileSync(goldPath, 'utf8'), text, `${split}/${goldPath.slice(dir.length + 1)}`);
      out.push({ split, file, text, gold });
    }
  }
  return out;
}
