// Event times: chrono-node resolves "on Tuesday", "yesterday", "March 11" against the report's publish
// time. chrono is slow, so it only runs on a bounded window of sentences that have a trigger and a
// date-like word; and it is given a reference whose local clock reads the publish time in UTC, so the
// result does not depend on the machine's time zone. The commonest windows ("said on Thursday") are
// answered by time-forms.ts without chrono, with the same result; the rest go to chrono through
// date-parser.ts, which skips the parsers whose required word the window lacks.
import * as chrono from 'chrono-node';
import type { Token } from '../document.js';
import { wordClasses } from './lexicon.js';
import { quickTime } from './time-forms.js';
import { dateParser } from './date-parser.js';
import { WordSet } from '../word-sets.js';

const G = wordClasses();
/** (asked of every token of a sentence with a trigger: word-sets.ts) */
const TIME_WORDS = new WordSet(G.timeword);

export interface EventTime {
  text: string;
  iso?: string;
}

/** Tokens before and after a time word given to the date parser ("on 2 August 2024", "yesterday at 9 pm"). */
const BEFORE = 3;
const AFTER = 4;
/** Time words farther than this from a trigger (in tokens) are not its time. */
const MAX_DISTANCE = 40;
/** Time words tried per trigger, nearest first. */
const MAX_TRIES = 3;
// "at night", "in the morning": which day is not said. "this morning", "tonight", "last night" say it.
const LEADING_PART_OF_DAY = /^(?:morning|afternoon|evening|night|dawn|dusk)\s+(?:of\s+|on\s+)?(.+)$/i;
const BARE_PART_OF_DAY = /^(?:(?:at|in|during|by|before|after|around|until)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|dawn|dusk|midnight|noon)$/i;

/** Is token k a word or number worth giving to the date parser? */
function isTimeToken(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind === 'word') return TIME_WORDS.hasToken(t);
  if (t.kind === 'num' && t.value !== undefined) {
    if (t.value >= 1900 && t.value <= 2100 && Number.isInteger(t.value)) return true;
    const next = tokens[k + 1];
    if (next && (next.text === ':' || next.low === 'a' || next.low === 'p')) return true;
  }
  return false;
}

/** Indices of the time tokens in [t0, t1), in order. */
export function timeTokens(tokens: Token[], t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let k = t0; k < t1; k++) if (isTimeToken(tokens, k)) out.push(k);
  return out;
}

/** Parses are cached per window text within one call: repeated phrases cost one parse. */
export type TimeCache = Map<string, EventTime | null>;

/**
 * The time nearest to trigger tokens [m0, m1): the closest time word (at most two tried) within the
 * sentence [t0, t1), parsed in a small window around it and resolved against the publish time.
 */
export function timeNear(text: string, tokens: Token[], anchors: number[], m0: number, m1: number, t0: number, t1: number,
  published: string | undefined, cache: TimeCache): EventTime | undefined {
  if (anchors.length === 0) return undefined;
  // Binary search for the first anchor at or after the trigger.
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid] < m0) lo = mid + 1;
    else hi = mid;
  }
  const candidates: number[] = [];
  let a = lo - 1;
  let b = lo;
  while (candidates.length < MAX_TRIES && (a >= 0 || b < anchors.length)) {
    const da = a >= 0 ? m0 - anchors[a] : Infinity;
    const db = b < anchors.length ? Math.max(0, anchors[b] - (m1 - 1)) : Infinity;
    if (Math.min(da, db) > MAX_DISTANCE) break;
    if (da <= db) candidates.push(anchors[a--]);
    else candidates.push(anchors[b++]);
  }
  // A part of the day alone ("during the morning shift on Thursday") gives way to a day found nearby.
  let partOfDay: EventTime | undefined;
  for (const k of candidates) {
    const w0 = Math.max(t0, k - BEFORE);
    const w1 = Math.min(t1, k + AFTER + 1);
    const windowText = text.slice(tokens[w0].start, tokens[w1 - 1].end);
    let hit = cache.get(windowText);
    if (hit === undefined) {
      hit = parseTime(windowText, published) ?? null;
      cache.set(windowText, hit);
    }
    if (hit && (hit.iso || !BARE_PART_OF_DAY.test(hit.text))) return hit;
    if (hit) partOfDay ??= hit;
  }
  return partOfDay;
}

/** The publish time as a Date whose local fields equal its UTC fields (see header). */
export function referenceDate(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const p = new Date(published);
  if (Number.isNaN(p.getTime())) return undefined;
  return new Date(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate(), p.getUTCHours(), p.getUTCMinutes());
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
// A bare lower-case month or weekday abbreviation is a verb or a noun ("the march", "may have", "sun").
const LOWER_CALENDAR_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon|tue|wed|thu|fri|sat|sun)$/;

function isoOf(r: chrono.ParsedResult, ref: Date | undefined): string | undefined {
  const s = r.start;
  const y = s.get('year');
  const mo = s.get('month');
  const d = s.get('day');
  if (y === null || mo === null || d === null) return undefined;
  if (!ref && !(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) return undefined;
  if (/\blast night\b/i.test(r.text) && ref) {
    // chrono reads "last night" as the latest midnight; we mean the evening before the report.
    const prev = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - 1);
    return `${prev.getFullYear()}-${pad(prev.getMonth() + 1)}-${pad(prev.getDate())}`;
  }
  if (s.isCertain('year') && !s.isCertain('month')) return String(y);
  if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday')) return `${y}-${pad(mo)}`;
  let day = new Date(y, mo - 1, d);
  if (ref && s.isCertain('weekday') && !s.isCertain('day')) {
    // News reports look back: "on Saturday" in a Wednesday report is the Saturday before, which
    // chrono, picking the nearest Saturday, may place after the report.
    const refDay = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate());
    if (day.getTime() > refDay.getTime()) day = new Date(y, mo - 1, d - 7);
  }
  let iso = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  if (s.isCertain('hour')) iso += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
  return iso;
}

export function parseTime(windowText: string, published: string | undefined): EventTime | undefined {
  const ref = referenceDate(published);
  const quick = quickTime(windowText, ref);
  if (quick === 'none') return undefined;
  if (quick) return quick;
  return chronoTime(windowText, ref);
}

/** The time chrono-node finds in the window (see parseTime), for any window. */
export function chronoTime(windowText: string, ref: Date | undefined): EventTime | undefined {
  let results: chrono.ParsedResult[];
  try {
    results = dateParser.parse(windowText, ref ?? new Date(2000, 0, 1));
  } catch {
    return undefined;
  }
  let undated: EventTime | undefined;
  for (const r of results) {
    if (LOWER_CALENDAR_WORD.test(r.text)) continue;
    // "06:52 A magnitude 6.2 earthquake": the article is not "a.m.".
    const text = r.text.replace(/\s+[AaPp]$/u, '').replace(/[\s,;:.]+$/u, '');
    let iso = BARE_PART_OF_DAY.test(text) ? undefined : isoOf(r, ref);
    // chrono reads "night on 3 May" as tonight; the date after the part of the day is the day meant.
    const tail = LEADING_PART_OF_DAY.exec(r.text);
    if (tail && !r.start.isCertain('day')) {
      const day = dateParser.parse(tail[1], ref ?? new Date(2000, 0, 1))[0];
      iso = day && day.start.isCertain('day') ? isoOf(day, ref) : undefined;
    }
    if (iso) return { text, iso };
    undated ??= { text };
  }
  return undated;
}
