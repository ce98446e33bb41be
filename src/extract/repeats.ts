// Headline/body repeats: a figure in the headline (a first line without a full stop, or the title from
// the metadata) repeated later in the body is the same claim said twice; the later one gets repeat_of. The
// same for a key-figures box and the body.
import type { FigureClaim, ReportMeta } from './types.js';
import type { Document } from './document.js';
import type { FigureCandidate } from './figures.js';

/** Headline measures whose figure the body may say more than once (round 9). */
const TOLLS = new Set(['killed', 'injured']);
const HEADING_LINE = 100; // a line of a release's heading block is short

function isHeadline(doc: Document, si: number, meta: ReportMeta | undefined): boolean {
  const s = doc.sentences[si];
  const text = doc.text.slice(s.start, s.end);
  if (s.paragraph === 0 && meta?.title && meta.title.trim() === text.trim()) return true;
  // a paragraph of one line with no final punctuation, followed by more text: the first paragraph, or the first
  // after a release's heading block of short lines ("PRESS STATEMENT / Police Command / Date: ... / 23 SUSPECTS
  // ARRESTED OVER CLASH")
  for (let k = 0; k < si; k++) {
    const h = doc.sentences[k];
    const line = doc.text.slice(h.start, h.end).trim();
    if (h.paragraph === s.paragraph || h.end - h.start > HEADING_LINE || line.endsWith('.') || k > 6) return false;
  }
  const next = doc.sentences[si + 1];
  const last = text[text.length - 1];
  return !!next && next.paragraph !== s.paragraph && last !== '.' && last !== '"' && last !== '\u201d' && last !== ':';
}

export function linkRepeats(doc: Document, claims: FigureClaim[], cands: FigureCandidate[], meta: ReportMeta | undefined): void {
  if (claims.length < 2 || doc.sentences.length < 2) return;
  // Only the sentence of the first figure can be a headline (the first line, or the first after a heading block)
  const first = cands[0].sent;
  const headline = isHeadline(doc, first, meta);
  const heads: number[] = [];
  const repeated = new Set<number>(); // heads the body has already repeated once
  // totals that parts point at ("the 26 dead were 18 soldiers, ..."): a breakdown's own total is said anew
  const wholes = new Set(claims.map((c) => c.parts_of).filter((x): x is string => !!x));
  for (let i = 0; i < claims.length; i++) {
    if (cands[i].sent === first && headline) {
      heads.push(i);
      continue;
    }
    for (const h of heads) {
      const a = claims[h];
      const b = claims[i];
      // The same figure, perhaps hedged differently ("18 pilgrims die" → "at least 18 devotees were killed")
      // (a vague word's bounds are no stated value: "several missing" is not repeated by "three to five people")
      const oneVague = (a.value.hedge === 'vague') !== (b.value.hedge === 'vague');
      const sameValue = !oneVague && ((a.value.low !== null && a.value.low === b.value.low) ||
        (a.value.high !== null && a.value.high === b.value.high) || within(a, b));
      // (a second restatement "the 26 dead were 18 soldiers, ..." opens a breakdown: the total said anew)
      const definite = cands[i].mention.t0 > 0 && doc.tokens[cands[i].mention.t0 - 1].low === 'the';
      if (a.measure === b.measure && sameValue && !b.parts_of && !a.parts_of && !(repeated.has(h) && (wholes.has(b.id) || definite))) {
        b.repeat_of = a.id;
        // ("four soldiers dead and seven wounded" / "Four soldiers lost their lives and seven more resulted wounded":
        // "more" beside the dead means others; the headline's plain count said again adds nothing to itself)
        if (b.increment && !a.increment && a.value.hedge !== 'vague' && a.value.low === b.value.low) b.increment = false;
        repeated.add(h);
        // the body repeats a headline figure once; later mentions are new claims, except a toll said again
        // ("TWO SUSPECTS KILLED" / "two (2) suspects were fatally wounded" / "two men ... pronounced dead"): a coder
        // counts the dead and hurt of a headline once
        if (!TOLLS.has(a.measure)) heads.splice(heads.indexOf(h), 1);
        break;
      }
    }
  }
  linkBoxes(doc, claims);
  linkRestated(doc, claims, cands);
}

/** "the army said its escort had killed 'around fifteen terrorists'" ... "neutralising around fifteen assailants":
 * the body saying the same count of the same named group again, with the same hedge and the same kind of source, is
 * one figure said twice (round 10). A plain "people" or a different hedge may be another tally. */
const RESTATE_REACH = 30; // claims looked back at (keeps long lists linear)

function linkRestated(doc: Document, claims: FigureClaim[], cands: FigureCandidate[]): void {
  for (let i = 1; i < claims.length; i++) {
    const b = claims[i];
    if (b.repeat_of || b.parts_of || b.scope || b.increment || b.group === 'people') continue;
    // "Sixteen of the fishermen were picked up, but the other thirty-one are still missing": the rest of a split
    // counts what is left of the whole just divided, not the earlier figure said again
    if (restOfSplit(doc, cands[i])) continue;
    for (let j = i - 1; j >= Math.max(0, i - RESTATE_REACH); j--) {
      const a = claims[j];
      if (a.parts_of || a.scope || a.increment || cands[j].sent === cands[i].sent) continue;
      if (a.measure !== b.measure || a.group !== b.group || a.value.low !== b.value.low || a.value.high !== b.value.high ||
        a.value.hedge !== b.value.hedge || a.source.kind !== b.source.kind) continue;
      b.repeat_of = a.repeat_of ?? a.id;
      break;
    }
  }
}

/** "the other thirty-one", "the remaining 12", "the rest, 9,": a count named as what is left of a whole. */
const REST_WORDS = new Set(['other', 'remaining', 'rest']);
function restOfSplit(doc: Document, c: FigureCandidate): boolean {
  const t = c.mention.t0;
  return t >= 2 && REST_WORDS.has(doc.tokens[t - 1].low) && doc.tokens[t - 2].low === 'the';
}

// A key-figures box line: a short label and a count alone on a line ("Dead: 12", "Injured 30", "Missing - 4").
const BOX_LINE = /^\s*[A-Za-z][A-Za-z ()\/'-]{0,30}[:\-\u2013]?\s+(?:at least |about |some |over |more than )?\d[\d,]*\+?\s*$/i;
const BOX_REACH = 48; // a box line is short: look no further for its ends (keeps long lines linear)

/** Labels that open a key-figures line ("KEY FIGURES: 400+ killed | ..."), and the further ones that may head a list
 * of bullets summing the report up ("Key points", "Summary"). */
const KEY_LABELS = 'key figures|key facts|highlights|at a glance|in numbers';
const HEADING_LABELS = `${KEY_LABELS}|key points|key messages|summary`;
/** A key-figures line of a sitrep ("KEY FIGURES: 400+ killed | 150-200 killed (authorities) | ..."). */
const KEY_LINE = new RegExp(`^\\s*(?:${KEY_LABELS})\\b`, 'i');
const KEY_REACH = 400; // looked back at most this far for the line start (keeps one long line linear)
const KEY_ANYWHERE = new RegExp(HEADING_LABELS, 'i');

/** The start of the line that holds `at`, or -1 when it lies further back than `reach` (one long line). */
function lineStart(text: string, at: number, reach = KEY_REACH): number {
  let a = at;
  while (a > 0 && at - a < reach && text[a - 1] !== '\n') a--;
  return a > 0 && text[a - 1] !== '\n' ? -1 : a;
}

function inKeyLine(text: string, at: number): boolean {
  const a = lineStart(text, at);
  return a >= 0 && KEY_LINE.test(text.slice(a, Math.min(text.length, a + 40)));
}

/** A heading line over a list of bullets that sums the report up ("HIGHLIGHTS", "Key figures", "Key points"). */
const KEY_HEADING = new RegExp(`^\\s*(?:${HEADING_LABELS})\\s*:?\\s*$`, 'i');
const BULLET = /^\s*[-\u2013\u2022*]\s/;
const BULLETS_UP = 12; // bullet lines walked up to the heading (a summary is a few lines)

/** "HIGHLIGHTS / - At least 23 people killed and 14 still missing, ... / - 3,480 people displaced": a bullet of a list
 * under a summing-up heading, with no blank line between, says again what the body says (a box of its own). */
function underKeyHeading(text: string, at: number): boolean {
  let a = lineStart(text, at);
  if (a < 0 || !BULLET.test(text.slice(a, a + 4))) return false;
  for (let n = 0; n < BULLETS_UP && a > 0; n++) {
    const b = lineStart(text, a - 1);
    if (b < 0) return false;
    const line = text.slice(b, a - 1);
    if (KEY_HEADING.test(line)) return true;
    if (!BULLET.test(line.slice(0, 4))) return false;
    a = b;
  }
  return false;
}

function inBox(text: string, at: number, keyLines = true): boolean {
  if (keyLines && (inKeyLine(text, at) || underKeyHeading(text, at))) return true;
  const a = lineStart(text, at, BOX_REACH);
  if (a < 0) return false;
  let b = at;
  while (b < text.length && b - at < BOX_REACH && text[b] !== '\n') b++;
  if (b < text.length && text[b] !== '\n') return false;
  return BOX_LINE.test(text.slice(a, b));
}

/** Key-figure boxes repeat the body's figures: of a box figure and a body figure with the same measure and
 * value, the later one is the repeat (of the headline figure, when the earlier one already repeats it). */
function linkBoxes(doc: Document, claims: FigureClaim[]): void {
  const keyLines = KEY_ANYWHERE.test(doc.text); // one look at the text, not one per claim
  const box = claims.map((c) => inBox(doc.text, c.span.start, keyLines));
  if (!box.some(Boolean)) return;
  // body figures by measure and value, in text order (one pass, so a long list of boxes stays linear)
  const key = (c: FigureClaim): string => `${c.measure}|${c.value.low}|${c.value.high}`;
  const body = new Map<string, number[]>();
  claims.forEach((c, j) => {
    if (box[j] || c.parts_of || c.scope) return;
    const list = body.get(key(c));
    if (list) list.push(j);
    else body.set(key(c), [j]);
  });
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i];
    if (!box[i] || a.parts_of || a.scope) continue;
    const list = body.get(key(a));
    if (!list || list.length === 0) continue;
    const j = list[0];
    const b = claims[j];
    const [first, later] = j < i ? [b, a] : [a, b];
    if (later.repeat_of) continue;
    later.repeat_of = first.repeat_of ?? first.id;
    list.shift(); // each body figure answers one box line
  }
}

/** A headline's rounded bound that the body's exact figure satisfies ("toll climbs past 300" → "risen to 318"). */
function within(head: FigureClaim, body: FigureClaim): boolean {
  const v = body.value.low ?? body.value.high;
  if (v === null || body.value.hedge === 'vague') return false;
  const { low, high, hedge } = head.value;
  if (hedge === 'at_least' && low !== null) return v >= low && v <= low * 1.2;
  if (hedge === 'at_most' && high !== null) return v <= high && v >= high * 0.8;
  if (hedge === 'about' && low !== null) return Math.abs(v - low) <= low * 0.1;
  return false;
}
