// The pure parts of the exports: RFC 4180 quoting, side mapping and fatality totals.
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsv } from '../../src/share/csv.js';
import { sideOf, totalFatalities, type Range, type Side } from '../../src/share/events.js';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    [null, ''],
    [42, '42'],
    [false, 'false'],
  ] as const)('quotes %j as %j', (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it('parses back what it writes, CRLF and quoted line breaks included', () => {
    const rows = [['a', 'b, c', ''], ['"q"', 'x\r\ny', '1']];
    expect(parseCsv(rows.map(csvLine).join(''))).toEqual(rows);
  });
});

describe('sides', () => {
  it.each([
    ['security_forces', 'state'],
    ['attackers', 'non_state'],
    ['hostages', 'civilians'],
    ['passengers', 'civilians'],
    ['women', 'civilians'],
    ['people', 'unknown'],
    ['bystanders', 'unknown'],
  ] as const)('%s -> %s', (group, side) => {
    expect(sideOf(group)).toBe(side);
  });

  const r = (best: number | null): Range => ({ low: best, best, high: best });
  it.each([
    [{ state: r(18), non_state: r(33), civilians: r(26), unknown: r(26) }, 77],
    [{ state: null, non_state: null, civilians: null, unknown: r(26) }, 26],
    [{ state: r(3), non_state: null, civilians: r(2), unknown: r(40) }, 40],
    [{ state: null, non_state: null, civilians: null, unknown: null }, null],
  ] as Array<[Record<Side, Range | null>, number | null]>)('total of %j is %j (never sides plus "people")', (sides, total) => {
    expect(totalFatalities(sides)).toBe(total);
  });
});
