// The gold-file parser: valid lines become claims with located spans; broken ones fail with file and line.
import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, parseSource, parseValue } from '../../src/eval/gold.js';

describe('parseValue', () => {
  const rows: Array<[string, unknown]> = [
    ['80', { low: 80, high: 80, hedge: 'exact' }],
    ['1,200', { low: 1200, high: 1200, hedge: 'exact' }],
    ['exact 80', { low: 80, high: 80, hedge: 'exact' }],
    ['about 500', { low: 500, high: 500, hedge: 'about' }],
    ['at_least 30', { low: 30, high: null, hedge: 'at_least' }],
    ['at_most 50', { low: null, high: 50, hedge: 'at_most' }],
    ['range 70-80', { low: 70, high: 80, hedge: 'range' }],
    ['vague dozens', { low: 24, high: 99, hedge: 'vague' }],
    ['vague multiple', { low: 2, high: null, hedge: 'vague' }],
    ['vague tens of thousands', { low: 20000, high: 99999, hedge: 'vague' }],
    ['vague 2-?', { low: 2, high: null, hedge: 'vague' }],
    ['none', { low: 0, high: 0, hedge: 'exact' }],
    ['all', { low: null, high: null, hedge: 'vague' }],
  ];
  for (const [text, want] of rows) it(text, () => expect((parseValue(text) as { value: unknown }).value).toEqual(want));
  for (const bad of ['roughly 5', 'at_least', 'range 80-70', 'vague lots', 'thirty']) {
    it(`rejects "${bad}"`, () => expect(typeof parseValue(bad)).toBe('string'));
  }
});

describe('parseSource', () => {
  it('reads alternatives, kind and channel', () => {
    expect(parseSource('sources in Islamabad (unnamed) via News Arena India', undefined))
      .toEqual({ names: ['sources in Islamabad'], kind: 'unnamed', via: 'News Arena India' });
    expect(parseSource('BLA|Baloch Liberation Army (militant)', undefined))
      .toEqual({ names: ['BLA', 'Baloch Liberation Army'], kind: 'militant' });
  });
  it('expands @outlet to the outlet name and the word "outlet"', () => {
    expect(parseSource('@outlet (media)', 'Quetta Herald')).toEqual({ names: ['Quetta Herald', 'outlet'], kind: 'media' });
  });
  it('rejects an unknown kind', () => expect(typeof parseSource('police (government)', undefined)).toBe('string'));
});

describe('parseGold', () => {
  const text = 'Police said 12 people died. Police later said 12 people died, and 5 were hurt.';
  it('locates evidence, picks the N-th occurrence, reads headers and flags', () => {
    const g = parseGold([
      '# outlet: Test Wire',
      '# published: 2025-03-11T10:00:00Z',
      '# style: wire',
      'killed | people | 12 | police (official) | 12 people died | id=k',
      'killed | people | 12 | police (official) | 12 people died @2 | repeat=k',
      'injured | people | 5 | police (official) | 5 were hurt',
      'event | other | police (official) | died',
    ].join('\n'), text, 'x.gold');
    expect(g.meta).toEqual({ outlet: 'Test Wire', published: '2025-03-11T10:00:00Z', style: 'wire' });
    expect(g.figures.map((f) => f.span.start)).toEqual([12, text.lastIndexOf('12 people'), text.indexOf('5 were')]);
    expect(g.figures[1]).toMatchObject({ repeat: true, repeatOf: 'k' });
    expect(g.events).toHaveLength(1);
  });
  it('keeps the first header: a later comment that opens on "outlet:" is prose', () => {
    const g = parseGold([
      '# outlet: Test Wire',
      '# a note on the coding, then a line of it:',
      '# outlet: the second paragraph has no speaker',
      'killed | people | 12 | @outlet (media) | 12 people died',
    ].join('\n'), text, 'x.gold');
    expect(g.meta.outlet).toBe('Test Wire');
  });
  it('names file and line for every problem', () => {
    let err: unknown;
    try {
      parseGold([
        'killed | people | 12 | police (official) | 13 people died',
        'slain | people | 12 | police (official) | 12 people died',
        'killed | people | 12 | police (official) | 12 people died | part_of=nope',
        'killed | people | 12 | police',
      ].join('\n'), text, 'dev/bad.gold');
    } catch (e) { err = e; }
    expect(err).toBeInstanceOf(GoldError);
    const msg = (err as Error).message;
    expect(msg).toContain('dev/bad.gold');
    expect(msg).toContain('line 1: evidence "13 people died" does not occur');
    expect(msg).toContain('line 2: unknown measure "slain"');
    expect(msg).toContain('line 3: part_of=nope names no figure');
    expect(msg).toContain('line 4: a figure line is');
  });
});
