// Who issues a party's statement that reaches us through a channel. A militant group's statement is published by
// its media wing or a radio that carries it ("Radio X", "the Y Foundation", the metadata's outlet), but the group
// that names itself at the top of the text speaks ("Harakat al-Z / Wilayah of Q / Our mujahideen ambush ..."):
// the group is the source, the channel its `via` (ANNOTATION.md, sources; round 21).
import type { SourceKind, SourceRef } from './types.js';
import { tokenize, type Document, type Token } from './document.js';
import { lexiconRole, lexiconRows } from './lexicon/load.js';
import { beforeDocTitle, ownFighters, partisanVoice, weParty } from './issuer.js';

/** The channel's own name, or one that holds it ("Amaq Agency" signing what "Amaq" published). */
function sameName(name: string, channel: string): boolean {
  const a = name.trim().toLowerCase();
  const b = channel.trim().toLowerCase();
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Heading lines read: a statement opens on at most a formula, the group, a number line and a title. */
const HEADING_LINES = 5;
/** A heading line longer than this is prose. */
const LINE_TOKENS = 16;

/**
 * The militant party named alone on one of the statement's heading lines (each line its own paragraph, before the
 * first prose paragraph), when it is not the channel already speaking.
 */
export function statementParty(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  channel: string): SourceRef | undefined {
  const { tokens, sentences } = doc;
  for (let i = 0; i + 1 < sentences.length && i < HEADING_LINES; i++) {
    const l = sentences[i];
    if (sentences[i + 1].paragraph === l.paragraph || l.t1 - l.t0 > LINE_TOKENS) return undefined;
    let s = l.t0;
    let e = l.t1;
    if (tokens[s].low === 'the') s++;
    e = beforeDocTitle(tokens, s, e);
    while (e > s && tokens[e - 1].kind === 'punct') e--;
    if (e - s < 2 || !nameLine(tokens, s, e) || kindOf(tokens, s, e) !== 'militant') continue;
    const name = doc.text.slice(tokens[s].start, tokens[e - 1].end);
    if (sameName(name, channel)) return undefined;
    return { name, kind: 'militant', via: channel.trim() };
  }
  return undefined;
}

/**
 * A line that is only a name: capitalised words, joined by hyphens and the joining words of attribution-words.txt
 * ("Harakat al-Shabaab al-Mujahideen").
 */
function nameLine(tokens: Token[], s: number, e: number): boolean {
  let capitals = 0;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return false;
    if (t.kind === 'punct') {
      if (t.low !== '-' && t.low !== "'") return false;
      continue;
    }
    if (t.text[0] !== t.low[0]) capitals++;
    else if (!lexiconRole('attribution-words.txt', 'namejoiner').has(t.low)) return false;
  }
  return capitals >= 2;
}

/**
 * The document's voice when it is a party's statement: with a channel (the metadata's outlet), the group its heading
 * names or that "We, the X, ..." names speaks, the channel its via; read alone, a heading line naming a militant group
 * over a text in a party's own voice names the issuer. Changes `voice` in place.
 */
export function statementVoice(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  voice: SourceRef, channel: string | undefined): void {
  if (channel?.trim()) {
    // ("We, the Ambazonia Defence Forces, announce ..." published by "ADF Media": the group names itself)
    const we = voice.kind === 'militant' || voice.kind === 'media' ? weParty(doc, kindOf) : undefined;
    // (a heading line, a closing line that signs the statement, or the party its text names first: "the mujahideen of
    // Harakat al-Z attacked ...")
    const party = voice.kind === 'militant' ? statementParty(doc, kindOf, channel) ?? closingParty(doc, kindOf, channel) ??
      namedFirst(doc, kindOf, channel) ?? selfNamed(doc, kindOf, channel) : undefined;
    if (party) Object.assign(voice, party);
    else if (we?.kind === 'militant' && !sameName(we.name, channel)) {
      Object.assign(voice, { name: we.name, kind: 'militant', via: channel.trim() });
    }
    return;
  }
  // ("Harakat al-Z / Our mujahideen killed ...", read alone: the heading's group, not the lines run together; a
  // militant issuer the heading rules found on one line stands: "Statement of the Military Wing of the X Movement")
  if (voice.kind === 'militant' && !voice.name.includes('\n')) return;
  const party = statementParty(doc, kindOf, '');
  if (party && (ownFighters(doc) || partisanVoice(doc))) {
    voice.name = party.name;
    voice.kind = 'militant';
  }
}

let partyNames: string[][] | undefined;
/** Names of armed parties as the source lexicon writes them with a capital ("Taliban", "al-Shabaab", "JNIM"). */
function knownPartyNames(): string[][] {
  if (!partyNames) {
    partyNames = [];
    for (const [phrase, kind] of lexiconRows('sources.txt')) {
      if (kind !== 'militant' || !/\p{Lu}/u.test(phrase)) continue;
      partyNames.push(tokenize(phrase).map((t) => t.low));
    }
  }
  return partyNames;
}

/** How far back a party named in the text is looked for. */
const MENTION_WINDOW = 600;

/** Each armed party the text names between tokens `from` and `to`, in order: a known name from sources.txt, or a run
 * of capitalised words (joined by "of", hyphens and the article "al-") the lexicon reads as militant. */
function* partyMentions(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  from: number, to: number): Generator<[number, number]> {
  const { tokens } = doc;
  const capital = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.low[0];
  const names = knownPartyNames();
  for (let k = from; k < to; k++) {
    if (!capital(tokens[k]) && tokens[k].low !== 'al') continue;
    let end = -1;
    if (capital(tokens[k]) && (k === 0 || !capital(tokens[k - 1]))) {
      // "Harakat al-Shabaab al-Mujahideen", "Karen Valley Liberation Army" ("Bui Warriors" the lexicon does not read)
      let e = k + 1;
      while (e < to && e < k + 10) {
        if (capital(tokens[e])) e++;
        else if (tokens[e].low === '-' && capital(tokens[e + 1])) e += 2;
        else if ((tokens[e].low === 'al' || tokens[e].low === 'wal') && tokens[e + 1]?.low === '-' && capital(tokens[e + 2])) e += 3;
        else break;
      }
      if (e - k >= 2 && kindOf(tokens, k, e) === 'militant') end = e;
    }
    if (end < 0) {
      for (const n of names) {
        if (k + n.length > to || k + n.length <= end) continue;
        let ok = true;
        for (let i = 0; i < n.length && ok; i++) ok = tokens[k + i].low === n[i];
        if (ok) end = k + n.length;
      }
    }
    if (end > 0) {
      yield [k, end];
      k = end - 1;
    }
  }
}

const asParty = (doc: Document, [s, e]: [number, number]): SourceRef => ({
  name: doc.text.slice(doc.tokens[s].start, doc.tokens[e - 1].end), kind: 'militant',
  span: { start: doc.tokens[s].start, end: doc.tokens[e - 1].end },
});

/**
 * "Al-Shabaab militants attacked a base ... The group said its fighters killed 47": the armed party the text last
 * named before token `before`, for "the group" that no earlier speaker takes up.
 */
export function partyNamedBefore(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  before: number): SourceRef | undefined {
  // (the mentions are found once per document: a text of many "the group said" stays linear)
  let all = mentionsOf.get(doc);
  if (!all) {
    all = [...partyMentions(doc, kindOf, 0, doc.tokens.length)];
    mentionsOf.set(doc, all);
  }
  const last = lastEndingBy(all, before);
  return last && last[0] >= before - MENTION_WINDOW ? asParty(doc, last) : undefined;
}

/** Of token ranges [start, end) in text order, the last that ends by `before` (binary search). */
export function lastEndingBy(all: readonly [number, number][], before: number): [number, number] | undefined {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid][1] <= before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? all[lo - 1] : undefined;
}
const mentionsOf = new WeakMap<Document, [number, number][]>();

/** Closing lines read for a signature. */
const CLOSING_LINES = 3;
/** Words of an office line under the group's name ("Media Office", "Information Department"). */
const OFFICE_WORDS = new Set(['media', 'office', 'information', 'department', 'foundation', 'wing', 'centre', 'center', 'cell']);

/**
 * The group that signs the statement on one of its last lines ("Harakat al-Z / Media Office", "People's Defence
 * Force - Kalay Battalion"), when it is not the channel.
 */
function closingParty(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  channel: string): SourceRef | undefined {
  const { tokens, sentences, text } = doc;
  for (let i = sentences.length - 1; i > 0 && i >= sentences.length - CLOSING_LINES; i--) {
    const l = sentences[i];
    if (l.t1 - l.t0 > LINE_TOKENS || !text.slice(sentences[i - 1].end, l.start).includes('\n')) return undefined;
    let e = l.t0;
    while (e < l.t1 && tokens[e].low !== '-' && tokens[e].low !== ',' && tokens[e].low !== '\u2013') e++;
    // ("al-Shabaab": a hyphen inside a name is no separator)
    if (e < l.t1 && tokens[e].low === '-' && !tokens[e].space) {
      e = l.t1;
      for (let k = l.t0; k < l.t1; k++) if ((tokens[k].low === '-' && tokens[k].space) || tokens[k].low === ',') { e = k; break; }
    }
    let s = l.t0;
    if (tokens[s].low === 'the') s++;
    if (e - s < 2 || !nameLine(tokens, s, e)) continue;
    let office = true;
    for (let k = s; k < e; k++) if (!OFFICE_WORDS.has(tokens[k].low)) office = false;
    if (office || kindOf(tokens, s, e) !== 'militant') continue;
    const name = text.slice(tokens[s].start, tokens[e - 1].end);
    if (sameName(name, channel)) return undefined;
    return { name, kind: 'militant', via: channel.trim() };
  }
  return undefined;
}

/** Sentences read for a party that names itself as the subject of an opening sentence. */
const SELF_NAMED_SENTENCES = 5;

/**
 * "The Ambazonia Restoration Forces (ARF) have learned with sorrow ...": in a statement already read as a party's,
 * a party that opens one of the first sentences as its subject, with its acronym in brackets and a verb after it,
 * names itself (the enemy it accuses is named as an object or after "the army of").
 */
function selfNamed(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  channel: string): SourceRef | undefined {
  const { sentences, tokens } = doc;
  if (!sentences.length) return undefined;
  for (const sent of sentences.slice(0, SELF_NAMED_SENTENCES)) {
    // the capitalised run that opens the sentence, up to the bracket
    const s0 = tokens[sent.t0]?.low === 'the' ? sent.t0 + 1 : sent.t0;
    let e = s0;
    while (e < sent.t1 && e < s0 + 8 && tokens[e].kind === 'word' && tokens[e].text[0] !== tokens[e].low[0]) e++;
    const m: [number, number] = [s0, e];
    if (e - s0 < 2 || kindOf(tokens, s0, e) !== 'militant') continue;
    const acronym = tokens[m[1] + 1];
    if (tokens[m[1]]?.low !== '(' || tokens[m[1] + 2]?.low !== ')' || !acronym || !/^[A-Z]{2,}$/.test(acronym.text)) continue;
    const verb = tokens[m[1] + 3];
    if (!verb || verb.kind !== 'word' || verb.text[0] !== verb.low[0]) continue;
    const party = asParty(doc, m);
    if (sameName(party.name, channel)) return undefined;
    return { name: party.name, kind: 'militant', via: channel.trim() };
  }
  return undefined;
}

/** How a statement names its own men before "of" and its party ("the mujahideen of", "the soldiers of the"). */
const PARTY_MEN = new Set(['mujahideen', 'mujahidin', 'soldiers', 'fighters', 'lions', 'knights', 'heroes', 'cadres']);
/** Sentences read for the party a statement names as it opens. */
const OPENING_SENTENCES = 2;

/** The militant party whose men the statement's opening names ("By the grace of Allah, the mujahideen of Harakat al-Z
 * attacked", "the soldiers of the Islamic State"). */
function namedFirst(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  channel: string): SourceRef | undefined {
  const { sentences } = doc;
  if (!sentences.length) return undefined;
  const to = sentences[Math.min(sentences.length, OPENING_SENTENCES) - 1].t1;
  const { tokens } = doc;
  for (const m of partyMentions(doc, kindOf, 0, to)) {
    // only as the party whose men act: "the mujahideen of X", "the soldiers of the X", "fighters of X"
    // (a name of two words or more: "the soldiers of the Caliphate" names no party of its own)
    if (m[1] - m[0] < 2) continue;
    let k = m[0] - 1;
    if (tokens[k]?.low === 'the') k--;
    if (tokens[k]?.low !== 'of' || !PARTY_MEN.has(tokens[k - 1]?.low ?? '')) continue;
    const party = asParty(doc, m);
    if (sameName(party.name, channel)) return undefined;
    return { name: party.name, kind: 'militant', via: channel.trim() };
  }
  return undefined;
}
