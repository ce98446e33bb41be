// The date parser with pre-tests (src/extract/events/date-parser.ts) must give exactly what chrono-node's
// own casual parser gives: on windows in our own words that reach every guarded parser, and on windows
// cut from every development text, against two reference dates.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { dateParser, GUARDED_PARSERS, TIME_UNITS } from '../../src/extract/events/date-parser.js';

const COMPONENTS: chrono.Component[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond',
  'meridiem', 'timezoneOffset'];

/** Everything time.ts reads of a result, and more: index, text, and each component of start and end. */
function describeResults(results: chrono.ParsedResult[]): unknown {
  const side = (c: chrono.ParsedComponents | null | undefined) =>
    c ? COMPONENTS.map((k) => [k, c.get(k), c.isCertain(k)]) : null;
  return results.map((r) => ({ index: r.index, text: r.text, start: side(r.start), end: side(r.end) }));
}

const REFS = [new Date(2000, 0, 1), new Date(2025, 2, 11, 15, 0)];

function same(window: string): void {
  for (const ref of REFS) {
    expect(describeResults(dateParser.parse(window, ref)), `${window} @ ${ref.toISOString()}`)
      .toEqual(describeResults(chrono.parse(window, ref)));
  }
}

describe('date parser with pre-tests', () => {
  it('guards only parsers that chrono still has', () => {
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const g of GUARDED_PARSERS) expect(names).toContain(g);
    expect(dateParser.parsers).toHaveLength(chrono.casual.parsers.length);
  });

  it('knows every time unit and number word of chrono', () => {
    // chrono does not export its dictionaries; read them from its CommonJS build, next to its entry point
    const require = createRequire(import.meta.url);
    const en = require(join(dirname(require.resolve('chrono-node')), 'locales', 'en', 'constants.js')) as
      Record<string, Record<string, unknown>>;
    expect([...TIME_UNITS].sort()).toEqual(Object.keys(en.TIME_UNIT_DICTIONARY).sort());
    expect(Object.keys(en.INTEGER_WORD_DICTIONARY).sort())
      .toEqual(['eight', 'eleven', 'five', 'four', 'nine', 'one', 'seven', 'six', 'ten', 'three', 'twelve', 'two']);
  });

  it.each([
    'the convoy left three days ago and never',
    'a second blast came two hours later, police',
    'the wall fell a few minutes after the first',
    'rescuers hope to reach them within 48 hours',
    'the clinic has been shut for two weeks',
    'aid arrived last month after the',
    'over the past 3 days the river',
    'talks resume next week in the capital',
    'by the end of the month the camp',
    'the camps were cleared on 4 March 2025',
    'the camps were cleared on the fourth of March',
    'a storm on Sept. 3, 2024 flattened',
    'the strike of June 2023 closed',
    'the 2024 March floods left',
    'shelling went on in May and',
    'the cease-fire may hold, a spokesman said',
    'the fire was out 20 minutes from now',
    'six weeks earlier a similar raid',
    'a couple of  days later the',
    'half an hour before the blast',
    'a few hrs after the quake',
    '12 d later, the count',
    '2.5 years after the flood',
    'without warning, the ferry',
    'the shelling on Tuesday night woke',
    'police said yesterday morning that',
    'the camp will reopen tomorrow, aid',
    'a second blast at noon killed',
    'fighting over the weekend displaced',
    'the notice dated 2025-03-11 said',
    'on 11/03/2025 the river rose',
    'by 3/2025 the camp held',
    'the 2025 03 11 bulletin gave',
    'nothing here is a date at all',
    '',
  ])('%j', (window) => same(window));

  it('agrees on windows cut from every development text', () => {
    const dir = new URL('../fixtures/devset/dev/', import.meta.url);
    let windows = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const words = readFileSync(new URL(f, dir), 'utf8').split(/\s+/).filter(Boolean);
      // eight words every six: every word is in a window, most in two
      for (let i = 0; i < words.length; i += 6) {
        same(words.slice(i, i + 8).join(' '));
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(1000);
  }, 120_000);
});
