// "The rescued pupils, 13 boys and eight girls, are in good health": a list set off by commas right after a definite
// noun with a participle of a measure says who those people were. The items take the participle's measure and break
// down the latest total of that measure before them when they fit in it. Pure and bounded in tokens.
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { type FigureCandidate, makePart } from './candidate.js';
import { lastBefore } from './increments.js';
import { isListNeighbour } from './breakdowns.js';

/** The measure of "the <participle> <noun>," ending right before the comma at `comma`, if any. */
function participleNoun(tokens: Token[], comma: number, t0: number): FigureCandidate['measure'] {
  const lex = lexicons();
  const noun = lex.groups.endingAt(tokens, comma, t0);
  if (!noun) return undefined;
  const p = comma - noun.length - 1;
  if (p - 1 < t0 || tokens[p - 1].low !== 'the') return undefined;
  return lex.measureSlots.post.at(tokens, p, p + 1)?.data;
}

export function participleApposition(tokens: Token[], out: FigureCandidate[], recent: FigureCandidate[], t0: number,
  t1: number): void {
  for (let i = 0; i < out.length; i++) {
    const first = out[i];
    const at = first.mention.t0;
    if (first.parts_of || first.drop || at - 3 < t0 || tokens[at - 1].low !== ',') continue;
    const measure = participleNoun(tokens, at - 1, t0);
    if (!measure || measure === 'present') continue;
    let e = i + 1;
    let sum = first.mention.low ?? 0;
    while (e < out.length && !out[e].parts_of && isListNeighbour(tokens, out[e - 1].g1, out[e].mention.t0, false)) {
      sum += out[e++].mention.low ?? 0;
    }
    // (an aside: it closes on a comma before the clause goes on)
    const end = out[e - 1].g1;
    if (end >= t1 || tokens[end].low !== ',' || e - i < 2) continue;
    const total = lastBefore(recent, out, i, (x) => x.measure === measure && !x.drop && !x.parts_of &&
      (x.mention.low ?? 0) >= sum, 12);
    for (let n = i; n < e; n++) {
      const it = out[n];
      it.measure = measure;
      it.how = 'part';
      if (total) makePart(it, total);
    }
    i = e - 1;
  }
}
