// "The plane, operated by the private carrier Fezzan Air, ... the airline said": the firm a text named by a noun of
// its trade, or by a word of its own name ("a bus operated by Transportes Sierra Azul", "Aegean Tankers"), for "the
// airline" or "the company" that no earlier speaker takes up; the same for a civic body ("vehicles of the NGO Tondi
// Health Alliance ... The NGO said"). Pure function of the tokens.
import type { SourceRef } from './types.js';
import { isCap, perDocument, type Document } from './document.js';
import { lastEndingBy } from './statement-issuer.js';
import { lexiconRole } from './lexicon/load.js';

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words of a firm's form that may close its name after the word of its trade ("Aegean Tankers Management"). */
const FIRM_FORMS = new Set(['management', 'group', 'company', 'services', 'international', 'co', 'inc', 'plc']);

/** Nouns of a firm's trade that introduce its name right after them ("the bus company Trans Andes"). */
export const FIRM_WORDS = new Set(['airline', 'carrier', 'company', 'operator', 'firm']);
/** Nouns of a civic body's trade that introduce its name ("the charity Hope Relief"; "NGO" as it is written). */
const BODY_WORDS = new Set(['ngo', 'charity']);
/** How far back (tokens) a firm's name may stand before "the airline said". */
const WINDOW = 400;
/** Words inside a firm's name that are not capitalised ("Compagnie des Bus"). */
const NAME_JOINERS = new Set(['de', 'des', 'du', 'of', 'and', '&']);

/** Firm and civic-body names after a noun of their trade, once per document, in text order: [start, end) token ranges. */
const tradeMentions = perDocument((doc) => {
  const all: { firms: [number, number][]; bodies: [number, number][] } = { firms: [], bodies: [] };
  const { tokens } = doc;
  const nameWords = lexiconRole('attribution-words.txt', 'firmname');
  for (let k = 0; k + 1 < tokens.length; k++) {
    // ("a bus operated by Transportes Sierra Azul", "Aegean Tankers said": a firm named by a word of its own name,
    // with no trade noun before it)
    if (isCap(tokens[k]) && nameWords.has(tokens[k].low)) {
      let s = k;
      for (;;) {
        // ("Trans-Congo Airlines": a hyphen inside the name)
        if (k - s >= 6) break; // (a name is a few words: a long run of capitals is no firm's name)
        if (s - 2 >= 0 && tokens[s - 1].low === '-' && !tokens[s - 1].space && !tokens[s].space && isCap(tokens[s - 2])) s -= 2;
        else if (s - 1 >= 0 && k - s < 4 && tokens[s - 1].kind === 'word' && isCap(tokens[s - 1]) && !(s - 1 > 0 && tokens[s - 2].low === '.')) s--;
        else break;
      }
      // (a name the word opens goes on: "Transportes Sierra Azul"; after a name the word closes, only a word of the
      // firm's form: "Aegean Tankers Management", not "Trans-Congo Airlines Boeing")
      let e = k + 1;
      while (e < tokens.length && e - s < 6 && tokens[e].kind === 'word' && isCap(tokens[e]) &&
        (s === k || nameWords.has(tokens[e].low) || FIRM_FORMS.has(tokens[e].low))) e++;
      const last = all.firms[all.firms.length - 1];
      // (a sentence's first word is capitalised whatever it is: "Transportes" may open it, "The" may not)
      if (e - s >= 2 && !(last && last[1] > s) && !ARTICLES.has(tokens[s].low)) all.firms.push([s, e]);
      k = e - 1;
      continue;
    }
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
  return all;
});

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
