// Figures about a different, earlier incident mentioned for context ("a similar attack in 2019 killed 9").
import type { ReportMeta } from './types.js';
import type { Document } from './document.js';
import { lexicons } from './lexicon/index.js';

const YEAR_PREPS = new Set(['in', 'since', 'during', 'of']);
const DETERMINERS = new Set(['a', 'an', 'the']);

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
  return sentences.map((s) => {
    for (let k = s.t0; k < s.t1; k++) {
      // "the 30 schoolgirls seized last month" dates the people's capture, the same incident
      if (lex.scope.at(tokens, k, s.t1) && !(k > s.t0 && tokens[k - 1].low.endsWith('ed') &&
        lex.measureSlots.post.at(tokens, k - 1, k))) return true;
      const t = tokens[k];
      if (!isYearToken(t.text, t.value) || t.value! >= refYear) continue;
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
