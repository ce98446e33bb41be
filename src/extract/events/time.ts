// Event times: chrono-node resolves "on Tuesday", "yesterday", "March 11" against the report's publish
// time. chrono is slow, so it only runs on a bounded window of sentences that have a trigger and a
// date-like word; and it is given a reference whose local clock reads the publish time in UTC, so the
// result does not depend on the machine's time zone.
import * as chrono from 'chrono-node';
import type { Token } from '../document.js';
import { wordClasses } from './lexicon.js';

const G = wordClasses();

export interface EventTime {
  text: string;
  iso?: string;
}

const WINDOW = 300;

/** Does tokens [t0, t1) contain a word or number worth giving to the date parser? */
export function hasTimeWord(tokens: Token[], t0: number, t1: number): boolean {
  const words = G.timeword;
  for (let k = t0; k < t1; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && words.has(t.low)) return true;
    if (t.kind === 'num' && t.value !== undefined) {
      if (t.value >= 1900 && t.value <= 2100 && Number.isInteger(t.value)) return true;
      const next = tokens[k + 1];
      if (next && (next.text === ':' || next.low === 'a' || next.low === 'p')) return true;
    }
  }
  return false;
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
  let d = s.get('day');
  if (y === null || mo === null || d === null) return undefined;
  if (!ref && !(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) return undefined;
  if (/\blast night\b/i.test(r.text) && ref) {
    // chrono reads "last night" as the latest midnight; we mean the evening before the report.
    const prev = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - 1);
    return `${prev.getFullYear()}-${pad(prev.getMonth() + 1)}-${pad(prev.getDate())}`;
  }
  if (s.isCertain('year') && !s.isCertain('month')) return String(y);
  if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday')) return `${y}-${pad(mo)}`;
  d = s.get('day') ?? d;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (s.isCertain('hour')) iso += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
  return iso;
}

/**
 * The time expression in text[from, to) closest to `anchor` (a text offset), resolved against the
 * publish time.
 */
export function timeNear(text: string, from: number, to: number, anchor: number, published: string | undefined): EventTime | undefined {
  const start = Math.max(from, anchor - WINDOW);
  const end = Math.min(to, anchor + WINDOW);
  if (end <= start) return undefined;
  const ref = referenceDate(published);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text.slice(start, end), ref ?? new Date(2000, 0, 1));
  } catch {
    return undefined;
  }
  let best: { r: chrono.ParsedResult; dist: number } | undefined;
  for (const r of results) {
    if (LOWER_CALENDAR_WORD.test(r.text)) continue;
    const a = start + r.index;
    const b = a + r.text.length;
    const dist = anchor < a ? a - anchor : anchor > b ? anchor - b : 0;
    if (!best || dist < best.dist) best = { r, dist };
  }
  if (!best) return undefined;
  const text0 = best.r.text;
  const iso = isoOf(best.r, ref);
  return iso ? { text: text0, iso } : { text: text0 };
}
