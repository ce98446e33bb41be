// Headline/body repeats: a figure in the headline (a first line without a full stop, or the title from
// the metadata) repeated later in the body is the same claim said twice; the later one gets repeat_of.
import type { FigureClaim, ReportMeta } from './types.js';
import type { Document } from './document.js';
import type { FigureCandidate } from './figures.js';

function isHeadline(doc: Document, si: number, meta: ReportMeta | undefined): boolean {
  const s = doc.sentences[si];
  if (s.paragraph !== 0) return false;
  const text = doc.text.slice(s.start, s.end);
  if (meta?.title && meta.title.trim() === text.trim()) return true;
  // the first paragraph is one line with no final punctuation, followed by more text
  const last = text[text.length - 1];
  const oneSentence = doc.sentences.length > 1 && doc.sentences[1].paragraph !== 0 && si === 0;
  return oneSentence && last !== '.' && last !== '"' && last !== '\u201d' && last !== ':';
}

export function linkRepeats(doc: Document, claims: FigureClaim[], cands: FigureCandidate[], meta: ReportMeta | undefined): void {
  if (claims.length < 2 || doc.sentences.length < 2) return;
  // Only sentence 0 can be a headline; decide once.
  const headline = isHeadline(doc, 0, meta);
  const heads: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (cands[i].sent === 0 && headline) {
      heads.push(i);
      continue;
    }
    for (const h of heads) {
      const a = claims[h];
      const b = claims[i];
      // The same figure, perhaps hedged differently ("18 pilgrims die" → "at least 18 devotees were killed")
      const sameValue = (a.value.low !== null && a.value.low === b.value.low) ||
        (a.value.high !== null && a.value.high === b.value.high) || within(a, b);
      if (a.measure === b.measure && sameValue && !b.parts_of && !a.parts_of) {
        b.repeat_of = a.id;
        heads.splice(heads.indexOf(h), 1); // the body repeats a headline figure once; later mentions are new claims
        break;
      }
    }
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
