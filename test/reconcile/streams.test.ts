// Golden pictures of multi-day incident streams written in our own words and coded by hand as
// `sitrep import` lines (report text included, spans into it). Each stream has several outlets over
// several days, updates, a contradiction, a syndicated copy, an increment and a correction.
// Regenerate with UPDATE_GOLDEN=1 and review the diff; the table below is what a desk editor
// concludes from each stream and does not regenerate.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { reconcileIncident } from '../../src/reconcile/index.js';
import type { Picture, ReconcileInput } from '../../src/reconcile/types.js';

const STREAMS = new URL('../fixtures/streams/', import.meta.url);
const GENERATED_AT = '2025-12-01T00:00:00Z';

type Line = { incident: string; report: ReconcileInput['reports'][number]['report'] & { text: string }; claims: Claim[] };

export function readStream(slug: string): Line[] {
  return readFileSync(new URL(`${slug}.coded.jsonl`, STREAMS), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
}

function pictureOf(slug: string): Picture {
  const rows = readStream(slug);
  return reconcileIncident({
    incident: rows[0].incident, generatedAt: GENERATED_AT,
    reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims })),
  });
}

function golden(name: string, picture: Picture): void {
  const file = new URL(name, STREAMS);
  const json = JSON.stringify(picture, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, json);
  expect(json).toBe(readFileSync(file, 'utf8'));
}

const fig = (p: Picture, m: string, g: string) => {
  const f = p.figures.find((x) => x.measure === m && x.group === g);
  if (!f) throw new Error(`no figure ${m}/${g}`);
  return f;
};

/** What the final picture must say: [measure, group, low, best, high] from the last credible figures. */
const FINAL: Record<string, Array<[string, string, number | null, number | null, number | null]>> = {
  'harrowgate-market-shooting': [['killed', 'people', 8, 8, 12], ['injured', 'people', 20, 20, 20]],
  'pelican-star-ferry-sinking': [['killed', 'people', 44, 44, 44], ['freed', 'people', 118, 118, 118], ['missing', 'people', 22, 22, 22]],
  'tarsa-valley-earthquake': [['killed', 'people', 1012, 1012, 1870], ['injured', 'people', 4900, 4900, 4900], ['displaced', 'people', 40500, 52000, 57200], ['missing', 'people', 98, 98, 98]],
  'hotel-meridian-siege': [['freed', 'hostages', 49, 49, 49], ['held', 'hostages', 0, 0, 0], ['killed', 'hostages', 5, 5, 5], ['killed', 'attackers', 9, 9, 9]],
};

/** Per stream: the copy, the increment and the correction the stream was written to contain. */
const SHAPE: Record<string, { copies: number; increment: [string, string, number]; correction: string; conflict: [string, string] }> = {
  'harrowgate-market-shooting': { copies: 3, increment: ['injured', 'people', 20], correction: 'Harrowgate Police lowered killed people from 9 to 8 (correction)', conflict: ['killed', 'people'] },
  'pelican-star-ferry-sinking': { copies: 4, increment: ['killed', 'people', 28], correction: 'National Disaster Management Agency lowered killed people from 41 to 38 (correction)', conflict: ['present', 'people'] },
  'tarsa-valley-earthquake': { copies: 2, increment: ['killed', 'people', 904], correction: 'Health Ministry lowered injured people from 5400 to 4900 (correction)', conflict: ['killed', 'people'] },
  'hotel-meridian-siege': { copies: 2, increment: ['freed', 'hostages', 51], correction: 'Interior Ministry lowered freed hostages from 51 to 49 (correction)', conflict: ['held', 'hostages'] },
};

describe('coded incident streams', () => {
  for (const slug of Object.keys(FINAL)) {
    describe(slug, () => {
      const rows = readStream(slug);
      const picture = pictureOf(slug);

      it('is a multi-day stream of at least 8 reports from several outlets', () => {
        expect(rows.length).toBeGreaterThanOrEqual(8);
        expect(new Set(rows.map((r) => r.report.outlet)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(rows.map((r) => r.report.published!.slice(0, 10))).size).toBeGreaterThanOrEqual(3);
      });

      it('has spans that point into the report text', () => {
        for (const r of rows) for (const c of r.claims) {
          expect(c.span.end).toBeLessThanOrEqual(r.report.text.length);
          if (c.type === 'figure') expect(r.report.text.slice(c.span.start, c.span.end)).toBe(c.text);
          expect(r.report.text.slice(c.sentence!.start, c.sentence!.end)).toContain(r.report.text.slice(c.span.start, c.span.end));
        }
      });

      it('matches the reviewed golden picture', () => golden(`${slug}.coded.picture.json`, picture));

      it('ends with the figures a desk editor would give', () => {
        for (const [m, g, low, best, high] of FINAL[slug]) {
          expect({ figure: `${m}/${g}`, ...pick(fig(picture, m, g).estimate) }).toEqual({ figure: `${m}/${g}`, low, best, high });
        }
      });

      it('counts syndicated copies once, applies the increment, flags the correction and the contradiction', () => {
        const s = SHAPE[slug];
        const copies = picture.figures.flatMap((f) => f.claims).filter((c) => c.status === 'copy');
        expect(copies.length).toBe(s.copies);
        const [m, g, total] = s.increment;
        expect(fig(picture, m, g).claims.filter((c) => c.increment).at(-1)?.increment?.total.low).toBe(total);
        expect(picture.checks.filter((c) => c.kind === 'toll_down').map((c) => c.message)).toContain(s.correction);
        expect(fig(picture, ...s.conflict).conflicts.length).toBeGreaterThan(0);
      });
    });
  }
});

function pick(e: { low: number | null; best: number | null; high: number | null }) {
  return { low: e.low, best: e.best, high: e.high };
}
