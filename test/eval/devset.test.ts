// Every gold file of the development set parses: a broken gold file fails `npm test`.
import { describe, expect, it } from 'vitest';
import { loadDevset } from '../../src/eval/devset.js';
import { EVENT_TYPES } from '../../src/eval/gold.js';

const reports = loadDevset();

describe('development set', () => {
  it('has reports in both splits', () => {
    expect(reports.filter((r) => r.split === 'dev').length).toBeGreaterThan(0);
    expect(reports.filter((r) => r.split === 'heldout').length).toBeGreaterThan(0);
  });

  for (const r of reports) {
    it(`${r.file} is coded`, () => {
      expect(r.gold.meta.style, 'a "# style:" header').toBeTruthy();
      expect(r.gold.meta.incident, 'a "# incident:" header').toBeTruthy();
      expect(r.gold.figures.length + r.gold.events.length).toBeGreaterThan(0);
      for (const f of r.gold.figures) {
        // The evidence must contain the number it codes (digits, a number word, or a quantity word; "any" in
        // "without losing any of their men", a zero).
        expect(f.evidence, `line ${f.line}`).toMatch(/\d|\b(no|nil|none|nobody|no one|nor|any|all|a|an|both|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores|several|multiple|many|some|few|handful|couple|thousands?|hundreds|millions?|tens|lakh)\b/i);
        expect(r.text.slice(f.span.start, f.span.end)).toBe(f.evidence);
      }
      for (const e of r.gold.events) expect(EVENT_TYPES).toContain(e.event);
    });
  }

  it('keeps report numbers unique across splits', () => {
    // (the number is the file name's leading digits: three of them up to 999, more after)
    const nums = reports.map((r) => r.file.split('/')[1].split('-')[0]);
    expect(new Set(nums).size).toBe(nums.length);
  });
});
