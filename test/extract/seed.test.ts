// The seed report must give at least what PRODUCT.md "The seed case" lists, and nothing from dates,
// train names or other distractors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { FigureClaim } from '../../src/extract/types.js';

const text = readFileSync(new URL('../../examples/000_071c524da187ddb4.txt', import.meta.url), 'utf8');
const result = extract(text);
const figs = result.claims.filter((c): c is FigureClaim => c.type === 'figure');
const find = (measure: string, group: string, low: number | null): FigureClaim | undefined =>
  figs.find((f) => f.measure === measure && f.group === group && f.value.low === low);

describe('seed report', () => {
  it('names the extractor', () => {
    expect(result.extractor.version).toBe(EXTRACTOR_VERSION);
  });

  it('present: about 500 people (outlet) and 450 passengers and crew (railway officials)', () => {
    const f500 = find('present', 'people', 500);
    expect(f500?.value).toEqual({ low: 500, high: 500, hedge: 'about' });
    expect(f500?.source).toMatchObject({ name: 'outlet', kind: 'media' });
    const f450 = find('present', 'people', 450);
    expect(f450?.value.hedge).toBe('exact');
    expect(f450?.source).toMatchObject({ name: 'railway officials', kind: 'official' });
  });

  it('held: 214 hostages claimed by the BLA', () => {
    const f = find('held', 'hostages', 214);
    expect(f?.source.kind).toBe('militant');
    expect(f?.source.name).toMatch(/BLA|Baloch Liberation Army/);
  });

  it('killed: at least 30 security personnel claimed by the BLA', () => {
    const f = find('killed', 'security_forces', 30);
    expect(f?.value).toEqual({ low: 30, high: null, hedge: 'at_least' });
    expect(f?.source.kind).toBe('militant');
  });

  it('freed: 80 people from unnamed sources via News Arena India, broken down 43 + 26 + 11', () => {
    const total = find('freed', 'people', 80);
    expect(total?.source).toMatchObject({ name: 'sources in Islamabad', kind: 'unnamed', via: 'News Arena India' });
    const parts = [find('freed', 'men', 43), find('freed', 'women', 26), find('freed', 'children', 11)];
    for (const p of parts) {
      expect(p?.parts_of).toBe(total?.id);
      expect(p?.source.name).toBe('sources in Islamabad');
    }
    expect(parts.reduce((n, p) => n + (p?.value.low ?? 0), 0)).toBe(80);
  });

  it('injured: "multiple" travellers from initial reports, vague', () => {
    const f = find('injured', 'passengers', 2);
    expect(f?.value).toEqual({ low: 2, high: null, hedge: 'vague' });
    expect(f?.source).toMatchObject({ name: 'initial reports', kind: 'unnamed' });
  });

  it('gives no other figure claims (no dates, train names, threats)', () => {
    expect(figs).toHaveLength(9);
    for (const f of figs) {
      const phrase = text.slice(f.span.start, f.span.end);
      expect(phrase).not.toMatch(/Jaffar|Quetta|Peshawar|2025/);
    }
  });

  it('numbers figure ids in text order', () => {
    expect(figs.map((f) => f.id)).toEqual(figs.map((_, i) => `f${i + 1}`));
    for (let i = 1; i < figs.length; i++) expect(figs[i].span.start).toBeGreaterThan(figs[i - 1].span.start);
  });
});
