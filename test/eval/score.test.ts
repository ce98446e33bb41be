// The scorer on tiny hand-made gold and predictions: each case says what must count and what must not.
import { describe, expect, it } from 'vitest';
import type { Claim, FigureClaim } from '../../src/extract/types.js';
import { parseGold } from '../../src/eval/gold.js';
import { matchPairs, prf, scoreReport, sourceMatches, summarize } from '../../src/eval/score.js';

const TEXT = 'Rebels said they killed at least 30 soldiers. Officials said 80 people were freed, including 43 men and 37 women.';
const GOLD = [
  '# outlet: Test Wire',
  'killed | security_forces | at_least 30 | rebels (militant) | at least 30 soldiers',
  'freed | people | 80 | officials (official) | 80 people | id=t',
  'freed | men | 43 | officials (official) | 43 men | part_of=t',
  'freed | women | 37 | officials (official) | 37 women | part_of=t',
].join('\n');
const gold = parseGold(GOLD, TEXT, 'tiny.gold');

function fig(id: string, evidence: string, over: Partial<FigureClaim>): FigureClaim {
  const start = TEXT.indexOf(evidence);
  return {
    id, type: 'figure', measure: 'killed', group: 'people', value: { low: 1, high: 1, hedge: 'exact' },
    source: { name: 'Test Wire', kind: 'media' }, span: { start, end: start + evidence.length }, ...over,
  };
}

const killed30 = fig('p1', 'at least 30 soldiers', {
  group: 'security_forces', value: { low: 30, high: null, hedge: 'at_least' }, source: { name: 'the rebels', kind: 'militant' },
});
const freed80 = fig('p2', '80 people', { measure: 'freed', value: { low: 80, high: 80, hedge: 'exact' }, source: { name: 'officials', kind: 'official' } });
const men43 = fig('p3', '43 men', { measure: 'freed', group: 'men', value: { low: 43, high: 43, hedge: 'exact' }, source: { name: 'officials', kind: 'official' }, parts_of: 'p2' });
const women37 = fig('p4', '37 women', { measure: 'freed', group: 'women', value: { low: 37, high: 37, hedge: 'exact' }, source: { name: 'officials', kind: 'official' }, parts_of: 'p2' });

describe('scoreReport', () => {
  const cases: Array<{ name: string; preds: Claim[]; tp: number; pred: number; sourceTp?: number; hedge?: [number, number]; links?: [number, number, number] }> = [
    { name: 'perfect', preds: [killed30, freed80, men43, women37], tp: 4, pred: 4, sourceTp: 4, hedge: [4, 4], links: [2, 2, 2] },
    { name: 'nothing predicted', preds: [], tp: 0, pred: 0, hedge: [0, 0], links: [0, 0, 0] },
    { name: 'wrong hedge: no match, but counted for hedge accuracy',
      preds: [{ ...killed30, value: { low: 30, high: 30, hedge: 'exact' } }], tp: 0, pred: 1, hedge: [1, 0] },
    { name: 'wrong group: no match', preds: [{ ...killed30, group: 'soldiers' }], tp: 0, pred: 1, hedge: [0, 0] },
    { name: 'span not overlapping: no match', preds: [{ ...killed30, span: { start: 0, end: 6 } }], tp: 0, pred: 1 },
    { name: 'span overlapping partly: match', preds: [{ ...killed30, span: { start: killed30.span.start + 9, end: killed30.span.start + 11 } }], tp: 1, pred: 1 },
    { name: 'duplicate prediction counts once', preds: [killed30, { ...killed30, id: 'dup' }], tp: 1, pred: 2 },
    { name: 'wrong source kind: match but not source-right',
      preds: [{ ...killed30, source: { name: 'rebels', kind: 'unnamed' } }], tp: 1, pred: 1, sourceTp: 0 },
    { name: 'part linked to nothing', preds: [freed80, { ...men43, parts_of: undefined }, women37], tp: 3, pred: 3, links: [2, 1, 1] },
    { name: 'part linked to a wrong id', preds: [freed80, { ...men43, parts_of: 'p1' }, women37, killed30], tp: 4, pred: 4, links: [2, 2, 1] },
    { name: 'event claims are ignored for figures',
      preds: [{ id: 'e', type: 'event', event: 'attack', source: { name: 'x', kind: 'media' }, span: { start: 0, end: 5 } }, killed30], tp: 1, pred: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = scoreReport(gold, c.preds);
      expect(s.figures).toEqual({ gold: 4, pred: c.pred, tp: c.tp });
      expect(s.misses.length).toBe(4 - c.tp);
      expect(s.falseAlarms.length).toBe(c.pred - c.tp);
      if (c.sourceTp !== undefined) expect(s.sourceTp).toBe(c.sourceTp);
      if (c.hedge) expect([s.hedge.pairs, s.hedge.right]).toEqual(c.hedge);
      if (c.links) expect([s.links.gold, s.links.pred, s.links.right]).toEqual(c.links);
    });
  }

  it('shows the prediction that sits on a missed span', () => {
    const wrong = { ...killed30, group: 'soldiers' };
    const s = scoreReport(gold, [wrong]);
    expect(s.misses[0].near).toEqual([wrong]);
  });

  it('checks increment, scope and repeat marks on matches', () => {
    const text = 'Another 12 died. In 2019 a blast killed 9 people.';
    const g = parseGold([
      'killed | people | 12 | @outlet (media) | Another 12 | increment',
      'killed | people | 9 | @outlet (media) | 9 people | scope=other',
    ].join('\n'), text, 'flags.gold');
    const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const base = { type: 'figure' as const, measure: 'killed' as const, group: 'people', source: { name: 'outlet', kind: 'media' as const } };
    const s = scoreReport(g, [
      { ...base, id: 'a', value: { low: 12, high: 12, hedge: 'exact' }, span: at('12'), increment: true },
      { ...base, id: 'b', value: { low: 9, high: 9, hedge: 'exact' }, span: at('9 people') },
    ]);
    expect(s.figures.tp).toBe(2);
    expect(s.flags).toEqual({ pairs: 2, right: 1 });
    expect(s.sourceTp).toBe(2);
  });
});

describe('sourceMatches', () => {
  const rows: Array<[string[], string, string, string, boolean]> = [
    [['BLA', 'Baloch Liberation Army'], 'militant', 'Baloch Liberation Army', 'militant', true],
    [['BLA', 'Baloch Liberation Army'], 'militant', 'the BLA', 'militant', true],
    [['BLA'], 'militant', "BLA's spokesman", 'militant', true],
    [['railway officials'], 'official', 'officials', 'official', true],
    [['railway officials'], 'official', 'Railway Officials', 'official', true],
    [['railway officials'], 'official', 'railway officials', 'unnamed', false],
    [['railway officials'], 'official', 'police', 'official', false],
    [['BLA'], 'militant', '', 'militant', false],
  ];
  for (const [names, kind, pname, pkind, want] of rows) {
    it(`${names.join('|')} (${kind}) vs ${pname} (${pkind}) -> ${want}`, () => {
      expect(sourceMatches({ names, kind: kind as never }, { name: pname, kind: pkind })).toBe(want);
    });
  }
});

describe('matchPairs', () => {
  it('finds the maximum one-to-one matching, not the greedy one', () => {
    // gold 0 can take pred 0 or 1, gold 1 only pred 0: greedy 0->0 would leave gold 1 unmatched.
    const ok = (g: number, p: number): boolean => (g === 0 ? true : p === 0);
    expect(matchPairs([0, 1], [0, 1], ok, () => 0)).toEqual([[0, 1], [1, 0]]);
  });
  it('prefers the closer candidate on ties', () => {
    expect(matchPairs([0], [0, 1], () => true, (_g, p) => p)).toEqual([[0, 1]]);
  });
});

describe('prf and summarize', () => {
  it('computes precision, recall and F1', () => {
    expect(prf(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 0).f1).toBe(0);
  });
  it('sums reports before dividing (micro average)', () => {
    const a = scoreReport(gold, [killed30, freed80, men43, women37]);
    const b = scoreReport(gold, []);
    const s = summarize([a, b]);
    expect([s.gold, s.pred, s.tp]).toEqual([8, 4, 4]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.perMeasure.freed).toMatchObject({ gold: 6, pred: 3, tp: 3 });
    expect(s.links).toMatchObject({ gold: 2, right: 2 });
    expect(s.events).toBeNull();
  });
});
