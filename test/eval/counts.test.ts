// The coder's count per text: the same rule on gold and on predictions, and what makes them differ.
import { describe, expect, it } from 'vitest';
import type { FigureClaim } from '../../src/extract/types.js';
import { parseGold } from '../../src/eval/gold.js';
import { goldCount, predictedCount, reportCounts } from '../../src/eval/counts.js';
import { scoreReport, summarize } from '../../src/eval/score.js';

const TEXT = 'Police said 9 people died: 6 soldiers and 3 villagers. A hospital said 11 were killed. In 2019, a raid killed 40. Two more bodies were found.';
const at = (s: string): { start: number; end: number } => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function pred(id: string, evidence: string, low: number, over: Partial<FigureClaim> = {}): FigureClaim {
  return { id, type: 'figure', measure: 'killed', group: 'people', value: { low, high: low, hedge: 'exact' },
    source: { name: 'police', kind: 'official' }, span: at(evidence), ...over };
}

describe('coder count', () => {
  const gold = parseGold([
    'killed | people | 9 | police (official) | 9 people | id=t',
    'killed | security_forces | 6 | police (official) | 6 soldiers | part_of=t',
    'killed | civilians | 3 | police (official) | 3 villagers | part_of=t',
    'killed | people | 11 | hospital (official) | 11 were killed',
    'killed | people | 40 | outlet (media) | killed 40 | scope=other',
    'killed | people | 2 | outlet (media) | Two more | increment',
  ].join('\n'), TEXT, 'count.gold');

  it('keeps the largest figure per group, leaves out parts, other incidents and increments', () => {
    expect(goldCount(gold.figures, 'killed')).toBe(11);
    expect(goldCount(gold.figures, 'injured')).toBeNull();
  });

  it('adds up groups when no figure about all people is larger', () => {
    const preds = [pred('a', '6 soldiers', 6, { group: 'security_forces' }), pred('b', '3 villagers', 3, { group: 'civilians' })];
    expect(predictedCount(preds, 'killed')).toBe(9);
    expect(predictedCount([...preds, pred('c', '11 were killed', 11)], 'killed')).toBe(11);
  });

  it('an earlier incident not marked as such changes the count, and the summary says so', () => {
    const right = [pred('t', '9 people', 9), pred('h', '11 were killed', 11), pred('o', 'killed 40', 40, { scope: 'other' })];
    const wrong = [pred('t', '9 people', 9), pred('h', '11 were killed', 11), pred('o', 'killed 40', 40)];
    expect(reportCounts(gold.figures, right)).toEqual({ killed: { gold: 11, pred: 11 } });
    expect(reportCounts(gold.figures, wrong)).toEqual({ killed: { gold: 11, pred: 40 } });
    const s = summarize([scoreReport(gold, right), scoreReport(gold, wrong)]);
    expect(s.counts).toEqual({ killed: { reports: 2, agree: 1, rate: 0.5 } });
  });
});
