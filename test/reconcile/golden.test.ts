// Golden pictures: a stream of reports in, the `show --json` picture out, compared with a reviewed
// file under test/fixtures/streams/. Regenerate with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { extract } from '../../src/extract/index.js';
import { reconcileIncident } from '../../src/reconcile/index.js';
import type { Picture, ReconcileInput } from '../../src/reconcile/types.js';

const STREAMS = new URL('../fixtures/streams/', import.meta.url);
const EXAMPLES = new URL('../../examples/', import.meta.url);
const GENERATED_AT = '2025-03-15T00:00:00Z';

function golden(name: string, picture: Picture): void {
  const file = new URL(name, STREAMS);
  const json = JSON.stringify(picture, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, json);
  expect(json).toBe(readFileSync(file, 'utf8'));
}

/** `sitrep import` lines: {"incident", "report": {...}, "claims": [...]}. */
function importStream(file: string): ReconcileInput {
  const lines = readFileSync(new URL(file, STREAMS), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as { incident: string; report: ReconcileInput['reports'][number]['report']; claims: Claim[] });
  return {
    incident: rows[0].incident,
    generatedAt: GENERATED_AT,
    reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims })),
  };
}

const fig = (p: Picture, m: string, g: string) => p.figures.find((f) => f.measure === m && f.group === g)!;

describe('coded stream: jaffar-express-hijacking (hand-coded claims, as `sitrep import` takes them)', () => {
  const picture = reconcileIncident(importStream('jaffar-express-hijacking.coded.jsonl'));

  it('matches the reviewed golden picture', () => golden('jaffar-express-hijacking.coded.picture.json', picture));

  it('ends with the figures the public record gives', () => {
    expect(fig(picture, 'killed', 'attackers').estimate).toMatchObject({ best: 33 });
    expect(fig(picture, 'killed', 'hostages').estimate).toMatchObject({ best: 26 });
    expect(fig(picture, 'freed', 'hostages').estimate).toMatchObject({ best: 354 });
    expect(fig(picture, 'freed', 'passengers').estimate).toMatchObject({ best: 354 });
  });

  it('applies the increment, flags the correction, counts the copy once', () => {
    const freed = fig(picture, 'freed', 'passengers');
    expect(freed.claims.find((c) => c.increment)?.increment?.total).toEqual({ low: 154, high: 154, hedge: 'exact' });
    expect(picture.checks).toContainEqual(expect.objectContaining({ kind: 'toll_down', message: 'Hospital officials in Sibi lowered killed people from 31 to 27 (correction)' }));
    expect(freed.claims.filter((c) => c.status === 'copy').map((c) => c.copyOf)).toEqual(['001:c1', '001:c2']);
  });

  it('shows the contradictions and keeps party claims unconfirmed', () => {
    expect(fig(picture, 'held', 'hostages').conflicts.map((c) => c.kind)).toEqual(['all_freed_vs_held']);
    expect(fig(picture, 'killed', 'hostages').conflicts.map((c) => c.claims)).toEqual([['007:c1', '008:c3']]);
    expect(fig(picture, 'killed', 'hostages').claims.find((c) => c.id === '007:c1')?.confirmed).toBe(false);
  });

  it('checks both breakdowns', () => {
    const msgs = picture.checks.filter((c) => c.kind === 'breakdown').map((c) => `${c.ok} ${c.message}`);
    expect(msgs).toEqual([
      'true freed people: 43 + 26 + 11 = 80 ✓ (total 80)',
      'true freed passengers: 58 + 31 + 15 = 104 ✓ (total 104)',
      'true killed hostages: 18 + 3 + 5 = 26 ✓ (total 26)',
    ]);
  });

  it('resolves the speakers to one source each', () => {
    const names = picture.sources.map((s) => s.name);
    expect(names).toContain('ISPR');
    expect(names).toContain('Baloch Liberation Army');
    expect(names).not.toContain('the group');
    expect(picture.sources.find((s) => s.name === 'ISPR')!.aliases).toEqual(
      expect.arrayContaining(['Lt Gen Ahmed Sharif Chaudhry', 'army', "military's spokesman"]));
  });
});

describe('extracted streams: the examples through extract() and reconcileIncident()', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort();
  const byIncident = new Map<string, ReconcileInput['reports']>();
  files.forEach((f, seq) => {
    const text = readFileSync(new URL(f, EXAMPLES), 'utf8');
    const meta = JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.meta.json'), EXAMPLES), 'utf8'));
    const id = f.split('_')[0];
    const list = byIncident.get(meta.incident) ?? [];
    list.push({
      report: { id, seq, text, outlet: meta.outlet, published: meta.published, url: meta.url, title: meta.title,
        ...(meta.copyOf ? { copyOf: meta.copyOf.split('_')[0] } : {}) },
      claims: extract(text, { outlet: meta.outlet, published: meta.published, url: meta.url, title: meta.title }).claims,
    });
    byIncident.set(meta.incident, list);
  });

  it('has the two example incidents', () => {
    expect([...byIncident.keys()].sort()).toEqual(['jaffar-express-hijacking', 'rana-plaza-collapse']);
  });

  for (const [incident, reports] of byIncident) {
    it(`${incident} matches the reviewed golden picture`, () => {
      golden(`${incident}.extracted.picture.json`, reconcileIncident({ incident, reports, generatedAt: GENERATED_AT }));
    });
  }
});
