// Attributions that cover part of a sentence only, and win over the sentence's speaker there:
// - a source in brackets after a figure, as coders and bulletins write them: "9 (police), 15 (local vigilante
//   leader)", "3 children died at the site (Ministry of Health)", "7 (per driver, via Ondo Radio)";
// - a figure someone else is quoted for inside a party's statement: "the lies of the enemy's media, which speaks
//   of 5 dead civilians", "claims by the terrorists' outlets of holding 200 hostages", "we deny the reports of X
//   that ...".
import type { SourceKind, SourceRef } from './types.js';
import { isCap, perDocument, type Document, type Token } from './document.js';
import { newsTitle, spelledOut } from './issuer.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole } from './lexicon/load.js';
import { isNumberWord } from './numbers.js';
import { abbreviationDot } from './sentences.js';
import { WordSet } from './word-sets.js';

export interface LocalSource {
  start: number;
  end: number;
  source: SourceRef;
  /** Unit index the span lies in. */
  sent: number;
}

type KindOf = (tokens: Token[], s: number, e: number) => SourceKind | undefined;

/** A credit that repeats the one before it ("(same)", "(ibid.)"): attribution-words role `sameagain`. */
const SAME_AGAIN = lexiconRole('attribution-words.txt', 'sameagain');

/** Words that open the parts of a total ("including 9 civilians", "incl. 5 guards"): role `including`. */
const INCLUDING = lexiconRole('attribution-words.txt', 'including');

const CLAUSE_BREAK = new Set([',', ';', ':', '|', '(', ')', '.', '\u2022', '-', '\u2013', '\u2014']);

/** Bracketed sources after figures: the span runs from the clause start to the closing bracket. */
/** Words that open a bracket on the counted people, not a credit. */
const NOT_CREDIT = new Set(['both', 'all', 'each', 'most', 'mostly', 'among', 'including', 'incl', 'of', 'in', 'at', 'none',
  'some', 'many', 'several',
  // ("8,040 persons are being served outside ECs (with relatives or friends)": where or with whom they stay)
  'with', 'without', 'inside', 'outside', 'near', 'under',
  // ("Passengers - 2 (Serious)", "Crew - 1 (Fatal)": a safety bulletin's degree of harm)
  'fatal', 'serious', 'minor', 'slight']);

export function bracketSources(doc: Document, kindOf: KindOf): LocalSource[] {
  const { tokens, text } = doc;
  const out: LocalSource[] = [];
  for (const sent of doc.sentences) {
    let found = false;
    for (let k = sent.t0; k < sent.t1; k++) {
      // "(police)" or, as some coders write it, "[Dawn]"
      const shut = tokens[k].low === '(' ? ')' : tokens[k].low === '[' ? ']' : '';
      if (!shut) continue;
      let close = k + 1;
      // (a credit may name a person, the office and the paper: "(Tesfaye Gudina, zone police commander, to Addis Dispatch)")
      while (close < sent.t1 && close < k + LONG_BRACKET && tokens[close].low !== shut && tokens[close].low !== tokens[k].low) close++;
      if (close >= sent.t1 || tokens[close].low !== shut) continue;
      let s = k + 1;
      if (tokens[s].low === 'per' || tokens[s].low === 'source' || tokens[s].low === 'sources:') s++;
      if (tokens[s]?.low === ':') s++;
      if (tokens[k + 1].low === 'according' && tokens[k + 2]?.low === 'to') s = k + 3;
      // ("Missing: 2 (both in Chingeltei district)", "(all in Kulob)": a bracket on who or where the counted are
      // credits no one)
      if (NOT_CREDIT.has(tokens[s]?.low ?? '')) continue;
      // ("Missing: 1 (a motorist in Wadi Tanuf)": a bracket after a count of one that says "a ..." is who that one is)
      if ((tokens[s]?.low === 'a' || tokens[s]?.low === 'an') && tokens[k - 1]?.kind === 'num' && tokens[k - 1].value === 1) continue;
      let e = s;
      // ("(residents quoted by RFA Burmese)": the channel after "quoted by" / "cited by" relays, as after "via")
      const relayed = (j: number): boolean => (tokens[j].low === 'quoted' || tokens[j].low === 'cited') && tokens[j + 1]?.low === 'by';
      // ("(district commissioner Abdi Nur Hassan to Radio Shabelle)": "to" and a capitalised name, the paper spoken to)
      const toOutlet = (j: number): boolean => j > s && tokens[j].low === 'to' && j + 1 < close && isCap(tokens[j + 1]);
      while (e < close && tokens[e].low !== ',' && tokens[e].low !== 'via' && tokens[e].low !== ';' && !relayed(e) && !toOutlet(e)) e++;
      // (a hyphen inside a word is no word of its own: "Brigade nationale des sapeurs-pompiers")
      let joins = 0;
      for (let j = s + 1; j < e - 1; j++) if (tokens[j].low === '-' && !tokens[j].space && !tokens[j + 1].space) joins++;
      // ("(ZRP Midlands spokesperson Insp. Emmanuel Mahoko)": a title's dot is no word; an office before a person's name
      // may run longer than a body's name)
      let dots = 0;
      for (let j = s + 1; j < e; j++) if (tokens[j].low === '.' && abbreviationDot(tokens, j)) dots++;
      const person = e - s >= 3 && isCap(tokens[e - 1]) && isCap(tokens[e - 2]);
      if (e <= s || e - s - 2 * joins - dots > (person ? 6 : 5)) continue;
      let bad = false;
      for (let j = s; j < e; j++) {
        if (tokens[j].kind === 'num' || tokens[j].kind === 'punct' && tokens[j].low !== '-' && tokens[j].low !== "'s" &&
          !(tokens[j].low === '.' && abbreviationDot(tokens, j))) bad = true;
      }
      if (bad) continue;
      // the bracket must follow a figure clause: a number since the last clause break
      let c0 = k;
      let num = false;
      // ("At least 14 killed, incl. 9 civilians (police)": an abbreviation's dot ends no clause)
      while (c0 > sent.t0 && !(CLAUSE_BREAK.has(tokens[c0 - 1].low) && (tokens[c0 - 1].low !== '-' || tokens[c0 - 1].space) &&
        !abbreviationDot(tokens, c0 - 1))) {
        c0--;
        // (a number written as a word counts: "Nine herders were detained ... (The Daily Sun)")
        if (tokens[c0].kind === 'num' || tokens[c0].low === 'no' || tokens[c0].low === 'none' || isNumberWord(tokens[c0])) num = true;
      }
      // "57 wounded treated in Goma, incl. 21 women (MSF).": the only bracket, closing the sentence, sources the
      // whole sentence, as coders write it (also when its last clause has no number: "Around 32,000 people were
      // displaced, most of them towards the city (OCHA).")
      const last = closesSentence(tokens, close, sent.t1);
      // ("At least 14 killed, incl. 9 civilians (police)": a credit after the parts covers the total they are taken from)
      if (INCLUDING.has(tokens[c0].low) && c0 - 1 > sent.t0 && tokens[c0 - 1].low === ',') {
        let q = c0 - 1;
        while (q > sent.t0 && !CLAUSE_BREAK.has(tokens[q - 1].low)) q--;
        if (countIn(tokens, q, c0 - 1) && !speakerIn(tokens, q, c0 - 1)) {
          c0 = q;
          num = true;
        }
      }
      // (not an acronym after the speaker it abbreviates: "according to the Guinean Organisation for Human Rights (OGDH).")
      // (nor the alias closing a speaker's apposition: "..., according to Abdul Muharram, head of the local disaster
      // mitigation agency (BPBD).")
      let p0 = c0 - 1;
      while (p0 > sent.t0 && tokens[c0 - 1].low === ',' && !CLAUSE_BREAK.has(tokens[p0 - 1].low)) p0--;
      if (!num && !(last && !found && countIn(tokens, sent.t0, c0) && !speakerIn(tokens, c0, k) &&
        !(tokens[c0 - 1]?.low === ',' && speakerIn(tokens, p0, c0)))) continue;
      // "JAIPUR, India, March 6 (Subcontinent Press) - Rescuers ...": a dateline's credit names the outlet that
      // writes the story; the number before it is a date, no figure
      if (datelineCredit(tokens, k, close, sent.t1)) continue;
      // "18 (Mizzima)", "Fatalities: 8 (SEDENA)": in a short list item a bare name in brackets is the figure's
      // source even when the lexicon does not know it (an outlet's title, or a body's acronym)
      // (so does a bare name closing a long figure clause, "... before troops freed them (Mimi Mefo Info).", unless
      // it follows a name it only spells out: "the Federal Emergency Agency (FEA).")
      // ("the Tigray People's Liberation Front (TPLF)": an acronym that spells out the name before it is no source)
      if (spellsOut(tokens, sent.t0, k, s, e)) continue;
      // ("A TTP spokesman claimed 12 police killed (X post).": a bracket that names the medium of a speaker's own
      // claim is its channel, not a source of its own)
      if (MEDIUM.has(tokens[e - 1].low) && speakerIn(tokens, c0, k)) continue;
      const prev = tokens[k - 1];
      // ('blamed "Khawarij" (ISKP)': a bracket after a quoted word with no number in it glosses the word)
      if (QUOTE_CLOSERS.has(prev.text) && !quotedCount(tokens, k - 1, sent.t0)) continue;
      const acronym = e - s === 1 && /^[A-Z]{2,}$/.test(tokens[s].text);
      const closesClause = last && e === close && (acronym || (prev.kind === 'word' && prev.text[0] === prev.low[0]));
      // ("Fatalities: 6 [SONNA; Radio Ergo]": a list of credits names the source first, as a closing note does)
      // ("24 (SESU, evening)": a time after the credit's comma dates it, as a closing note's date does)
      // ("23 feared dead (Dawn, citing locals)": a credit that names whom it cites or relays ends the name too)
      const listed = e === close || tokens[e].low === ';' || (tokens[e].low === ',' && (datedCredit(tokens, e + 1, close) ||
        /^(citing|quoting|via)$/.test(tokens[e + 1]?.low ?? '')));
      // ("37 wounded (same)": a coder's credit that repeats the one just before, in this sentence or the last)
      const same = e === close && SAME_AGAIN.has(tokens[s].low) && (e - s === 1 || (e - s === 2 && tokens[s + 1].low === '.')) ?
        out[out.length - 1] : undefined;
      if (same && tokens[k].sent - same.sent <= 1) {
        out.push({ start: tokens[c0].start, end: tokens[close].end, source: { ...same.source }, sent: tokens[k].sent });
        found = true;
        continue;
      }
      // ("Fatalities: 12 (MoD)" after "The Ministry of Defence said ...": a credit abbreviates a body the note spelled
      // out; the full name, and the kind it has, stand for it)
      const full = spelledOut(tokens, s, e, k) ?? roleSpelledOut(tokens, s, e, k, kindOf);
      const fullKind = full && kindOf(tokens, full[0], full[1]);
      // ("Deaths rose to 18 (KNA). ... Sources: Kenya News Agency": spelled out only after it, the name gives the kind)
      const later = full ? undefined : spelledOut(tokens, s, e, tokens.length);
      const laterKind = later && kindOf(tokens, later[0], later[1]);
      // (a bracket longer than a credit usually is counts only as a person's, office's and paper's: see officeAfterName)
      const long = close - k > SHORT_BRACKET;
      const named = long ? undefined : fullKind ?? kindOf(tokens, s, e) ?? laterKind ?? (newsTitle(tokens, s, e) ? 'media' : undefined) ??
        (listed && (k - c0 <= 6 || closesClause) && !placeNamed(doc, s, e) ? bareNameKind(tokens, s, e) : undefined);
      // ("(Tesfaye Gudina, zone police commander, to Addis Dispatch)": a person's name, then the office that gives the
      // kind, then the paper the person spoke to)
      const office = named ? undefined : officeAfterName(tokens, s, e, close, kindOf);
      if (!named && !office) continue;
      // ("(regional security official, anonymous)": the credit withholds the name after its comma)
      const kind = e + 1 < close && tokens[e].low === ',' && kindOf(tokens, e + 1, close) === 'unnamed' ? 'unnamed' : (named ?? office!.kind);
      // ("The district magistrate confirmed 24 deaths ... (Hindustan Times).": a paper credited at the end of a sentence
      // that names its own speaker relays that speaker, whom the attribution stage reads)
      if (kind === 'media' && last && !found && !full && relaysSpeaker(tokens, sent.t0, k)) continue;
      // ("12 killed, including 2 guards, and 25 wounded (police)": a credit after the last item of a list joined by
      // ", and" covers the items before it, back over the commas while each holds a count and names no speaker)
      if (tokens[c0].low === 'and' && tokens[c0 - 1]?.low === ',') c0 = listStart(tokens, sent.t0, c0 - 1);
      if (last && !found) {
        // ("The Red Crescent said it treated 60 people; 1 supporter died in hospital (Mosaique FM).": a clause before a
        // semicolon that names its own speaker keeps it)
        let semi = c0 - 1;
        while (semi > sent.t0 && tokens[semi].low !== ';') semi--;
        c0 = semi > sent.t0 && speakerIn(tokens, sent.t0, semi) ? semi + 1 : sent.t0;
      }
      found = true;
      const [n0, n1] = full && fullKind ? full : [s, e];
      const source: SourceRef = {
        name: text.slice(tokens[n0].start, tokens[n1 - 1].end), kind,
        span: { start: tokens[s].start, end: tokens[e - 1].end },
      };
      // ("Fatalities: 9 (Pajhwok, citing provincial health officials)": the one cited speaks, the outlet relays)
      const cited = e + 2 < close && tokens[e].low === ',' && /^(citing|quoting)$/.test(tokens[e + 1].low) ?
        kindOf(tokens, e + 2, close) : undefined;
      if (cited) {
        source.via = source.name;
        source.name = text.slice(tokens[e + 2].start, tokens[close - 1].end);
        source.kind = cited;
      } else if (office && office.to < close) {
        source.via = text.slice(tokens[office.to].start, tokens[close - 1].end);
      } else if (e < close && (tokens[e].low === 'via' || toOutlet(e)) && e + 1 < close) source.via = text.slice(tokens[e + 1].start, tokens[close - 1].end);
      else if (e + 2 < close && relayed(e)) source.via = text.slice(tokens[e + 2].start, tokens[close - 1].end);
      else if (e < close && tokens[e].low === ',' && tokens[e + 1]?.low === 'via' && e + 2 < close) {
        source.via = text.slice(tokens[e + 2].start, tokens[close - 1].end);
      }
      // ("killing at least 17 people (GPAA commissioner) and abducting 23 women": the credit goes on over the
      // participle joined by "and", up to the clause's end, when no credit of its own follows)
      let end = close;
      if (tokens[close + 1]?.low === 'and' && /ing$/.test(tokens[close + 2]?.low ?? '') && close + 2 < sent.t1) {
        let j = close + 2;
        while (j < sent.t1 && !/^[;.(:]$/.test(tokens[j].low)) j++;
        if (j >= sent.t1 || tokens[j].low !== '(') end = j - 1;
      }
      // ("killed 27 miners (ministry), 11 of them women": a breakdown after the credit's comma is the same count's)
      if (end === close) end = breakdownAfter(tokens, close, sent.t1);
      out.push({ start: tokens[c0].start, end: tokens[end].end, source, sent: tokens[k].sent });
    }
  }
  return out;
}

/** Where a list whose ", and" stands at token `comma` starts: back over comma-separated items (at most four)
 * that each hold a count and no speaker, from t0 on. */
function listStart(tokens: Token[], t0: number, comma: number): number {
  let start = comma + 1;
  let p = comma;
  for (let items = 0; items < 4 && p > t0 && tokens[p].low === ','; items++) {
    let q = p;
    while (q > t0 && !CLAUSE_BREAK.has(tokens[q - 1].low)) q--;
    if (q === p || !countIn(tokens, q, p) || speakerIn(tokens, q, p)) break;
    start = q;
    p = q - 1;
  }
  return start;
}

/** "(ministry), 11 of them women and 4 children": the last token of a breakdown that follows the credit closing at
 * `close` ("N of them", "N of whom"), up to the clause's end; `close` when there is none or when the
 * breakdown carries a bracket of its own. */
function breakdownAfter(tokens: Token[], close: number, t1: number): number {
  if (tokens[close + 1]?.low !== ',') return close;
  const a = tokens[close + 2];
  const counted = a && (a.kind === 'num' || lexicons().numberWords.has(a.low)) && tokens[close + 3]?.low === 'of' &&
    /^(them|whom)$/.test(tokens[close + 4]?.low ?? '');
  if (!counted) return close;
  let j = close + 2;
  while (j < t1 && !/^[;.(:]$/.test(tokens[j].low)) j++;
  return j < t1 && tokens[j].low === '(' ? close : j - 1;
}

const QUOTE_CLOSERS = new Set(['"', '\u201d', "'", '\u2019']);

/** The quotation closing at token q (from the sentence start t0 on) holds a number: '"more than 20" (Kani PDF)'. */
function quotedCount(tokens: Token[], q: number, t0: number): boolean {
  for (let j = q - 1; j >= t0 && j >= q - 12; j--) {
    if (tokens[j].text === '"' || tokens[j].text === '\u201c' || tokens[j].text === "'" || tokens[j].text === '\u2018') return countIn(tokens, j, q);
  }
  return true;
}

/** Only a time between s and e: a part of the day, a weekday, a month or a date ("evening", "5 May", "Tuesday"). */
function datedCredit(tokens: Token[], s: number, e: number): boolean {
  if (e <= s || e - s > 3) return false;
  const lex = lexicons();
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind !== 'num' && !lex.months.has(t.low) && !lex.weekdays.has(t.low) && !PARTS_OF_DAY.has(t.low)) return false;
  }
  return true;
}

const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'midnight', 'dawn']);

/**
 * "Missing: 1 (Soloma)" in a text that says "the school in Soloma": a name the text puts after a preposition of place
 * is a place, which says where the count is, not who gives it.
 */
function placeNamed(doc: Document, s: number, e: number): boolean {
  const { tokens } = doc;
  const places = placesOf(doc);
  let name = '';
  for (let k = s; k < e; k++) name += (k > s ? ' ' : '') + tokens[k].text;
  return places.has(name);
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'around']);
/** Once per text: the one to four words after each preposition of place. */
const placesOf = perDocument((doc) => {
  const { tokens } = doc;
  const places = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (!PLACE_PREPS.has(tokens[k - 1].low)) continue;
    let words = '';
    for (let j = k; j < Math.min(tokens.length, k + 4); j++) places.add(words += (j > k ? ' ' : '') + tokens[j].text);
  }
  return places;
});

/** A reporting verb comes before any number from k on: "that the ministry published on Friday said 40 ...". */
function verbBeforeCount(tokens: Token[], k: number, end: number): boolean {
  const lex = lexicons();
  for (let j = k; j < end; j++) {
    // (a clause break first: "of dozens of soldiers killed, which it describes as lies" has no verb of its own)
    if (tokens[j].kind === 'num' || lex.numberWords.has(tokens[j].low) || tokens[j].low === ',') return false;
    if (lex.reporting.has(tokens[j].low)) return true;
  }
  return false;
}

/** A clause that names its own speaker: "according to X", "X said". */
function speakerIn(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k].low === 'according' || lexicons().reporting.has(tokens[k].low)) return true;
  // ("..., per Chamba SP Abhishek Yadav (Amar Ujala)": a coder's "per" before a name credits a speaker too)
  for (let k = s; k + 1 < e; k++) if (tokens[k].low === 'per' && /^\p{Lu}/u.test(tokens[k + 1].text)) return true;
  return false;
}

/**
 * "Fatalities: 24 (DM)" after "The district magistrate confirmed ...": a credit of two to four capitals that a role
 * written in small letters spells out earlier (its words' initials, in order), when that role is a speaker's. The
 * role's token range, else undefined. Bounded look-back, as spelledOut's.
 */
function roleSpelledOut(tokens: Token[], s: number, e: number, limit: number, kindOf: KindOf): [number, number] | undefined {
  if (e - s !== 1 || !/^[A-Z]{2,4}$/.test(tokens[s].text)) return undefined;
  const acr = tokens[s].low;
  // (a hyphen joins two of the role's words: "sub-divisional officer" (SDO))
  const spells = (j: number): number => {
    let k = j;
    for (let i = 0; i < acr.length; i++) {
      if (i > 0 && tokens[k]?.low === '-' && !tokens[k].space) k++;
      const t = tokens[k];
      if (!t || k >= limit || t.kind !== 'word' || t.text[0] !== t.low[0] || t.low[0] !== acr[i] || t.low.length < 3) return -1;
      k++;
    }
    return k;
  };
  for (let j = limit - acr.length; j >= Math.max(0, limit - 2000); j--) {
    const end = spells(j);
    if (end > 0 && kindOf(tokens, j, end)) return [j, end];
  }
  return undefined;
}

/** The bracket closing at token `close` ends its sentence (ending at t1), a full stop at most after it. */
export function closesSentence(tokens: Token[], close: number, t1: number): boolean {
  return close + 1 === t1 || (close + 2 === t1 && tokens[close + 1].low === '.');
}

/** A speaker named between t0 and the bracket at k, in the same clause: no semicolon between them. */
export function relaysSpeaker(tokens: Token[], t0: number, k: number): boolean {
  for (let j = t0; j < k; j++) if (tokens[j].low === ';') return false;
  return speakerIn(tokens, t0, k);
}

/** A number, written in figures or words, between t0 and e. */
function countIn(tokens: Token[], t0: number, e: number): boolean {
  for (let k = t0; k < e; k++) if (tokens[k].kind === 'num' || lexicons().numberWords.has(tokens[k].low)) return true;
  return false;
}

/**
 * The bracket s..e only spells out the name just before it: "the Federal Emergency Agency (FEA)", "the Tigray People's
 * Liberation Front (TPLF)" (an acronym after capitalised words whose initials it shares), not "near Hajin (SOHR)".
 */
function spellsOut(tokens: Token[], t0: number, k: number, s: number, e: number): boolean {
  const prev = tokens[k - 1];
  if (e - s !== 1 || !/^[A-Z]{2,}$/.test(tokens[s].text)) return false;
  // ("a non-state armed group (NSAG)": the words right before spell it in lower case, word by word)
  if (lowerSpelled(tokens, t0, k, tokens[s].text)) return true;
  if (!prev || prev.kind !== 'word' || prev.text[0] === prev.low[0]) return false;
  let initials = '';
  for (let j = k - 1; j >= t0 && j >= k - 8; j--) {
    const t = tokens[j];
    // ("the Tigray People's Liberation Front (TPLF)": a possessive inside the name)
    if (t.low === "'s" || t.low === '\u2019s' || t.low === "'" || t.low === '-') continue;
    if (t.kind !== 'word' || (t.text[0] === t.low[0] && !NAME_LINKS.has(t.low))) break;
    if (!NAME_LINKS.has(t.low)) initials = t.text[0].toUpperCase() + initials;
  }
  const acr = tokens[s].text;
  // its letters run through the initials of a name of two words or more, in order ("Near Mora (MINDEF)" is no alias)
  if (initials.length < 2) return false;
  // ("the Defence and Security Forces (FDS)": a name translated from a language that orders its words otherwise
  // keeps the acronym's letters, not their order)
  const sorted = (x: string): string => [...x].sort().join('');
  if (acr.length >= 3 && initials.length >= acr.length && sorted(initials.slice(-acr.length)) === sorted(acr)) return true;
  if (initials[0] !== acr[0]) return false;
  let i = 0;
  for (const ch of initials) if (ch === acr[i]) i++;
  return i === acr.length;
}

/** The words before token k (a hyphen joins two) have the initials of `acr`, in order, one word per letter. */
function lowerSpelled(tokens: Token[], t0: number, k: number, acr: string): boolean {
  if (acr.length < 3) return false; // ("... a policeman (AP)": two letters are met by chance)
  let j = k - 1;
  for (let i = acr.length - 1; i >= 0; i--) {
    if (j < t0 || tokens[j].kind !== 'word' || tokens[j].low[0] !== acr[i].toLowerCase()) return false;
    j--;
    if (i > 0 && j > t0 && tokens[j].low === '-' && !tokens[j].space) j--;
  }
  return true;
}

/** Lower-case words inside a name ("Defensoria del Pueblo", "Ministry of Defence"). */
const NAME_LINKS = new Set(['of', 'the', 'de', 'del', 'la', 'le', 'des', 'du', 'da', 'do', 'dos', 'al', 'el', 'and']);

/**
 * The kind of a name the lexicon does not know, written as a name (every word capitalised but the links, at most
 * four words): an acronym of three or more capitals (or "MoI"), alone or after a place name, is a body's (official); any other
 * name is an outlet's title, which is what coders cite most (media). A month or a weekday in brackets is a date, not a name.
 */
export function bareNameKind(tokens: Token[], s: number, e: number): SourceKind | undefined {
  // ("(Niger MoI communique)": the document the name put out, after it, is no part of the name)
  if (e - s > 1 && MEDIUM.has(tokens[e - 1].text)) e--;
  if (e - s > 4) return undefined;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    if (NAME_LINKS.has(t.text)) {
      if (k === s || k === e - 1) return undefined;
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text) || lexicons().months.has(t.low) || lexicons().weekdays.has(t.low)) return undefined;
  }
  if (e - s === 1 && /^[A-Z]{3,}$/.test(tokens[s].text)) return 'official';
  // ("MoI", "MoHA", "DoD": a ministry's or department's acronym with the "o" of "of" in lower case)
  // (also after the country it serves: "Niger MoI")
  if ((e - s === 1 || (e - s === 2 && tokens[s].text !== tokens[s].text.toUpperCase())) && /^[A-Z]o[A-Z]{1,3}$/.test(tokens[e - 1].text)) {
    return 'official';
  }
  // "Kharkiv RMA", "Adamawa SEMA": a body's acronym after the territory it serves is a public body's, not a title
  if (e - s === 2 && /^[A-Z]{3,}$/.test(tokens[e - 1].text) && tokens[s].text !== tokens[s].text.toUpperCase()) return 'official';
  // ("SAPS Eastern Cape", "NDMA Punjab": the acronym first, then the territory its branch serves; not "BBC Persian", a
  // service in a language, nor "CNN International")
  if (e - s >= 2 && e - s <= 3 && /^[A-Z]{3,}$/.test(tokens[s].text) && BRANCH_TERRITORY.has(tokens[e - 1].low)) return 'official';
  return 'media';
}

/** What a claim is put out in ("communique", "statement"), in lower case after a credit's name (role medium). */
const MEDIUM = lexiconRole('attribution-words.txt', 'medium');

/** The last word of a branch's territory after a body's acronym (attribution-words.txt, role branchterritory). */
const BRANCH_TERRITORY = lexiconRole('attribution-words.txt', 'branchterritory');

/** Claim nouns that name no one: reports and rumours nobody is credited with. */
const HEARSAY_NOUNS = new Set(['reports', 'report', 'rumours', 'rumors', 'rumour', 'rumor', 'claims', 'allegations',
  'information']);

/**
 * The "that" which opens what a claim noun asserts, at most a short modifier after the noun ("reports circulating
 * online that", "rumours in the market that"); -1 when a verb, a clause break or "by"/"of" (a named origin) comes first.
 */
function claimClause(tokens: Token[], k: number, end: number): number {
  let spread = false;
  for (let j = k; j < Math.min(end, k + 7); j++) {
    const low = tokens[j].low;
    if (low === 'that') return j;
    // ("the claims circulating on rebel channels of dozens of soldiers killed", "the information circulating on social
    // networks reporting seven deaths": after the word of spreading, "of" or a participle of report opens the claim)
    if (spread && (low === 'of' || lexiconRole('attribution-words.txt', 'claimopener').has(low))) return j;
    if (lexiconRole('attribution-words.txt', 'spreading').has(low)) spread = true;
    if (CLAIM_BREAKS.has(low) || AUX.has(low) || tokens[j].kind === 'num') return -1;
  }
  return -1;
}
const CLAIM_BREAKS = new Set([',', ';', ':', '.', 'by', 'of', 'from', 'say', 'said', 'says', 'suggest', 'suggested',
  'indicate', 'indicated', 'claim', 'claimed', 'and', 'but', 'be', 'been']);

/** Nouns for what another party asserts, which a statement cites in order to dispute it. */
const CLAIM_NOUNS = new Set(['claims', 'claim', 'lies', 'lie', 'reports', 'report', 'allegations', 'allegation',
  'propaganda', 'accounts', 'version', 'assertions', 'assertion', 'figures', 'statements']);
/** Words before the body a "which said" clause follows: where people were taken, who did it to them. */
const ANTECEDENT_OPENERS = new Set(['to', 'at', 'by', 'in', 'into', 'from', 'with', 'among', 'against']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const RELATIVE_VERBS = new Set(['speaks', 'spoke', 'speak', 'reported', 'reports', 'claims', 'claimed', 'says', 'said',
  'alleges', 'alleged', 'puts', 'put', 'talks', 'talked', 'cites', 'cited', 'gave', 'gives']);
/** Verbs of putting out a claim one disputes ("is spreading lies that", "circulates false reports that"). */
const SPREAD_VERBS = new Set(['spreading', 'spreads', 'spread', 'circulating', 'circulates', 'peddling', 'peddles',
  'broadcasting', 'repeating', 'repeats']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'keeps', 'continues']);
// (the sets citedClaims tests on every token: word-sets.ts)
const CLAIM_OR_HEARSAY = new WordSet(new Set([...CLAIM_NOUNS, ...HEARSAY_NOUNS]));
const SPREAD = new WordSet(SPREAD_VERBS);
const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'earlier', 'false', 'baseless']);

/**
 * Figures cited from another party inside a sentence: "claims by X of holding 200 hostages", "the lies of X that
 * our fighters executed 4", "X, which speaks of 5 dead civilians". The span covers the cited part only.
 */
export function citedClaims(doc: Document, kindOf: KindOf): LocalSource[] {
  const { tokens, text } = doc;
  const out: LocalSource[] = [];
  // (noun: s opens on a claim noun that names no one, "Reports circulating online": unnamed unless it says more)
  const make = (s: number, e: number, from: number, to: number, sent: number, enemy?: SourceKind, noun = false): void => {
    // "This is a lie, said a village elder, who put the toll at 9": an inverted reporting verb is no part of the name
    // (but "Reports circulating online" opens on the noun)
    if (!noun && s + 1 < e && lexicons().reporting.has(tokens[s].low) && !lexicons().weakReporting.has(tokens[s].low)) s++;
    while (s < e && DETS.has(tokens[s].low)) s++;
    if (s >= e || e - s > 8 || to <= from) return;
    for (let j = s; j < e; j++) if (tokens[j].kind === 'num') return;
    // "the enemy" whose claims a statement disputes is the other side: for a militant statement, the state
    // ("claims circulating on rebel propaganda channels": hearsay on an armed party's own channels is the party's)
    let channel: SourceKind | undefined;
    if (noun) for (let j = s + 1; j + 1 < e; j++) if (tokens[j].low === 'on' || tokens[j].low === 'in') channel = kindOf(tokens, j + 1, e);
    const kind = (channel === 'militant' ? channel : undefined) ?? kindOf(tokens, s, e) ??
      (enemy && e - s === 1 && tokens[s].low === 'enemy' ? enemy : undefined) ?? (noun ? 'unnamed' : undefined);
    if (!kind) return;
    out.push({
      start: tokens[from].start, end: tokens[to - 1].end, sent,
      source: { name: text.slice(tokens[s].start, tokens[e - 1].end), kind, span: { start: tokens[s].start, end: tokens[e - 1].end } },
    });
  };
  for (const sent of doc.sentences) {
    const end = sent.t1;
    for (let k = sent.t0; k < end - 2; k++) {
      const low = tokens[k].low;
      if (CLAIM_OR_HEARSAY.hasToken(tokens[k]) && tokens[k].kind === 'word') {
        const prev = k > sent.t0 ? tokens[k - 1].low : '';
        // a noun, not the verb "X claims": a determiner or adjective before it, or the sentence start
        // (or a verb of denial: "dismissed rumours that 50 had died")
        const denied = HEARSAY_NOUNS.has(low) && lexiconRole('attribution-words.txt', 'denial').has(prev);
        if (!(k === sent.t0 || DETS.has(prev) || prev === 'of' || prev === "'s" || prev === ',' || denied)) continue;
        const nx = tokens[k + 1].low;
        if (nx === 'by' || nx === 'of') {
          let e = k + 2;
          while (e < end && e < k + 11 && tokens[e].low !== 'that' && tokens[e].low !== ',' && tokens[e].low !== ';' &&
            !(nx === 'by' && tokens[e].low === 'of') && tokens[e].low !== '.') e++;
          const stop = e < end ? tokens[e].low : '';
          // "claims by X of <figure>" / "the lies of X that <figure>": the cited part runs to the clause end
          if ((nx === 'by' && (stop === 'of' || stop === 'that')) || (nx === 'of' && stop === 'that')) {
            let to = e + 1;
            while (to < end && to < e + 60 && tokens[to].low !== ';') to++;
            make(k + 2, e, e, to, tokens[k].sent);
          }
        } else if (HEARSAY_NOUNS.has(low)) {
          // "Reports circulating on social media that more than 20 were shot dead are false": the figure in the
          // clause after "that" is the reports' own, whoever quotes them to deny or doubt them
          const that = claimClause(tokens, k + 1, end);
          // ("A report that the ministry published on Friday said 40 died": a relative "that", whose clause is
          // followed by the verb that reports; the report speaks in it as its issuer does)
          if (that > 0 && !verbBeforeCount(tokens, that + 1, end)) {
            // (to the clause's end: "..., the ministry said, adding that 4 died" is the ministry's again)
            let to = that + 1;
            while (to < end && to < that + 40 && tokens[to].low !== ';' && tokens[to].low !== ',') to++;
            make(k, that, that + 1, to, tokens[k].sent, undefined, true);
          }
        }
      }
      // "The enemy, as usual, is spreading lies in its media that 15 of our men were killed": X's claim, put out
      // to be denied; the subject before the verb speaks for the clause after "that"
      if (SPREAD.hasToken(tokens[k]) && k > sent.t0) {
        let that = -1;
        for (let j = k + 1; j < Math.min(end, k + 8); j++) {
          if (tokens[j].low === 'that') { that = j; break; }
        }
        let noun = false;
        for (let j = k + 1; j < Math.min(end, k + 4); j++) if (CLAIM_NOUNS.has(tokens[j].low)) noun = true;
        if (that > 0 && noun) {
          let e = sent.t0;
          while (e < k && tokens[e].low !== ',' && !AUX.has(tokens[e].low)) e++;
          let to = that + 1;
          while (to < end && to < that + 60 && tokens[to].low !== ';') to++;
          make(sent.t0, e, that + 1, to, tokens[k].sent, 'official');
        }
      }
      // "X, which speaks of 5 dead civilians,": the relative clause is X's
      if (low === ',' && (tokens[k + 1].low === 'which' || tokens[k + 1].low === 'who') && RELATIVE_VERBS.has(tokens[k + 2].low)) {
        let s = k;
        while (s > sent.t0 && s > k - 9 && tokens[s - 1].low !== ',' && tokens[s - 1].low !== ';' && tokens[s - 1].low !== ':') s--;
        // ("The injured were flown to the Regional Trauma Centre, which reported ...": the body after the verb and
        // its preposition, not the clause that moved people there)
        for (let j = k - 2; j >= s; j--) {
          const w = tokens[j];
          if (ANTECEDENT_OPENERS.has(w.low) || BE.has(w.low) || (w.kind === 'word' && w.text === w.low && /ed$/.test(w.low) &&
            tokens[j - 1]?.low !== '-')) {
            s = j + 1;
            break;
          }
        }
        // "the lies of the enemy's media" → the enemy's media
        for (let j = s; j < k - 1; j++) if (CLAIM_NOUNS.has(tokens[j].low) && tokens[j + 1].low === 'of') s = j + 2;
        let to = k + 3;
        while (to < end && to < k + 40 && tokens[to].low !== ',' && tokens[to].low !== ';') to++;
        make(s, k, k + 1, to, tokens[k].sent);
      }
    }
  }
  return out;
}

/** A bracket after a date and before a dash: the agency credit of a dateline ("March 6 (Reuters) - ..."). */
function datelineCredit(tokens: Token[], open: number, close: number, t1: number): boolean {
  const dash = tokens[close + 1];
  if (close + 1 >= t1 || !dash || !(dash.low === '-' || dash.low === '\u2013' || dash.low === '\u2014')) return false;
  const months = lexicons().months;
  const a = tokens[open - 1];
  const b = tokens[open - 2];
  return !!a && !!b && ((a.kind === 'num' && months.has(b.low.replace(/\.$/, ''))) || months.has(a.low));
}

/** How many tokens a credit's bracket may hold: a name ("(police)", "(Niger MoI communique)") or, longer, a person
 * with office and paper. */
const SHORT_BRACKET = 10;
const LONG_BRACKET = 14;

/** "(Tesfaye Gudina, zone police commander, to Addis Dispatch)": after a name of two or more capitalised words
 * (s..e), the office set off by commas gives the kind; `to` is where the paper spoken to starts (close if none). */
function officeAfterName(tokens: Token[], s: number, e: number, close: number, kindOf: KindOf): { kind: SourceKind; to: number } | undefined {
  if (e - s < 2 || tokens[e].low !== ',' || !tokens.slice(s, e).every(isCap)) return undefined;
  let r = e + 1;
  while (r < close && tokens[r].low !== ',' && tokens[r].low !== ';') r++;
  const kind = r > e + 1 ? kindOf(tokens, e + 1, r) : undefined;
  if (!kind) return undefined;
  let to = close;
  if (r + 2 < close && tokens[r].low === ',' && tokens[r + 1].low === 'to') to = r + 2;
  return { kind, to };
}
