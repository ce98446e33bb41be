// Figures about a different, earlier incident mentioned for context ("a similar attack in 2019 killed 9").
import type { ReportMeta } from './types.js';
import type { Document } from './document.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRows } from './lexicon/load.js';

const YEAR_PREPS = new Set(['in', 'since', 'during', 'of']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

/** Per sentence: true when it talks about another incident. */
export function otherScopeSentences(doc: Document, meta: ReportMeta | undefined): boolean[] {
  const { tokens, sentences } = doc;
  const lex = lexicons();
  // The reference year: the publish year, else the latest year the text mentions.
  let refYear = meta?.published ? Number(meta.published.slice(0, 4)) : NaN;
  if (!Number.isFinite(refYear)) {
    refYear = 0;
    for (const t of tokens) if (isYearToken(t.text, t.value)) refYear = Math.max(refYear, t.value!);
  }
  const pubMonth = meta?.published ? Number(meta.published.slice(5, 7)) : NaN;
  return sentences.map((s) => {
    // "In November, a bomber killed 26 at the station" in a March report: a month of its own, no day, earlier
    const first = s.t0 + 1 < s.t1 ? tokens[s.t0] : undefined;
    if (first && first.low === 'in' && Number.isFinite(pubMonth)) {
      const mon = tokens[s.t0 + 1];
      const idx = MONTHS.indexOf(mon.low);
      const next = s.t0 + 2 < s.t1 ? tokens[s.t0 + 2] : undefined;
      if (idx >= 0 && mon.text[0] !== mon.low[0] && idx + 1 !== pubMonth && next && next.kind !== 'num' &&
        (next.low === ',' || next.low === 'last')) return true;
    }
    for (let k = s.t0; k < s.t1; k++) {
      // "the 30 schoolgirls seized last month" dates the people's capture, the same incident
      if (lex.scope.at(tokens, k, s.t1) && !(k > s.t0 && tokens[k - 1].low.endsWith('ed') &&
        lex.measureSlots.post.at(tokens, k - 1, k))) return true;
      const t = tokens[k];
      // "six robberies since January" in a September report: a tally of the months before (but "held since
      // March" dates the people of this incident)
      if (t.low === 'since' && k + 1 < s.t1 && Number.isFinite(pubMonth) && !heldSince(tokens, s.t0, k)) {
        const mon = tokens[k + 1];
        const idx = MONTHS.indexOf(mon.low);
        if (idx >= 0 && mon.text[0] !== mon.low[0] && idx + 1 < pubMonth) return true;
      }
      // "killed by a mine on the same track in May." in a September report: a month of its own closing the clause
      if (t.low === 'in' && k > s.t0 && k + 2 <= s.t1 && Number.isFinite(pubMonth)) {
        const mon = tokens[k + 1];
        const next = k + 2 < s.t1 ? tokens[k + 2] : undefined;
        if ((!next || next.low === '.' || next.low === ',' || next.low === ';') && mon.text[0] !== mon.low[0]) {
          const idx = MONTHS.indexOf(mon.low);
          if (idx >= 0 && idx + 1 !== pubMonth && !lex.measureSlots.post.at(tokens, k - 1, k)) return true;
        }
      }
      if (!isYearToken(t.text, t.value) || t.value! >= refYear) continue;
      // "In April 2021, 26 people drowned": a past month and year
      if (k > s.t0 + 1 && MONTHS.includes(tokens[k - 1].low) && YEAR_PREPS.has(tokens[k - 2].low)) return true;
      // "in 2019", "since a 2017 bombing", "in the 2010 floods"
      if (k > s.t0 && YEAR_PREPS.has(tokens[k - 1].low)) return true;
      if (k > s.t0 + 1 && DETERMINERS.has(tokens[k - 1].low) && YEAR_PREPS.has(tokens[k - 2].low)) return true;
    }
    return false;
  });
}

function isYearToken(text: string, value: number | undefined): boolean {
  return value !== undefined && text.length === 4 && value >= 1900 && value <= 2100;
}

const SINCE_REACH = 10;
let heldStates: Set<string> | null = null;
/** "held since March", "who had been held by the gang in a hamlet since October": the date tells how long this
 * incident's people have been in a state (held, trapped: figure-words.txt `held-state`), when that word stands
 * earlier in the same clause (no comma, no other count between). "35 kidnapped since March" stays a tally. */
function heldSince(tokens: Document['tokens'], t0: number, k: number): boolean {
  const lex = lexicons();
  if (k > t0 && lex.measureSlots.post.at(tokens, k - 1, k)) return true; // "held since March"
  heldStates ??= new Set(lexiconRows('figure-words.txt').filter((r) => r[1] === 'held-state').map((r) => r[0]));
  for (let j = k - 1; j >= Math.max(t0, k - SINCE_REACH); j--) {
    const t = tokens[j];
    if (t.kind === 'num' || t.low === ',' || t.low === ';' || t.low === ':') return false;
    if (heldStates.has(t.low)) return true;
  }
  return false;
}
