// A live blog's or a broadcaster's own "we" passing on what a named party told it: "We are hearing from negotiators,
// through the mayor's office, that eight more children have been let go", "We understand from the fire brigade that
// 4 died", "We have been told by hospital staff that ...". The party after "from"/"by" speaks for the clause after
// "that"; a "through/via Y" aside is its channel. The verbs are data (attribution-words.txt, role heardfrom).
import type { SourceKind } from './types.js';
import type { Document, Token } from './document.js';
import type { LocalSource } from './local-sources.js';
import { lexiconRole } from './lexicon/load.js';
import { WordSet } from './word-sets.js';

type KindOf = (tokens: Token[], s: number, e: number) => SourceKind | undefined;

/** (asked of every token of every text: word-sets.ts) */
const WE = new WordSet(new Set(['we', "we're", 'we\u2019re', "we've", 'we\u2019ve']));
const AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'been', "'re", "'ve", 'also', 'now', 'just']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our']);
const CHANNEL_WORDS = new Set(['through', 'via']);
/** A speaker or channel phrase is at most this long. */
const PHRASE = 8;
/** The clause after "that" is read this far. */
const CLAUSE = 60;

export function heardFrom(doc: Document, kindOf: KindOf): LocalSource[] {
  const { tokens, text } = doc;
  const verbs = lexiconRole('attribution-words.txt', 'heardfrom');
  const selfNouns = lexiconRole('attribution-words.txt', 'selfnoun');
  const out: LocalSource[] = [];
  for (const sent of doc.sentences) {
    const learned = learnedBy(doc, sent.t0, sent.t1, verbs, kindOf);
    if (learned) {
      out.push(learned);
      continue;
    }
    for (let k = sent.t0; k < sent.t1 - 4; k++) {
      // (translated news: "Our agency learned from a source in the hospital that ...", "As our correspondent learned
      // from the police, ...": the outlet's own people as the hearer)
      const ours = tokens[k].low === 'our' && selfNouns.has(tokens[k + 1]?.low ?? '');
      // ("We're now hearing from ...": the contraction is one token)
      if (!WE.hasToken(tokens[k]) && !ours) continue;
      let v = ours ? k + 2 : k + 1;
      while (v < sent.t1 && AUXILIARIES.has(tokens[v].low)) v++;
      if (v + 2 >= sent.t1 || !verbs.has(tokens[v].low) || (tokens[v + 1].low !== 'from' && tokens[v + 1].low !== 'by')) continue;
      let s = v + 2;
      while (s < sent.t1 && DETERMINERS.has(tokens[s].low)) s++;
      let e = s;
      while (e < sent.t1 && e - s < PHRASE && tokens[e].low !== ',' && tokens[e].low !== 'that') e++;
      if (e === s || e >= sent.t1 || e - s >= PHRASE) continue;
      const kind = kindOf(tokens, s, e);
      if (!kind) continue;
      // ", through the city mayor's office, that": the channel it came by
      let that = e;
      let via: string | undefined;
      // ("from the regional health directorate, DIRESA Amazonas, that": its name in apposition)
      if (tokens[e].low === ',') {
        let a = e + 1;
        while (a < sent.t1 && a - e <= 4 && tokens[a].kind === 'word' && tokens[a].text[0] !== tokens[a].low[0]) a++;
        if (a > e + 1 && tokens[a]?.low === ',' && tokens[a + 1]?.low === 'that') that = a + 1;
      }
      if (tokens[e].low === ',' && CHANNEL_WORDS.has(tokens[e + 1]?.low)) {
        let c0 = e + 2;
        while (c0 < sent.t1 && DETERMINERS.has(tokens[c0].low)) c0++;
        let c1 = c0;
        while (c1 < sent.t1 && c1 - c0 < PHRASE && tokens[c1].low !== ',') c1++;
        if (c1 === c0 || c1 + 1 >= sent.t1 || tokens[c1].low !== ',') continue;
        via = text.slice(tokens[c0].start, tokens[c1 - 1].end);
        that = c1 + 1;
      }
      // ("As our agency learned from X, 12 died": after an opening "as" the comma opens the clause)
      const asOpens = tokens[k - 1]?.low === 'as' && k - 1 === sent.t0 && tokens[that]?.low === ',';
      if (tokens[that]?.low !== 'that' && !asOpens) continue;
      let to = that + 1;
      while (to < sent.t1 && to < that + CLAUSE && tokens[to].low !== ';') to++;
      if (to <= that + 1) continue;
      out.push({
        start: tokens[that + 1].start, end: tokens[to - 1].end, sent: tokens[k].sent,
        source: { name: text.slice(tokens[s].start, tokens[e - 1].end), kind, ...(via ? { via } : {}),
          span: { start: tokens[s].start, end: tokens[e - 1].end } },
      });
      break;
    }
  }
  return out;
}

/**
 * "More than 600 detainees escaped ..., learned the AIK from administrative sources.": translated agency copy puts the
 * agency that learned it and whom it learned it from after the clause (the French "a appris l'AIK de sources
 * administratives"), or leaves it impersonal (", it was learned from a security source."). The party after "from"
 * speaks for the clause before the comma; the agency is its channel.
 */
function learnedBy(doc: Document, t0: number, t1: number, verbs: Set<string>, kindOf: KindOf): LocalSource | undefined {
  const { tokens, text } = doc;
  for (let v = t0 + 3; v < t1 - 3; v++) {
    if (!verbs.has(tokens[v].low)) continue;
    // ("..., it was learned from a security source.": the impersonal passive, with no agency named)
    const impersonal = v - 3 > t0 && tokens[v - 1].low === 'was' && tokens[v - 2].low === 'it' && tokens[v - 3].low === ',';
    if (tokens[v - 1].low !== ',' && !impersonal) continue;
    let a = v + 1;
    if (!impersonal && tokens[a].low === 'the') a++;
    let b = a;
    // (the agency by its name or its initials, capitalised)
    while (!impersonal && b < t1 && b - a < 4 && tokens[b].kind === 'word' && tokens[b].text[0] !== tokens[b].low[0]) b++;
    if ((b === a && !impersonal) || b >= t1 || tokens[b].low !== 'from') return undefined;
    let s = b + 1;
    while (s < t1 && DETERMINERS.has(tokens[s].low)) s++;
    let e = s;
    while (e < t1 && e - s < PHRASE && tokens[e].kind === 'word') e++;
    // (the phrase closes the sentence)
    if (e === s || (e < t1 && tokens[e].low !== '.')) return undefined;
    const kind = kindOf(tokens, s, e);
    if (!kind) return undefined;
    const comma = impersonal ? v - 3 : v - 1;
    return {
      start: tokens[t0].start, end: tokens[comma - 1].end, sent: tokens[v].sent,
      source: { name: text.slice(tokens[s].start, tokens[e - 1].end), kind,
        ...(impersonal ? {} : { via: text.slice(tokens[a].start, tokens[b - 1].end) }), span: { start: tokens[s].start, end: tokens[e - 1].end } },
    };
  }
  return undefined;
}
