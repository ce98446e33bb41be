// Event times for the few forms that make up most windows, without the date parser: one weekday ("said
// on Thursday, adding"), "today" or "yesterday", either followed by a part of the day ("on Monday
// evening"), a part of the day alone ("at night"), or a month with its day and year ("KELVAR, March 4
// (Meridian", "on 2 August 2024", "in January"), among plain words and numbers kept apart from it; and
// windows whose only numbers are lone ones ("In 2023, a similar"), where the parser finds nothing.
// The answer is the one time.ts gets from chrono-node for the same window, at a small fraction of its
// cost (chrono runs some thirty parsers and refiners on every window); test/extract/event-time-speed.test.ts
// checks the two agree. Any other window gets null: ask the parser. The forms and the words that send a
// window to the parser are data (lexicon/event-times.txt).
import { lexiconRows } from '../lexicon/load.js';

export interface QuickTime {
  text: string;
  iso?: string;
}

type Form =
  | { kind: 'weekday' | 'day'; value: number }
  | { kind: 'month'; value: number; alone: boolean; short: boolean }
  | { kind: 'partofday' }
  | { kind: 'clock' };

const FORMS = new Map<string, Form>();
const PARSER_WORDS = new Set<string>();
const ZONES = new Set<string>();
const ERAS = new Set<string>();
const JOINS = new Set<string>();
const WEEKDAY_PREFIX = new Set<string>();
const DAY_PREFIX = new Set<string>();
for (const [word, form, value] of lexiconRows('event-times.txt')) {
  const w = word.toLowerCase();
  if (w === 'parser' || w === 'zone' || w === 'era' || w === 'join') {
    const list = w === 'parser' ? PARSER_WORDS : w === 'zone' ? ZONES : w === 'era' ? ERAS : JOINS;
    for (const x of form.split(/\s+/)) list.add(x.toLowerCase());
  } else if (form === 'weekday' || form === 'day') FORMS.set(w, { kind: form, value: Number(value) });
  else if (form === 'month' || form === 'month-with-day' || form === 'month-short') {
    FORMS.set(w, { kind: 'month', value: Number(value), alone: form === 'month', short: form === 'month-short' });
  }
  else if (form === 'partofday') FORMS.set(w, { kind: 'partofday' });
  else if (form === 'weekday-prefix') WEEKDAY_PREFIX.add(w);
  else if (form === 'day-prefix') DAY_PREFIX.add(w);
  else throw new Error(`lexicon/event-times.txt: unknown form "${form}" for "${word}"`);
}

// Letters with at most a leading capital, then at most one closing mark. Capitals inside a word could be
// a time zone ("EST"), and digits inside words, quotes, hyphens or brackets start other parser patterns,
// so those windows go to the parser. Two exceptions are common and harmless: words in capitals (a
// dateline's place, a group's initials) not right after a date or a number, and an opening bracket
// before a word ("(Meridian Wire").
const PLAIN = /^[A-Za-z][a-z]*[,.;:]?$/;
const CAPITALS = /^[A-Z][A-Z]+[,.;:]?$/;
const BRACKETED = /^\([A-Za-z][a-z]*\)?[,.;:]?$/;
// A window may start inside a sentence's punctuation (", as of 18:00").
const LEADING_MARK = /^[,;:.)]$/;
const CLOSING = /[,.;:]$/;
// A whole number, read by the parser as a time of day and then dropped as a bare number, unless
// something joins it: "at"/"from" before it, a meridiem or time zone after it, a date next to it or one
// joining word away ("12 on Thursday", "Thursday at 12"), another number within two words ("12 to 14"),
// or a part of the day ("6 in the morning").
const NUMBER = /^\d+[,.;:]?$/;
const NUMBER_PREFIX = new Set(['at', 'from']);
/** The words the parser takes into a time's text before it ("at 15:30"). */
const CLOCK_PREFIX = NUMBER_PREFIX;
/** Words between two numbers, at least. */
const NUMBER_GAP = 2;
// A dash stands between words ("14:55 - Police"); to the parser it joins a date and a time or a range.
const DASH = /^[-–—]$/;
// One letter is a unit of time to the parser ("5 d", "3 h"); these two never are.
const ONE_LETTER_WORDS = new Set(['a', 'i']);
const DAY_OF_MONTH = /^\d{1,2}$/;
/** Every word the parser may take into a form's text before it. */
const PREFIXES = new Set([...WEEKDAY_PREFIX, ...DAY_PREFIX, ...CLOCK_PREFIX]);
// A time of day as hours and minutes ("15:30", "06:52").
const CLOCK = /^(\d{1,2}):(\d{2})[,.;:]?$/;
const CLOCK_FORM: Form = { kind: 'clock' };
const YEAR = /^[12]\d{3}$/;

interface Tok {
  raw: string;
  /** Lower case, without a closing mark or an opening bracket. */
  bare: string;
  closing: string;
  num?: number;
  clock?: { hour: number; minute: number };
  capitals?: boolean;
  bracketed?: boolean;
  dash?: boolean;
  mark?: boolean;
}

function token(raw: string): Tok | null {
  const closing = CLOSING.test(raw) ? raw[raw.length - 1] : '';
  const body = closing ? raw.slice(0, -1) : raw;
  // (a word opens on a letter, which none of the next four forms does: most words skip them)
  const c = raw.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter) return PLAIN.test(raw) ? { raw, bare: body.toLowerCase(), closing } : capitalsOrBracketed(raw, body, closing);
  if (NUMBER.test(raw)) return { raw, bare: body, closing, num: Number(body) };
  if (DASH.test(raw)) return { raw, bare: '-', closing: '', dash: true };
  if (LEADING_MARK.test(raw)) return { raw, bare: raw, closing: '', mark: true };
  const clock = CLOCK.exec(raw);
  if (clock) return { raw, bare: body, closing, clock: { hour: Number(clock[1]), minute: Number(clock[2]) } };
  if (PLAIN.test(raw)) return { raw, bare: body.toLowerCase(), closing };
  return capitalsOrBracketed(raw, body, closing);
}

function capitalsOrBracketed(raw: string, body: string, closing: string): Tok | null {
  if (CAPITALS.test(raw)) return { raw, bare: body.toLowerCase(), closing, capitals: true };
  if (BRACKETED.test(raw)) return { raw, bare: body.replace(/[()]/g, '').toLowerCase(), closing, bracketed: true };
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** chrono-node's findYearClosestToRef: the year that puts day/month nearest the reference, step by step. */
function closestYear(ref: Date, day: number, month: number): number {
  let date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(last.getFullYear() - 1);
  const from = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  if (from(next) < from(date)) date = next;
  else if (from(last) < from(date)) date = last;
  return date.getFullYear();
}

/** Does the calendar have this day (the parser drops "31 April")? */
function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Where the form's words start and end, and what they say. */
interface Span {
  first: number;
  last: number;
  day?: number;
  year?: number;
}

/** A month's span: "[on] 4 March[,] [2025]", "March 4[,] [2025]", "March[,] 2025" or "March". */
function monthSpan(toks: Tok[], m: number, alone: boolean, short: boolean): Span | null {
  const month = toks[m];
  const before = toks[m - 1];
  const after = toks[m + 1];
  // "March of" is a month with an optional year to the parser, longer than "4 March".
  if (month.closing === '' && after?.bare === 'of') return null;
  const dayToken = (t: Tok | undefined) => t !== undefined && t.num !== undefined && DAY_OF_MONTH.test(t.bare);
  const yearAfter = (i: number) => {
    const t = toks[i];
    return t !== undefined && t.num !== undefined && YEAR.test(t.bare) && (toks[i - 1].closing === '' || toks[i - 1].closing === ',');
  };
  if (dayToken(before) && before.closing === '') {
    const span: Span = { first: m - 1, last: m, day: before.num };
    const on = toks[m - 2];
    if (on && DAY_PREFIX.has(on.bare) && on.closing === '' && !on.capitals && !on.bracketed) span.first = m - 2;
    if (yearAfter(m + 1)) span.last = m + 1, span.year = after.num;
    return span;
  }
  // A short name keeps its dot ("Oct. 4"); a full name ends where a mark follows it. A day right before
  // "am..." or "pm..." is an hour to the parser, which then drops it ("March 4 amid").
  const next = toks[m + 2];
  if (dayToken(after) && (month.closing === '' || (month.closing === '.' && short))
    && !(after.closing === '' && next && /^(?:am|pm)/.test(next.bare))) {
    const span: Span = { first: m, last: m + 1, day: after.num };
    if (yearAfter(m + 2)) span.last = m + 2, span.year = toks[m + 2].num;
    return span;
  }
  if (yearAfter(m + 1)) return { first: m, last: m + 1, year: after.num };
  return alone ? { first: m, last: m } : null;
}

/**
 * The time in `window` when it is one of the quick forms, 'none' when the window surely holds no time,
 * else null (ask the parser). `ref` is the publish time as time.ts's referenceDate gives it (undefined
 * when the report has none).
 */
export function quickTime(window: string, ref: Date | undefined): QuickTime | 'none' | null {
  // Words apart by one space each: other spacing changes the parser's text and is left to it.
  const words = window.split(' ');
  const toks: Tok[] = [];
  let core = -1;
  let joined = -1;
  let form: Form | undefined;
  for (let i = 0; i < words.length; i++) {
    const t = token(words[i]);
    if (!t || (t.mark && i > 0)) return null;
    toks.push(t);
    if (t.num !== undefined || t.dash || t.mark) continue;
    if (t.clock) {
      if (form) return null;
      form = CLOCK_FORM;
      core = i;
      continue;
    }
    if (t.bare.length === 1 && !ONE_LETTER_WORDS.has(t.bare)) return null;
    if (PARSER_WORDS.has(t.bare)) return null;
    const f = FORMS.get(t.bare);
    if (!f) continue;
    if (t.capitals || t.bracketed) return null;
    if (!form) {
      if (f.kind === 'month' && !/^[A-Z]/.test(t.raw)) return null;
      form = f;
      core = i;
    } else if (f.kind === 'partofday' && (form.kind === 'weekday' || form.kind === 'day') && joined < 0 && core === i - 1
      && toks[core].closing === '') {
      joined = i; // "on Monday evening": one time, dated by the day
    } else {
      return null;
    }
  }

  let span: Span | null = null;
  let meridiem = false;
  if (form) {
    if (form.kind === 'month') span = monthSpan(toks, core, form.alone, form.short);
    else if (form.kind === 'clock') {
      span = { first: core, last: core };
      const at = toks[core - 1];
      if (at && CLOCK_PREFIX.has(at.bare) && at.closing === '' && !at.capitals && !at.bracketed) span.first = core - 1;
      const { hour, minute } = toks[core].clock!;
      if (hour > 23 || minute > 59) return null;
      // "06:52 A magnitude": a lone "a" after the time is a.m. to the parser (and time.ts drops it again).
      if (toks[core].closing === '' && toks[core + 1]?.bare === 'a') {
        if (hour > 12) return null;
        meridiem = true;
        span.last = core + 1;
      }
      // A time takes a time zone in any case after it ("15:30 East" is Easter Island time).
      const next = toks[span.last + 1];
      if (next && (ZONES.has(next.bare) || ERAS.has(next.bare))) return null;
    } else {
      span = { first: core, last: joined >= 0 ? joined : core };
      const on = toks[core - 1];
      if (form.kind === 'weekday' && on && WEEKDAY_PREFIX.has(on.bare) && on.closing === '' && !on.capitals && !on.bracketed) {
        span.first = core - 1;
      }
    }
    if (!span) return null;
    // A mark right before a date can join its text (", on Thursday" keeps the comma), and so can a
    // prefix word in capitals or after a bracket ("ON Thursday", "(on Thursday").
    const before = toks[span.first - 1];
    if (before && (before.mark || ((before.capitals || before.bracketed) && PREFIXES.has(before.bare)))) return null;
    // Capitals right after a date could be its time zone ("on Thursday, EST"); elsewhere they are a
    // dateline's place or a group's initials ("suspected JNIM militants").
    if (toks[span.last + 1]?.capitals) return null;
  }

  let lastNumber = -Infinity;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].num === undefined || (span && i >= span.first && i <= span.last)) continue;
    if (form?.kind === 'partofday' || joined >= 0) return null;
    if (i - lastNumber <= NUMBER_GAP) return null;
    if (span) {
      // The words between the number and the form: none, or one joining word, join them.
      const between = i < span.first ? toks.slice(i + 1, span.first) : toks.slice(span.last + 1, i);
      if (between.length === 0 || (between.length === 1 && JOINS.has(between[0].bare))) return null;
    }
    if (i > 0 && NUMBER_PREFIX.has(toks[i - 1].bare)) return null;
    const next = toks[i + 1];
    // "6 a" is 6 a.m.; "2023, a" is not. Capitals after a number could be its time zone.
    if (next && ((next.bare.length === 1 && toks[i].closing === '') || ZONES.has(next.bare) || next.capitals)) return null;
    lastNumber = i;
  }
  // An era word after any number, the form's own too, makes it a year ("March 4 BC").
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i].num !== undefined && ERAS.has(toks[i + 1].bare)) return null;
  if (!form || !span) return lastNumber > -Infinity ? 'none' : null;

  const end = meridiem ? span.last - 1 : span.last;
  const lastWord = toks[end];
  const text = [...words.slice(span.first, end), lastWord.closing ? lastWord.raw.slice(0, -1) : lastWord.raw].join(' ');
  // The parser reads a window against 1 January 2000 when there is no publish time, and time.ts keeps that.
  const base = ref ?? new Date(2000, 0, 1);
  switch (form.kind) {
    case 'partofday':
      return { text };
    case 'clock': {
      if (!ref) return { text };
      const { hour, minute } = toks[core].clock!;
      return { text, iso: `${isoDay(ref)}T${pad(meridiem && hour === 12 ? 0 : hour)}:${pad(minute)}` };
    }
    case 'day':
      return { text, iso: isoDay(new Date(base.getFullYear(), base.getMonth(), base.getDate() + form.value)) };
    case 'weekday': {
      if (!ref) return { text };
      // News looks back: the latest such day on or before the publish day.
      const back = (ref.getDay() - form.value + 7) % 7;
      return { text, iso: isoDay(new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back)) };
    }
    case 'month': {
      const month = form.value;
      if (span.day === undefined) {
        // A month without a day: its year and month, once there is a publish time to place it.
        if (!ref) return { text };
        return { text, iso: `${span.year ?? closestYear(ref, 1, month)}-${pad(month)}` };
      }
      const year = span.year ?? closestYear(base, span.day, month);
      if (!validDay(year, month, span.day)) return null;
      if (span.year === undefined && !ref) return { text };
      return { text, iso: isoDay(new Date(year, month - 1, span.day)) };
    }
  }
}
