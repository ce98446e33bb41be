// The quick event-time forms (src/extract/events/time-forms.ts) must give what chrono-node gives for the
// same window: first as tables in our own words, then swept over every plain word of the development
// texts and chrono's own vocabulary, on both sides of each form, against publish days of every weekday.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chronoTime, parseTime, referenceDate } from '../../src/extract/events/time.js';
import { quickTime } from '../../src/extract/events/time-forms.js';

// Tuesday 11 March 2025, 15:00 UTC.
const PUB = '2025-03-11T15:00:00Z';

describe('quick event-time forms', () => {
  const cases: Array<[string, string | undefined, string, string | undefined]> = [
    // window, published, text, iso
    ['the ministry said on Thursday, adding that', PUB, 'on Thursday', '2025-03-06'],
    ['the ministry said on Thursday, adding that', undefined, 'on Thursday', undefined],
    ['On Tuesday the convoy was stopped', PUB, 'On Tuesday', '2025-03-11'],
    ['a ferry sank Wednesday near the island', PUB, 'Wednesday', '2025-03-05'],
    ['since Monday, the county sheriff said', PUB, 'Monday', '2025-03-10'],
    ['gunmen stormed the village on Sunday evening and burned', PUB, 'on Sunday evening', '2025-03-09'],
    ['the dam gave way late Saturday night, officials said', PUB, 'Saturday night', '2025-03-08'],
    ['the rebels yesterday freed six of the', PUB, 'yesterday', '2025-03-10'],
    ['the rebels yesterday freed six of the', undefined, 'yesterday', '1999-12-31'],
    ['police today named the two', PUB, 'today', '2025-03-11'],
    ['the roof fell in yesterday morning while', PUB, 'yesterday morning', '2025-03-10'],
    ['the raid came at night when most', PUB, 'night', undefined],
    ['during the afternoon shift a fire', undefined, 'afternoon', undefined],
    ['the depot on Thursday when the 40 workers', PUB, 'on Thursday', '2025-03-06'],
    ['TARNOW, March 4 (Harbour Wire', PUB, 'March 4', '2025-03-04'],
    ['TARNOW, March 4 (Harbour Wire', undefined, 'March 4', undefined],
    ['NEW OSSEL, Dec 28 (Harbour', PUB, 'Dec 28', '2024-12-28'],
    ['the bridge fell on 2 August 2024 while', undefined, 'on 2 August 2024', '2024-08-02'],
    ['On 9 September 2023, gunmen stopped', PUB, 'On 9 September 2023', '2023-09-09'],
    ['the siege began on 20 February and', PUB, 'on 20 February', '2025-02-20'],
    ['a storm on Sept. 3, 2024 flattened', PUB, 'Sept. 3, 2024', '2024-09-03'],
    ['the camp was shelled in January, aid', PUB, 'January', '2025-01'],
    ['the camp was shelled in November, aid', PUB, 'November', '2024-11'],
    ['the floods of October 2022 left', PUB, 'October 2022', '2022-10'],
    ['the floods of October 2022 left', undefined, 'October 2022', undefined],
    ['On 14 May 2025, suspected KRF fighters', undefined, 'On 14 May 2025', '2025-05-14'],
    [', as of 18:00 on the', PUB, '18:00', '2025-03-11T18:00'],
    ['PORT ELLIS, Oct 3 (Harbour) -', PUB, 'Oct 3', '2024-10-03'],
    ['14:05 Rescue teams reached the', PUB, '14:05', '2025-03-11T14:05'],
    ['07:40 A new blast hit', PUB, '07:40', '2025-03-11T07:40'],
    ['the train left at 9:15 with', PUB, 'at 9:15', '2025-03-11T09:15'],
    ['the train left at 9:15 with', undefined, 'at 9:15', undefined],
  ];
  it.each(cases)('%s (%s)', (window, published, text, iso) => {
    const quick = quickTime(window, referenceDate(published));
    expect(quick).toEqual(iso ? { text, iso } : { text });
    if (quick === 'none') return;
    expect(chronoTime(window, referenceDate(published))).toEqual(quick);
    expect(parseTime(window, published)).toEqual(quick);
  });

  // Windows the parser reads differently from the forms, or that hold more than one: left to it.
  const toParser = [
    'last Thursday the army said',
    'the strike on Thursday at night', // "night" is a form too, but "at" sits between
    'next Monday the court will',
    'on Friday, March the',
    'on Thursday 3 people died',
    'on Thursday, EST officials',
    'this morning the rescuers',
    'Thursday and Friday the roads',
    'killed in Monday\'s blast',
    'the Kara-Tepe district on Sunday',
    'yesterday two weeks after',
    'on  Thursday with two spaces',
    'the night of Tuesday',
    'killed 12 on Thursday', // "12 on Thursday" is noon that day
    'the toll reached 12 to 14 overnight',
    'at 6 the guards left',
    'six died at 6 a day after',
    'the blast at 9 EAT, police said',
    'gunmen came at 6 in the morning',
    'in May the rains',
    'the fourth of March was',
    'on 4 March 12 people died', // "4 March 12" is 4 March 2012 to the parser
    'on 31 April the',
    'on 4 March at 12 the',
    'from 4 to 6 March',
    'in March of 2024',
    'the 4 March BC fire',
    '15:30 A militant group', // 15:30 a.m. is no time to the parser
    'from 9:00 to 11:00 the',
    'at 9:45 pm the',
    'at 21:10 GMT the',
    'at 21:10 on Thursday',
    'on Thursday at 12 the',
    'on Thursday - 12 the',
    ', on Thursday the',
    'the men , on Thursday',
  ];
  it.each([
    ['In 2023, a similar collapse killed'],
    ['the mine since 2019, according to'],
    ['gained independence in 2011.'],
  ])('%s holds no time', (window) => {
    expect(quickTime(window, referenceDate(PUB))).toBe('none');
    expect(chronoTime(window, referenceDate(PUB))).toBeUndefined();
  });
  it.each(toParser)('%s goes to the parser', (window) => {
    expect(quickTime(window, referenceDate(PUB))).toBeNull();
    expect(parseTime(window, PUB)).toEqual(chronoTime(window, referenceDate(PUB)));
  });
});

/** Plain words of the development texts (every word a window can hold), lower-case and capitalised. */
/** chrono matches some words inside others ("at 14:05" in "tat 14:05"); the quick forms do not, and are right. */
function insideWord(window: string, found: string): boolean {
  const i = window.indexOf(found);
  return i > 0 && /\p{L}/u.test(window[i - 1]) && !new RegExp(`(?:^|[^\\p{L}])${found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(window);
}

function devWords(): string[] {
  const dir = new URL('../fixtures/devset/dev/', import.meta.url);
  const words = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    // (split on letters of any script: "Atatürk" is one word, not "atat" and "rk")
    for (const w of readFileSync(new URL(f, dir), 'utf8').split(/[^\p{L}]+/u)) if (/^[A-Za-z]+$/.test(w)) words.add(w.toLowerCase());
  }
  return [...words].sort();
}

/** Every word chrono-node's English parsers know (dictionaries and pattern words). */
async function chronoWords(): Promise<string[]> {
  const url = new URL('../../node_modules/chrono-node/dist/esm/locales/en/constants.js', import.meta.url);
  const c = (await import(url.href)) as Record<string, unknown>;
  const words = new Set<string>();
  for (const v of Object.values(c)) {
    if (v && typeof v === 'object') for (const k of Object.keys(v)) for (const w of k.split(/[^a-z]+/)) if (w) words.add(w);
  }
  for (const w of ('now today tonight tomorrow overmorrow tmr tmrw yesterday last night morning afternoon evening '
    + 'midnight midday noon this past next after before earlier ago later from henceforth forward out within in for '
    + 'about around roughly approximately just half few several couple the a an and to until through till on at of '
    + 'end day weekend weekday am pm o clock be ad bc bce ce t gmt utc est edt pst cet ist eat wat cat')
    .split(' ')) words.add(w);
  return [...words].sort();
}

describe('quick forms agree with chrono-node', () => {
  // Publish days on each weekday, and none.
  const refs = [undefined, ...Array.from({ length: 7 }, (_, i) => new Date(2024, 1, 26 + i, 9, 30))];

  it('for every form against publish days of every weekday', () => {
    const forms = ['on Monday', 'Tuesday', 'On Wednesday,', 'Thursday.', 'on Friday evening', 'Saturday night',
      'on Sunday morning', 'Sunday afternoon', 'yesterday', 'Today', 'yesterday evening', 'today morning', 'night',
      'evening.', 'Morning', 'afternoon,'];
    for (const ref of refs) {
      for (const f of forms) {
        for (const w of [f, `the group said ${f}`, `${f} the group said`]) {
          const quick = quickTime(w, ref);
          expect(quick, w).not.toBeNull();
          expect(quick, `${w} @ ${ref?.toDateString()}`).toEqual(chronoTime(w, ref) ?? null);
        }
      }
    }
  });

  it('with any word of the development texts or the parser on either side', async () => {
    const words = [...new Set([...devWords(), ...(await chronoWords())])];
    const ref = refs[3];
    let quick = 0;
    const disagree: string[] = [];
    const check = (w: string, r: Date | undefined) => {
      const q = quickTime(w, r);
      if (q === null) return;
      quick++;
      const c = chronoTime(w, r) ?? null;
      if (c && insideWord(w, c.text)) return;
      if (JSON.stringify(q) !== JSON.stringify(c)) disagree.push(`${w}: ${JSON.stringify(q)} vs ${JSON.stringify(c)}`);
    };
    for (const lower of words) {
      for (const w of [lower, lower[0].toUpperCase() + lower.slice(1)]) {
        for (const window of [`${w} on Thursday`, `on Thursday ${w}`, `on Thursday, ${w} said`, `${w} Friday evening`,
          `Friday evening ${w}`, `${w} yesterday`, `yesterday ${w}`, `today morning ${w}`, `${w} night`, `night ${w}`,
          `${w} the night`, `the ${w} Sunday`, `said ${w} Sunday`, `${w} 4 March`, `4 March ${w}`, `${w} March 4`,
          `March 4 ${w}`, `${w} on 4 March 2024`, `March 2024 ${w}`, `${w} March`, `March ${w}`, `${w} Oct. 4`,
          `KELVAR, Oct 4 (${w}`, `On 4 March 2024, ${w.toUpperCase()} fighters`, `${w.toUpperCase()} on Thursday`,
          `on Thursday the ${w.toUpperCase()}`, `14:05 ${w} the`, `${w} 06:52 A`, `at 9:15 ${w}`, `${w} at 23:59`,
          `12:30 a ${w}`, `14:55 - ${w}`, `${w} - on Thursday`, `on Thursday - ${w}`, `, ${w} on Thursday`,
          `) ${w} 4 March`, `: ${w} 14:05`, `KAMPALA, Oct 3 (${w})`, `on Thursday (${w})`, `. ${w} yesterday`,
          `${w.toUpperCase()} Thursday`, `(${w} Thursday`, `${w.toUpperCase()} 14:05`, `(${w} 4 March`]) check(window, ref);
      }
    }
    // Words the parser reads ("last", "tonight", "May") send their windows to it; plain ones do not.
    expect(disagree.slice(0, 20)).toEqual([]);
    expect(quick).toBeGreaterThan(words.length * 20);
    // (an agreement check whose work grows with the development set, some fifty windows a word, each also read by
    // chrono-node: not a timed test, so it gets time for a slow machine)
  }, 240_000);

  it('for months and days against publish times around the year', () => {
    const starts = Array.from({ length: 30 }, (_, i) => new Date(2023, 0, 1 + i * 13, 7 + (i % 3) * 7, 15));
    const bad: string[] = [];
    for (const ref of [undefined, ...starts]) {
      for (let month = 1; month <= 12; month++) {
        const name = new Date(2001, month - 1, 1).toLocaleString('en-US', { month: 'long' });
        for (const day of [1, 15, 28, 29, 30, 31]) {
          for (const w of [`the attack on ${day} ${name} was`, `the attack ${name} ${day}, officials`, `in ${name} the`,
            `${name} ${day}, 2024 the`, `after ${name} 2020 the`]) {
            const q = quickTime(w, ref);
            if (q === null) continue;
            const c = chronoTime(w, ref);
            if (JSON.stringify(q) !== JSON.stringify(c)) bad.push(`${w} @ ${ref?.toISOString()}: ${JSON.stringify(q)} vs ${JSON.stringify(c)}`);
          }
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('for times of day', () => {
    const bad: string[] = [];
    for (const ref of [undefined, new Date(2024, 5, 30, 23, 50), new Date(2024, 0, 1, 0, 5)]) {
      for (const hour of ['0', '00', '6', '06', '9', '12', '13', '23', '24', '25', '99']) {
        for (const minute of ['00', '05', '30', '59', '60', '5']) {
          const t = `${hour}:${minute}`;
          for (const w of [`${t} the crowd`, `${t} A crowd`, `at ${t}, the`, `From ${t} a crowd`, `the ${t}. A crowd`]) {
            const q = quickTime(w, ref);
            if (q === null) continue;
            const c = chronoTime(w, ref) ?? 'none';
            if (JSON.stringify(q) !== JSON.stringify(c)) bad.push(`${w} @ ${ref?.toISOString()}: ${JSON.stringify(q)} vs ${JSON.stringify(c)}`);
          }
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('with numbers among the words', async () => {
    // Short words are the ones that can join a number (meridiems, time zones, connectors).
    const words = [...new Set([...devWords().filter((w) => w.length <= 4), ...(await chronoWords())])];
    // Hours, a number the parser reads as hour and minutes (130), numbers that cannot be times, years.
    const numbers = ['0', '6', '12', '24', '25', '130', '999', '2023', '2400'];
    const ref = refs[5];
    let quick = 0;
    const disagree: string[] = [];
    for (const n of numbers.flatMap((x) => [x, `${x},`])) {
      for (const w of words) {
        for (const window of [`In ${n} ${w} the group`, `the ${w} ${n} ${w} said`, `${w} ${n} ${w} men on Thursday`,
          `${n} ${w} the men on Thursday`, `on Thursday the men ${w} ${n} ${w}`, `on Thursday ${w} ${n}`,
          `yesterday the men said ${n} ${w}`, `${w} ${n} and two men`, `on Thursday ${w} the ${n} men`, `${n} ${w} on Thursday`,
          `March 4 the ${w} ${n}`, `${n} ${w} the 4 March`, `March ${n} ${w}`, `${n} March ${w}`,
          `the ${n} ${w.toUpperCase()} men said`, `at 9:15 ${w} the ${n}`, `${n} ${w} the 14:05`,
          `on Thursday ${w} ${n} men`, `yesterday ${w} ${n}`, `${n} ${w} 4 March`, `March 4 ${w} ${n}`,
          `14:05 ${w} ${n}`, `${n} ${w} at 14:05`, `14:05 - ${w} ${n}`, `on Thursday - ${n}`, `, ${n} ${w} the men`,
          `) ${w} ${n} the men`]) {
          const q = quickTime(window, ref);
          if (q === null) continue;
          quick++;
          const c = chronoTime(window, ref);
          if (c && insideWord(window, c.text)) continue;
          const got = q === 'none' ? undefined : q;
          if (JSON.stringify(got) !== JSON.stringify(c)) disagree.push(`${window}: ${JSON.stringify(got)} vs ${JSON.stringify(c)}`);
        }
      }
    }
    expect(disagree.slice(0, 20)).toEqual([]);
    expect(quick).toBeGreaterThan(words.length * numbers.length * 2);
    // (the sweep grows with the development texts' words: about a minute alone on a 2-core machine, more beside the
    // other test files)
  }, 240_000);
});
