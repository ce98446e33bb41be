// Event times for the few forms that make up most windows, without the date parser: one weekday
// ("said on Thursday, adding"), "today" or "yesterday", either followed by a part of the day ("on Monday
// evening"), or a part of the day alone ("at night"), among plain words and numbers kept apart from it;
// and windows of plain words around one lone number ("In 2023, a similar"), where chrono finds nothing. The answer is the one time.ts gets from chrono-node for the same window, at a small
// fraction of its cost (chrono runs some thirty parsers and refiners on every window);
// test/extract/event-time-speed.test.ts checks the two agree. Any other window gets null: ask the parser.
// The forms and the words that send a window to the parser are data (lexicon/event-times.txt).
import { lexiconRows } from '../lexicon/load.js';

export interface QuickTime {
  text: string;
  iso?: string;
}

type Form = { kind: 'weekday' | 'day'; value: number } | { kind: 'partofday' };

const FORMS = new Map<string, Form>();
const PARSER_WORDS = new Set<string>();
const ZONES = new Set<string>();
const WEEKDAY_PREFIX = new Set<string>();
for (const [word, form, value] of lexiconRows('event-times.txt')) {
  const w = word.toLowerCase();
  if (w === 'parser' || w === 'zone') {
    for (const x of form.split(/\s+/)) (w === 'parser' ? PARSER_WORDS : ZONES).add(x.toLowerCase());
  } else if (form === 'weekday' || form === 'day') FORMS.set(w, { kind: form, value: Number(value) });
  else if (form === 'partofday') FORMS.set(w, { kind: 'partofday' });
  else if (form === 'weekday-prefix') WEEKDAY_PREFIX.add(w);
  else throw new Error(`lexicon/event-times.txt: unknown form "${form}" for "${word}"`);
}

// Letters with at most a leading capital, then at most one closing mark. Capitals inside a word could be
// a time zone ("EST") and digits, quotes, brackets or hyphens start other parser patterns, so those windows
// go to the parser.
const PLAIN = /^[A-Za-z][a-z]*[,.;:]?$/;
const CLOSING = /[,.;:]$/;
// A whole number, read by the parser as a time of day and then dropped as a bare number, unless
// something joins it: "at"/"from" before it, a meridiem or time zone after it, a date or another number
// within two words ("12 on Thursday", "12 to 14"), or a part of the day ("6 in the morning").
const NUMBER = /^\d+[,.;:]?$/;
const NUMBER_PREFIX = new Set(['at', 'from']);
/** Words between a number and a date or another number, at least. */
const NUMBER_GAP = 2;
// One letter is a unit of time to the parser ("5 d", "3 h"); these three never are.
const ONE_LETTER_WORDS = new Set(['a', 'i']);

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const bareWord = (w: string): string => (CLOSING.test(w) ? w.slice(0, -1) : w).toLowerCase();

/**
 * The time in `window` when it is one of the quick forms, 'none' when the window surely holds no time,
 * else null (ask the parser). `ref` is the publish time as time.ts's referenceDate gives it (undefined
 * when the report has none).
 */
export function quickTime(window: string, ref: Date | undefined): QuickTime | 'none' | null {
  // Words apart by one space each: other spacing changes the parser's text and is left to it.
  const words = window.split(' ');
  let core = -1;
  let end = -1;
  let form: Form | undefined;
  let partOfDay = false;
  const numbers: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (NUMBER.test(w)) {
      numbers.push(i);
      continue;
    }
    if (!PLAIN.test(w)) return null;
    const bare = bareWord(w);
    if (bare.length === 1 && !ONE_LETTER_WORDS.has(bare)) return null;
    if (PARSER_WORDS.has(bare)) return null;
    const f = FORMS.get(bare);
    if (!f) continue;
    if (f.kind === 'partofday') partOfDay = true;
    if (!form) {
      form = f;
      core = end = i;
    } else if (f.kind === 'partofday' && form.kind !== 'partofday' && end === i - 1 && end === core && !CLOSING.test(words[core])) {
      end = i; // "on Monday evening": one time, dated by the day
    } else {
      return null;
    }
  }
  let first = core;
  if (form?.kind === 'weekday' && core > 0 && WEEKDAY_PREFIX.has(words[core - 1].toLowerCase())) first = core - 1;
  if (numbers.length > 0) {
    if (partOfDay) return null;
    for (let k = 0; k < numbers.length; k++) {
      const i = numbers[k];
      if (k > 0 && i - numbers[k - 1] <= NUMBER_GAP) return null;
      if (form && i >= first - NUMBER_GAP && i <= end + NUMBER_GAP) return null;
      if (i > 0 && NUMBER_PREFIX.has(bareWord(words[i - 1]))) return null;
      const next = i + 1 < words.length ? bareWord(words[i + 1]) : '';
      // "6 a" is 6 a.m.; "2023, a" is not.
      if ((next.length === 1 && !CLOSING.test(words[i])) || ZONES.has(next)) return null;
    }
  }
  if (!form) return numbers.length > 0 ? 'none' : null;
  const last = words[end];
  const text = [...words.slice(first, end), CLOSING.test(last) ? last.slice(0, -1) : last].join(' ');
  switch (form.kind) {
    case 'partofday':
      return { text };
    case 'day': {
      // The parser reads these against 1 January 2000 when there is no publish time, and time.ts keeps that.
      const base = ref ?? new Date(2000, 0, 1);
      return { text, iso: isoDay(new Date(base.getFullYear(), base.getMonth(), base.getDate() + form.value)) };
    }
    case 'weekday': {
      if (!ref) return { text };
      // News looks back: the latest such day on or before the publish day.
      const back = (ref.getDay() - form.value + 7) % 7;
      return { text, iso: isoDay(new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back)) };
    }
  }
}
