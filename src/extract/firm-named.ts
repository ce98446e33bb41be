// "The plane, operated by the private carrier Fezzan Air, ... the airline said": the firm a text named by a noun of
// its trade, for "the airline" or "the company" that no earlier speaker takes up; the same for a civic body ("vehicles
// of the NGO Tondi Health Alliance ... The NGO said"). Pure function of the tokens.
import type { SourceRef } from './types.js';
import { isCap, type Document } from './document.js';
import { lastEndingBy } from './statement-issuer.js';

/** Nouns of a firm's trade that introduce its name right after them ("the bus company Trans Andes"). */
export const FIRM_WORDS = new Set(['airline', 'carrier', 'company', 'operator', 'firm']);
/** Nouns of a civic body's trade that introduce its name ("the charity Hope Relief"; "NGO" as it is written). */
const BODY_WORDS = new Set(['ngo', 'charity']);
/** How far back (tokens) a firm's name may stand before "the airline said". */
const WINDOW = 400;
/** Words inside a firm's name that are not capitalised ("Compagnie des Bus"). */
const NAME_JOINERS = new Set(['de', 'des', 'du', 'of', 'and', '&']);

const mentionsOf = new WeakMap<Document, { firms: [number, number][]; bodies: [number, number][] }>();
/** Firm and civic-body names after a noun of their trade, once per document, in text order: [start, end) token ranges. */
function tradeMentions(doc: Document): { firms: [number, number][]; bodies: [number, number][] } {
  let all = mentionsOf.get(doc);
  if (all) return all;
  all = { firms: [], bodies: [] };
  const { tokens } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const firm = FIRM_WORDS.has(tokens[k].low) && tokens[k].text === tokens[k].low;
    const body = BODY_WORDS.has(tokens[k].low) && (tokens[k].text === tokens[k].low || tokens[k].text === 'NGO');
    if (!firm && !body) continue;
    let s = k + 1;
    if (tokens[s].low === ',' && s + 1 < tokens.length) s++;
    let e = s;
    while (e < tokens.length && e - s < 5 && tokens[e].kind === 'word' &&
      (isCap(tokens[e]) || (e > s && NAME_JOINERS.has(tokens[e].low) && e + 1 < tokens.length && isCap(tokens[e + 1])))) e++;
    if (e > s) (firm ? all.firms : all.bodies).push([s, e]);
  }
  mentionsOf.set(doc, all);
  return all;
}

/** The firm last named by its trade before token `before`, within the window. */
export function firmNamedBefore(doc: Document, before: number): SourceRef | undefined {
  return namedBefore(doc, tradeMentions(doc).firms, before);
}

/** The civic body last named by its trade ("the NGO Tondi Health Alliance") before token `before`, within the window. */
export function bodyNamedBefore(doc: Document, before: number): SourceRef | undefined {
  return namedBefore(doc, tradeMentions(doc).bodies, before);
}

function namedBefore(doc: Document, mentions: [number, number][], before: number): SourceRef | undefined {
  const last = lastEndingBy(mentions, before);
  if (!last || last[0] < before - WINDOW) return undefined;
  const { tokens } = doc;
  const span = { start: tokens[last[0]].start, end: tokens[last[1] - 1].end };
  return { name: doc.text.slice(span.start, span.end), kind: 'official', span };
}
