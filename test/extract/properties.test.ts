// Properties: extract() never throws, is deterministic, its spans slice the number phrase, and its work
// grows linearly with the input, also on pathological input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, extractFigures } from '../../src/extract/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { FigureClaim } from '../../src/extract/types.js';

const NUMBER_WORDS = /\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|couple|few|handful|several|multiple|numerous|some|many|scores|no|none|nobody|all/i;

// News-like fragments so that random strings actually reach the figure rules.
const fragment = fc.constantFrom(
  'At least 30', 'soldiers', 'were killed', 'police said', '"', '“', '”', '.', ',', ';', ':', '\n', 'dozens of',
  'two hundred and fourteen', 'hostages', 'freed', 'according to', 'the BLA', 'including', '43 men', 'no one',
  'was hurt', 'all the', 'passengers', 'No.', '23', 'on 11 March 2025', 'Mr.', 'U.S.', '1,200', '2.5 million', '-',
  'between', 'and', 'more', 'another', 'toll rose to', 'of them', 'were', 'In 2019', 'a similar attack', ' ', '(', ')',
  'Sources in Islamabad told News Arena India that', 'the group said', '\u2019s statement', 'thirty-one', '+',
);
const newsish = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(' '));

function figures(text: string): FigureClaim[] {
  return extract(text).claims.filter((c): c is FigureClaim => c.type === 'figure');
}

describe('extract() properties', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      extract(s);
    }), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      extract(s);
    }), { numRuns: 200 });
    fc.assert(fc.property(newsish, (s) => {
      extract(s);
    }), { numRuns: 400 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(newsish, (s) => {
      expect(JSON.stringify(extract(s))).toBe(JSON.stringify(extract(s)));
    }), { numRuns: 200 });
  });

  it('gives spans inside the text that contain the number (digits or words)', () => {
    fc.assert(fc.property(newsish, (s) => {
      for (const f of figures(s)) {
        expect(f.span.start).toBeGreaterThanOrEqual(0);
        expect(f.span.end).toBeLessThanOrEqual(s.length);
        expect(f.span.end).toBeGreaterThan(f.span.start);
        expect(s.slice(f.span.start, f.span.end)).toMatch(NUMBER_WORDS);
        if (f.sentence) expect(f.sentence.start).toBeLessThanOrEqual(f.span.start);
      }
    }), { numRuns: 400 });
  });

  it('gives ids f1.. in text order and parts_of pointing at earlier claims', () => {
    fc.assert(fc.property(newsish, (s) => {
      const fs = figures(s);
      fs.forEach((f, i) => expect(f.id).toBe(`f${i + 1}`));
      const ids = new Set(fs.map((f) => f.id));
      for (const f of fs) {
        if (f.parts_of) expect(ids.has(f.parts_of)).toBe(true);
        if (f.repeat_of) expect(ids.has(f.repeat_of)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('splits sentences into ordered, non-overlapping spans', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      let last = 0;
      for (const sp of splitSentences(s)) {
        expect(sp.start).toBeGreaterThanOrEqual(last);
        expect(sp.end).toBeGreaterThan(sp.start);
        last = sp.end;
      }
    }), { numRuns: 300 });
  });
});

/**
 * Best of several runs of the CPU time this process spent, in ms: other processes on a busy machine
 * stretch wall time, not our CPU time, so the ratio stays meaningful.
 */
function bestTime(text: string, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    extractFigures(text);
    const u = process.cpuUsage(c);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

// Measured on the figure stage this module owns; extract() adds event extraction (src/extract/events).
describe('linear time on pathological input', () => {
  const shapes: Array<[string, (n: number) => string]> = [
    ['digits', (n) => '7'.repeat(n)],
    ['one long sentence', (n) => 'and 12 soldiers were killed '.repeat(Math.ceil(n / 28)).slice(0, n)],
    ['nested quotes', (n) => '"\u201c'.repeat(Math.ceil(n / 2)).slice(0, n)],
    ['many lines', (n) => '5 dead\n'.repeat(Math.ceil(n / 7)).slice(0, n)],
    ['abbreviations', (n) => 'Mr. No. 5 Gen. '.repeat(Math.ceil(n / 15)).slice(0, n)],
    ['number words', (n) => 'two hundred and '.repeat(Math.ceil(n / 16)).slice(0, n)],
    ['commas', (n) => 'officials, '.repeat(Math.ceil(n / 11)).slice(0, n)],
    ['bracketed parts', (n) => 'and 5 people were killed (2 at the scene, 3 in hospital) '.repeat(Math.ceil(n / 57)).slice(0, n)],
    ['an armed party\'s arrests', (n) => 'gunmen "arrested" 34 passengers and '.repeat(Math.ceil(n / 36)).slice(0, n)],
    ['bodies and N more', (n) => 'recovered seven bodies and two more '.repeat(Math.ceil(n / 36)).slice(0, n)],
    ['N of them', (n) => 'recovered 6 survivors, two of them suffering, '.repeat(Math.ceil(n / 46)).slice(0, n)],
    ['labels without a speaker', (n) => 'Killed: 4; in Macuata: 9,105; '.repeat(Math.ceil(n / 30)).slice(0, n)],
    ['a speaker before each share', (n) => 'the ministry said 2 of them, '.repeat(Math.ceil(n / 29)).slice(0, n)],
    ['pairs of digits', (n) => '20,'.repeat(Math.ceil(n / 3)).slice(0, n)],
    ['hard-wrapped prose', (n) => 'twelve people were killed and the\nsoldiers were wounded by the gunmen who came\n'.repeat(Math.ceil(n / 80)).slice(0, n)],
    // (round 22: parts read past inline, a named apposition with brackets, a band's size aside)
    ['parts inline', (n) => 'six villagers including two women and three boys were killed, '.repeat(Math.ceil(n / 63)).slice(0, n)],
    ['names in brackets', (n) => 'two soldiers, Naik A (age 30, of B) and Sepoy C (age 22, of D), having fought, died, '
      .repeat(Math.ceil(n / 86)).slice(0, n)],
    ['band size aside', (n) => 'the gunmen, maybe 30 of them, blocked roads and '.repeat(Math.ceil(n / 48)).slice(0, n)],
    // (round 22: a bare count after a part naming its group, a breakdown with no commas, "a further N")
    ['a part naming its group', (n) => 'received 29 wounded, nine of them children, and four had died, '.repeat(Math.ceil(n / 64)).slice(0, n)],
    ['including with no commas', (n) => '12 miners including 2 engineers were killed and a further 3 were hurt, '.repeat(Math.ceil(n / 72)).slice(0, n)],
    // (round 22b: armed "of them", sitrep labels parted by slashes, one person named with "a" in a breakdown)
    ['armed of them', (n) => 'there were maybe 6 of them, with rifles, and '.repeat(Math.ceil(n / 45)).slice(0, n)],
    ['labels and slashes', (n) => 'Deaths: 9 (Male 5 / Female 2 / Children 2); '.repeat(Math.ceil(n / 45)).slice(0, n)],
    ['including a person', (n) => '5 policemen including a sub-inspector were killed and '.repeat(Math.ceil(n / 54)).slice(0, n)],
    // (round 22b: an item after an aside of parts, the band "members of the group" look back for)
    ['an item after an aside of parts', (n) => '15 passengers, of whom 4 women and 1 child, and 2 crew members, '.repeat(Math.ceil(n / 66)).slice(0, n)],
    ['members of the group', (n) => 'a kidnap group came and 4 members of the group were killed; '.repeat(Math.ceil(n / 61)).slice(0, n)],
    // (round 23: a reporting verb again and again in one sentence, once a read of the unit before each; inside an open quote)
    ['a reporting verb per clause', (n) => 'put the number taken at 17, '.repeat(Math.ceil(n / 28)).slice(0, n)],
    ['reporting verbs in an open quote', (n) => ('he said "' + 'put the number taken at 17, '.repeat(Math.ceil(n / 28))).slice(0, n)],
  ];
  // (shapes whose quadratic paths have a small constant show only at 250 KB / 1 MB: a per-count copy of the counts
  // before it read 4.7x at 100 KB but 12-15x at 1 MB; a filter of the sentence per bracket 8.7x at 1 MB; a read of
  // the sentence before each armed party's arrest 20x at 1 MB; the figures before each increment gathered again 22x; the figures before each
  // "of them" copied 34x; every later unit of the sentence read for each unit without a speaker 5.4-7x; every count
  // before a share searched for its total 5.3x)
  const LARGE = new Set(['one long sentence', 'bracketed parts', 'an armed party\'s arrests', 'bodies and N more', 'N of them',
    'labels without a speaker', 'a speaker before each share', 'a part naming its group', 'including with no commas',
    'armed of them', 'including a person', 'an item after an aside of parts', 'members of the group',
    'a reporting verb per clause', 'reporting verbs in an open quote']);
  it.each(shapes)('%s: 4x the input takes < 8x the time', (name, make) => {
    const n = LARGE.has(name) ? 250_000 : 100_000;
    extractFigures(make(1000)); // warm up
    // Loose: a quadratic algorithm would take ~16x; absolute floor avoids timer noise on tiny inputs. CPU time
    // still moves with what runs beside the test (other test files on the same two cores, their collector
    // threads): a pair measured while a neighbour was busy is measured again, up to three times. A quadratic
    // algorithm fails all three.
    let ratio = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const small = bestTime(make(n));
      const large = bestTime(make(4 * n));
      if (large < Math.max(8 * small, 60)) return;
      ratio += ` ${large.toFixed(0)} ms / ${small.toFixed(0)} ms;`;
    }
    expect.fail(`4x the input took over 8x the time in three attempts:${ratio}`);
    // ("pairs of digits" takes 48 s alone on this machine's two cores, on 0.32.0 as on 0.33.0, and ran past the 60 s
    // default beside other test files: the timing loop's repeats need room, a quadratic path still fails its ratio)
  }, 240_000);

  it('handles 1 MB of digits and 100 000 lines', () => {
    expect(() => extract('9'.repeat(1_000_000))).not.toThrow();
    expect(() => extract('x\n'.repeat(100_000))).not.toThrow();
  });
});
