// The event lexicons (lexicon/events.txt, lexicon/events-grammar.txt) compiled once into matchers.
// Patterns are tokenised with the shared tokenizer so that "counter-operation" or "won't" match the
// text's tokens exactly.
import { tokenize } from '../document.js';
import { lexiconRows } from '../lexicon/load.js';
import { WordSketch } from '../phrases.js';
import { WordSet } from '../word-sets.js';

/** One slot of a trigger pattern: alternatives (each a token sequence), word prefixes, or a gap. */
export interface Slot {
  /** Alternatives of two or more tokens, longest first. */
  alts: string[][];
  /** One-token alternatives, looked up in one step (a slot may list twenty verb forms; word-sets.ts). */
  words: WordSet;
  prefixes: string[];
  optional: boolean;
  /** > 0: a gap of 0..gap words. */
  gap: number;
}

/**
 * One way to type a trigger: a plain type ("crash"); a type that needs a word of a grammar class near the
 * trigger ("sinking/vessel": "the boat turned over"); or "@family": the type of the latest event of that
 * family already reported ("a similar accident" after a capsizing is a sinking).
 */
export interface TypeChoice {
  type: string;
  cls?: string;
  family?: string;
}

export interface TriggerPattern {
  /** Event type (the first choice's), or '-' for an exclusion. */
  type: string;
  /** Choices tried in order; the first that holds types the event, none drops it. */
  choices: TypeChoice[];
  slots: Slot[];
  /**
   * The words that the token after the first must be for the pattern to match, when the first two slots are
   * required single words or alternatives (secondWords); a word not among them rules the pattern out at once.
   */
  second?: WordSet;
}

export interface EventLexicon {
  /** Patterns indexed by every token that can start them. */
  byFirst: Map<string, TriggerPattern[]>;
  /** The keys of byFirst, as a quick "surely not" for the many tokens that start no trigger. */
  firsts: WordSketch;
  classes: Map<string, Set<string>>;
  /** Background phrases as token sequences, indexed by first token. */
  background: Map<string, string[][]>;
}

const lows = (s: string): string[] => tokenize(s).map((t) => t.low);

function compileSlot(raw: string): Slot {
  const gap = /^\.\.(\d+)$/.exec(raw);
  if (gap) return { alts: [], words: new WordSet(new Set()), prefixes: [], optional: false, gap: Number(gap[1]) };
  const optional = raw.startsWith('[') && raw.endsWith(']');
  const body = optional ? raw.slice(1, -1) : raw;
  const alts: string[][] = [];
  const prefixes: string[] = [];
  for (const alt of body.split('/')) {
    if (alt === '') continue;
    if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1).toLowerCase());
    else alts.push(lows(alt));
  }
  // Longest alternative first, so "counter-operation" beats "counter".
  alts.sort((a, b) => b.length - a.length);
  const words = new WordSet(new Set(alts.filter((a) => a.length === 1).map((a) => a[0])));
  return { alts: alts.filter((a) => a.length > 1), words, prefixes, optional, gap: 0 };
}

function compileChoice(raw: string): TypeChoice {
  if (raw.startsWith('@')) return { type: '', family: raw.slice(1) };
  const slash = raw.indexOf('/');
  return slash < 0 ? { type: raw } : { type: raw.slice(0, slash), cls: raw.slice(slash + 1) };
}

/** First tokens a pattern can start with (an optional leading slot adds the next slot's words). */
function firstWords(slots: Slot[]): string[] {
  const out: string[] = [];
  for (const s of slots) {
    if (s.gap > 0) break;
    for (const a of s.alts) out.push(a[0]);
    for (const w of s.words.words) out.push(w);
    if (!s.optional) break;
  }
  return out;
}

/**
 * Every word the second token of a match can be: a required first slot takes one token (or an alternative, whose
 * second word is the next token), then a required second slot of words or alternatives takes the next. Undefined
 * when the slots allow anything else (an optional slot, a gap, a prefix, a one-slot pattern).
 */
function secondWords(slots: Slot[]): WordSet | undefined {
  const [a, b] = slots;
  if (!b || a.optional || a.gap > 0 || b.optional || b.gap > 0 || b.prefixes.length > 0) return undefined;
  return new WordSet(new Set([...a.alts.map((alt) => alt[1]), ...b.alts.map((alt) => alt[0]), ...b.words.words]));
}

let cached: EventLexicon | undefined;

export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const byFirst = new Map<string, TriggerPattern[]>();
  for (const row of lexiconRows('events.txt')) {
    if (row.length < 2) continue;
    const [typeField, pattern] = row;
    const slots = pattern.split(/\s+/).filter((s) => s !== '').map(compileSlot);
    if (slots.length === 0 || slots[0].gap > 0) continue;
    const choices = typeField.split(',').map((c) => c.trim()).filter((c) => c !== '').map(compileChoice);
    if (choices.length === 0) continue;
    const first = choices.find((c) => !c.family);
    const p: TriggerPattern = { type: first?.type ?? choices[0].family ?? '', choices, slots, second: secondWords(slots) };
    for (const w of new Set(firstWords(slots))) {
      const list = byFirst.get(w) ?? [];
      list.push(p);
      byFirst.set(w, list);
    }
  }
  const classes = new Map<string, Set<string>>();
  const background = new Map<string, string[][]>();
  for (const row of lexiconRows('events-grammar.txt')) {
    if (row.length < 2) continue;
    const [name, words] = row;
    if (name === 'background') {
      const seq = lows(words);
      if (seq.length === 0) continue;
      const list = background.get(seq[0]) ?? [];
      list.push(seq);
      background.set(seq[0], list);
      continue;
    }
    const set = classes.get(name) ?? new Set<string>();
    const entries = name === 'hedge' ? words.split(',').map((w) => w.trim().replace(/\s+/g, ' ')) : words.split(/\s+/);
    for (const w of entries) if (w !== '') set.add(w.toLowerCase().replace(/\u2019/g, "'"));
    classes.set(name, set);
  }
  const firsts = new WordSketch();
  for (const w of byFirst.keys()) firsts.add(w);
  cached = { byFirst, firsts, classes, background };
  return cached;
}

const CLASS_NAMES = [
  'det', 'definite', 'pronoun', 'boundary', 'relative', 'be', 'aux', 'verb', 'adverb', 'adjective', 'reporting',
  'prep', 'placeprep', 'placenoun', 'notplace', 'targetprep', 'negation', 'hypothetical', 'modal', 'realto', 'timeword',
  'statement', 'violent', 'undergoer', 'nonpeople', 'placeonly', 'security', 'partitive', 'patient', 'hedge', 'refword', 'participant', 'nobody', 'reflexive',
] as const;
export type WordClassName = (typeof CLASS_NAMES)[number];

let grammar: Record<WordClassName, Set<string>> | undefined;

/** All word classes of events-grammar.txt as plain properties (hot paths read them per token). */
export function wordClasses(): Record<WordClassName, Set<string>> {
  if (grammar) return grammar;
  const { classes } = eventLexicon();
  const g = {} as Record<WordClassName, Set<string>>;
  for (const name of CLASS_NAMES) g[name] = classes.get(name) ?? new Set<string>();
  grammar = g;
  return g;
}

const EMPTY = new Set<string>();

/** Any class of events-grammar.txt by name, e.g. the condition class of a trigger choice. */
export function classWords(name: string): Set<string> {
  return eventLexicon().classes.get(name) ?? EMPTY;
}

/** A word class from events-grammar.txt (empty when the file lacks it). */
export function wordClass(name: WordClassName): Set<string> {
  return wordClasses()[name];
}
