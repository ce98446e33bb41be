// The document's own voice. A press release, communique or situation report speaks as its issuer, named in
// its heading ("Sea Watch Relief - Press Release, 18 August", "STATEMENT FROM THE X COUNCIL",
// "OCHA FLASH UPDATE #2: ..."); a report that opens "The NDMA said in its daily situation report ..." speaks
// as the NDMA throughout. Otherwise the outlet from the metadata speaks.
import type { SourceKind, SourceRef } from './types.js';
import type { Document, Token } from './document.js';
import { lexiconRows } from './lexicon/load.js';

let roles: Map<string, string> | undefined;
function role(w: string): string | undefined {
  if (!roles) {
    roles = new Map();
    // later rows win: a word listed twice (e.g. "no") keeps its header role here
    for (const [word, r] of lexiconRows('attribution-words.txt')) {
      if (r === 'header' || r === 'office') roles.set(word.toLowerCase(), r);
    }
  }
  return roles.get(w);
}

const SEPARATORS = new Set(['-', '\u2013', '\u2014', ':', ',', '(', ')', '#', '|', '/', '.', '[', ']']);

/** The issuer named in a heading of at most 24 tokens that says what kind of document it is. */
export function headingIssuer(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  hasMeasure?: (tokens: Token[], s: number, e: number) => boolean): SourceRef | undefined {
  if (doc.sentences.length < 2) return undefined;
  const first = doc.sentences[0];
  // the heading is the first paragraph (a line of its own) and short
  if (doc.sentences[1].paragraph === first.paragraph) return undefined;
  const { tokens } = doc;
  if (first.t1 - first.t0 > 24) return undefined;
  let cue = false;
  for (let k = first.t0; k < first.t1; k++) {
    if (role(tokens[k].low) === 'header' && !isDescriptor(tokens[k].low)) cue = true;
    // "MEDIA OFFICE OF THE X", "HIGH COMMAND OF THE X"
    if (role(tokens[k].low) === 'office' && k + 1 < first.t1 && tokens[k + 1].low === 'of') cue = true;
  }
  if (!cue) return undefined;
  // "UN report: 300 killed in clashes" is a headline about figures, not the heading of a document; only the
  // words after a number count ("Harbour Rescue Trust - Press Release, 3 May" names a body)
  if (hasMeasure) {
    for (let k = first.t0; k < first.t1; k++) {
      if (tokens[k].kind === 'num' && hasMeasure(tokens, k + 1, Math.min(first.t1, k + 4))) return undefined;
    }
  }
  let best: { s: number; e: number; known: boolean; kind: SourceKind } | undefined;
  let s = first.t0;
  for (let k = first.t0; k <= first.t1; k++) {
    const t = k < first.t1 ? tokens[k] : undefined;
    // "Inter-Services", "al-Fath": a hyphen inside a word does not separate
    const sep = !!t && SEPARATORS.has(t.low) && !(t.low === '-' && !t.space && k + 1 < first.t1 && !tokens[k + 1].space);
    const cut = !t || sep || (t.kind === 'word' && role(t.low) === 'header' && !isDescriptor(t.low));
    if (!cut) continue;
    const c = chunk(tokens, s, k);
    // only a body the source lexicon knows: "WILDFIRE SITUATION REPORT" names no issuer; "the Military Wing of
    // the X Movement" is known by its office: an armed wing speaks for a party to the violence
    if (c && !best) {
      const k0 = kindOf(tokens, c.s, c.e) ?? (c.office !== undefined ? kindOf(tokens, c.office, c.s) : undefined);
      if (k0 !== undefined) best = { ...c, known: true, kind: k0 };
    }
    s = k + 1;
  }
  if (!best) return undefined;
  const name = doc.text.slice(tokens[best.s].start, tokens[best.e - 1].end);
  const kind = best.kind;
  return {
    name, kind: kind === undefined || kind === 'witness' || kind === 'unnamed' ? 'official' : kind,
    span: { start: tokens[best.s].start, end: tokens[best.e - 1].end },
  };
}

/** Words that describe a document but can also stand alone in a name ("Daily", "Official"). */
function isDescriptor(w: string): boolean {
  return w === 'daily' || w === 'weekly' || w === 'official' || w === 'joint' || w === 'urgent' || w === 'emergency' ||
    w === 'flash' || w === 'media' || w === 'from' || w === 'by' || w === 'issued' || w === 'press' ||
    w === 'situation';
}

/** A name chunk: capitalised words (with of/the/for/and inside), no digits; "office of the X" → X. */
function chunk(tokens: Token[], s: number, e: number): { s: number; e: number; office?: number } | undefined {
  while (s < e && (tokens[s].low === 'the' || tokens[s].low === 'of')) s++;
  const from = s;
  let office: number | undefined;
  // "MEDIA OFFICE OF THE X", "High Command of the X": the body, not its office
  for (let k = s; k < e - 1; k++) {
    if (tokens[k].low === 'of' && k > s && role(tokens[k - 1].low) === 'office') {
      s = k + 1;
      while (s < e && tokens[s].low === 'the') s++;
      office = from;
      break;
    }
  }
  if (e > s && tokens[e - 1].low === "'s") e--;
  // descriptors and office words around the name: "UNHCR EMERGENCY", "Jaish al-Fath media wing"
  while (e > s && (isDescriptor(tokens[e - 1].low) ||
    (role(tokens[e - 1].low) === 'office' && e - 2 > s && isDescriptor(tokens[e - 2].low)))) e--;
  while (s < e && (isDescriptor(tokens[s].low) || tokens[s].low === 'of' || tokens[s].low === 'the')) s++;
  if (e - s === 1 && /^(no|nr|ref)$/.test(tokens[s].low)) return undefined;
  if (s >= e || e - s > 8) return undefined;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return undefined;
    if (t.kind === 'punct' && t.low !== '-' && t.low !== '&' && t.low !== "'") return undefined;
    const small = t.low === 'of' || t.low === 'the' || t.low === 'for' || t.low === 'and' || t.low === 'on';
    if (t.kind === 'word' && !small && t.text[0] === t.low[0]) return undefined;
  }
  return office === undefined ? { s, e } : { s, e, office };
}
