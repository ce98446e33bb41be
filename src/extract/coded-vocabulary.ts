// Words a coder writes on their own in a coded file ("soldiers", "fatalities", "wounded"), read with the same
// lexicons the extractor uses, so claims coded elsewhere group and measure like extracted ones.
import { kindOf } from './attribution.js';
import { tokenize } from './document.js';
import type { PhraseTable } from './phrases.js';
import { lexicons } from './lexicon/index.js';
import type { Hedge, Measure, SourceKind } from './types.js';

/** The data a table gives the whole phrase, or undefined when the phrase is not (only) one listed entry. */
function wholePhrase<T>(table: PhraseTable<T>, phrase: string): T | undefined {
  const tokens = tokenize(phrase.trim().replace(/_/g, ' '));
  if (tokens.length === 0) return undefined;
  const hit = table.at(tokens, 0);
  return hit && hit.end === tokens.length ? hit.data : undefined;
}

/**
 * The canonical group of a noun phrase given on its own ("soldiers" → security_forces), else of its head: the
 * longest known phrase that ends it ("train passengers" → passengers, "Pakistani soldiers" → security_forces).
 */
export function groupOfNoun(phrase: string): string | undefined {
  const groups = lexicons().groups;
  const whole = wholePhrase(groups, phrase);
  if (whole) return whole;
  const words = phrase.trim().split(/\s+/);
  // "women and children", "relatives of the victims": not one head noun with modifiers.
  if (words.some((w) => /^(and|or|of|&|with|including)$/i.test(w) || w.endsWith(','))) return undefined;
  for (let i = 1; i < words.length; i++) {
    const head = wholePhrase(groups, words.slice(i).join(' '));
    if (head) return head;
  }
  return undefined;
}

/** The measure of a cue word given on its own ("fatalities", "dead" → killed; "wounded" → injured; "rescued" → freed). */
export function measureOfWord(word: string): Measure | undefined {
  return wholePhrase(lexicons().measures, word)?.measure;
}

/** The hedge of a hedge word given on its own ("approx", "more than", "up_to" → about, at_least, at_most). */
export function hedgeOfWord(word: string): Hedge | undefined {
  const lex = lexicons();
  return wholePhrase(lex.hedgesBefore, word) ?? wholePhrase(lex.hedgesAfter, word);
}

/** The kind of a source named on its own, as the extractor would read the name ("BLA" → militant, "railway officials"
 * → official, "Reuters" → media), or undefined when the name says nothing of it. */
export function kindOfName(name: string): SourceKind | undefined {
  const tokens = tokenize(name.trim());
  return tokens.length ? kindOf(tokens, 0, tokens.length).kind : undefined;
}
