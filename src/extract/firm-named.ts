// "The plane, operated by the private carrier Fezzan Air, ... the airline said": the firm a text named by a noun of
// its trade, for "the airline" or "the company" that no earlier speaker takes up. Pure function of the tokens.
import type { SourceRef } from './types.js';
import { isCap, type Document } from './document.js';
import { lastEndingBy } from './statement-issuer.js';

/** Nouns of a firm's trade that introduce its name right after them ("the bus company Trans Andes"). */
export const FIRM_WORDS = new Set(['airline', 'carrier', 'company', 'operator', 'firm']);
/** How far back (tokens) a firm's name may stand before "the airline said". */
const WINDOW = 400;
/** Words inside a firm's name that are not capitalised ("Compagnie des Bus"). */
const NAME_JOINERS = new Set(['de', 'des', 'du', 'of', 'and', '&']);

const mentionsOf = new WeakMap<Document, [number, number][]>();
/** Firm names after a noun of their trade, once per document, in text order: [start, end) token ranges. */
function firmMentions(doc: Document): [number, number][] {
  let all = mentionsOf.get(doc);
  if (all) return all;
  all = [];
  const { tokens } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!FIRM_WORDS.has(tokens[k].low) || tokens[k].text !== tokens[k].low) continue;
    let s = k + 1;
    if (tokens[s].low === ',' && s + 1 < tokens.length) s++;
    let e = s;
    while (e < tokens.length && e - s < 5 && tokens[e].kind === 'word' &&
      (isCap(tokens[e]) || (e > s && NAME_JOINERS.has(tokens[e].low) && e + 1 < tokens.length && isCap(tokens[e + 1])))) e++;
    if (e > s) all.push([s, e]);
  }
  mentionsOf.set(doc, all);
  return all;
}

/** The firm last named by its trade before token `before`, within the window. */
export function firmNamedBefore(doc: Document, before: number): SourceRef | undefined {
  const last = lastEndingBy(firmMentions(doc), before);
  if (!last || last[0] < before - WINDOW) return undefined;
  const { tokens } = doc;
  const span = { start: tokens[last[0]].start, end: tokens[last[1] - 1].end };
  return { name: doc.text.slice(span.start, span.end), kind: 'official', span };
}
