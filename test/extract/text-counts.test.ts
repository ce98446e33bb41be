// The count a coder would record for one text (`counts` of `sitrep extract --json`): the rule on coded claims,
// then on texts through the extractor.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { textCounts } from '../../src/extract/text-counts.js';
import type { Claim, FigureClaim } from '../../src/extract/types.js';

function fig(id: string, measure: string, group: string, low: number | null, extra: Partial<FigureClaim> = {}): Claim {
  return {
    id, type: 'figure', measure: measure as FigureClaim['measure'], group, value: { low, high: low, hedge: 'exact' },
    source: { name: 'police', kind: 'official' }, span: { start: 0, end: 0 }, ...extra,
  };
}

describe('textCounts: the rule', () => {
  const cases: Array<[string, Claim[], Record<string, { value: number; claims: string[] }>]> = [
    ['groups add up', [fig('f1', 'killed', 'soldiers', 12), fig('f2', 'killed', 'civilians', 5)],
      { killed: { value: 17, claims: ['f1', 'f2'] } }],
    ['updates of one group are one count: the largest', [fig('f1', 'killed', 'people', 9), fig('f2', 'killed', 'people', 14)],
      { killed: { value: 14, claims: ['f2'] } }],
    ['parts, repeats, increments and other incidents stand aside', [
      fig('f1', 'killed', 'people', 20), fig('f2', 'killed', 'children', 6, { parts_of: 'f1' }),
      fig('f3', 'killed', 'people', 20, { repeat_of: 'f1' }), fig('f4', 'killed', 'people', 3, { increment: true }),
      fig('f5', 'killed', 'people', 300, { scope: 'other' })],
    { killed: { value: 20, claims: ['f1'] } }],
    ['a figure about all people at least the groups\' sum is the count', [
      fig('f1', 'injured', 'passengers', 8), fig('f2', 'injured', 'crew', 2), fig('f3', 'injured', 'people', 10)],
    { injured: { value: 10, claims: ['f3'] } }],
    ['a smaller all-people figure yields to the groups', [
      fig('f1', 'killed', 'people', 4), fig('f2', 'killed', 'attackers', 6), fig('f3', 'killed', 'soldiers', 3)],
    { killed: { value: 9, claims: ['f2', 'f3'] } }],
    ['an armed party\'s claim yields to another source\'s figure of the measure; its own fighters still count', [
      fig('f1', 'killed', 'security_forces', 45, { source: { name: 'the front', kind: 'militant' } }),
      fig('f2', 'killed', 'security_forces', 8), fig('f3', 'killed', 'civilians', 3, { source: { name: 'the front', kind: 'militant' } }),
      fig('f4', 'killed', 'attackers', 2, { source: { name: 'the front', kind: 'militant' } })],
    { killed: { value: 10, claims: ['f2', 'f4'] } }],
    ['a party\'s claim of other groups yields to anyone else\'s figure of the measure', [
      fig('f1', 'killed', 'people', 22), fig('f2', 'killed', 'security_forces', 50, { source: { name: 'the front', kind: 'militant' } })],
    { killed: { value: 22, claims: ['f1'] } }],
    ['an armed party\'s claim alone is the count', [fig('f1', 'held', 'hostages', 214, { source: { name: 'the front', kind: 'militant' } })],
      { held: { value: 214, claims: ['f1'] } }],
    ['each measure on its own; "other" and open values give none', [
      fig('f1', 'held', 'hostages', 40), fig('f2', 'freed', 'hostages', 12), fig('f3', 'other', 'people', 7),
      fig('f4', 'missing', 'people', null)],
    { held: { value: 40, claims: ['f1'] }, freed: { value: 12, claims: ['f2'] } }],
  ];
  it.each(cases)('%s', (_name, claims, expected) => {
    expect(textCounts(claims)).toEqual(expected);
  });
});

describe('textCounts: through the extractor', () => {
  const count = (text: string) => Object.fromEntries(Object.entries(textCounts(extract(text).claims)).map(([m, c]) => [m, c.value]));
  it.each([
    ['Gunmen killed nine villagers and wounded four others in the raid, the district chief said.', { killed: 9, injured: 4 }],
    ['The toll rose to 31 dead, including 12 children, officials said on Friday.', { killed: 31 }],
  ])('%s', (text, expected) => {
    expect(count(text)).toMatchObject(expected);
  });
});
