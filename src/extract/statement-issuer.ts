// Who issues a party's statement that reaches us through a channel. A militant group's statement is published by
// its media wing or a radio that carries it ("Radio X", "the Y Foundation", the metadata's outlet), but the group
// that names itself at the top of the text speaks ("Harakat al-Z / Wilayah of Q / Our mujahideen ambush ..."):
// the group is the source, the channel its `via` (ANNOTATION.md, sources; round 21).
import type { SourceKind, SourceRef } from './types.js';
import { tokenize, type Document, type Token } from './document.js';
import { lexiconRows } from './lexicon/load.js';
import { ownFighters, partisanVoice, weParty } from './issuer.js';

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
    while (e > s && tokens[e - 1].kind === 'punct') e--;
    if (e - s < 2 || !nameLine(tokens, s, e) || kindOf(tokens, s, e) !== 'militant') continue;
    const name = doc.text.slice(tokens[s].start, tokens[e - 1].end);
    if (name.toLowerCase() === channel.trim().toLowerCase()) return undefined;
    return { name, kind: 'militant', via: channel.trim() };
  }
  return undefined;
}

/** A line that is only a name: capitalised words, joined by particles and hyphens ("Harakat al-Shabaab al-Mujahideen"). */
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
    else if (!/^(of|the|al|wal|el|ad|ash|as|az|ar|an|at|bin|ibn|and|for|wa)$/.test(t.low)) return false;
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
    const party = voice.kind === 'militant' ? statementParty(doc, kindOf, channel) : undefined;
    if (party) Object.assign(voice, party);
    else if (we?.kind === 'militant' && we.name.toLowerCase() !== channel.trim().toLowerCase()) {
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

/**
 * "Al-Shabaab militants attacked a base ... The group said its fighters killed 47": the armed party the text last
 * named before token `before` (a known name, or a run of capitalised words the lexicon reads as militant), for "the
 * group" that no earlier speaker takes up.
 */
export function partyNamedBefore(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined,
  before: number): SourceRef | undefined {
  const { tokens, text } = doc;
  const capital = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.low[0];
  const names = knownPartyNames();
  let last: [number, number] | undefined;
  for (let k = Math.max(0, before - MENTION_WINDOW); k < before; k++) {
    if (!capital(tokens[k]) && !/^al$/.test(tokens[k].low)) continue;
    let end = -1;
    for (const n of names) {
      if (k + n.length > before || n.length <= end - k) continue;
      let ok = true;
      for (let i = 0; i < n.length && ok; i++) ok = tokens[k + i].low === n[i];
      if (ok) end = k + n.length;
    }
    if (end < 0 && capital(tokens[k]) && (k === 0 || !capital(tokens[k - 1]))) {
      // an unknown name in capitals the lexicon reads as a party ("Bui Warriors" is not; "Karen Liberation Army" is)
      let e = k + 1;
      while (e < before && e < k + 8 && (capital(tokens[e]) || (tokens[e].low === '-' && e + 1 < before && capital(tokens[e + 1])))) e++;
      if (e - k >= 2 && kindOf(tokens, k, e) === 'militant') end = e;
    }
    if (end > 0) {
      last = [k, end];
      k = end - 1;
    }
  }
  if (!last) return undefined;
  const [s, e] = last;
  return { name: text.slice(tokens[s].start, tokens[e - 1].end), kind: 'militant', span: { start: tokens[s].start, end: tokens[e - 1].end } };
}
