// Word sets and small word tests that several figure modules read: one copy of each, so a list
// changed here changes every rule that reads it. Lists of one module stay in that module.
import type { Token } from '../document.js';
import { lexiconRole } from '../lexicon/load.js';

/** Words of one role in figure-words.txt, read once per process. */
export const figureWords = (role: string): Set<string> => lexiconRole('figure-words.txt', role);

/** Words ending in "man" that are not compounds of it ("Germans", "humans"). */
const NOT_MAN = figureWords('not-man');

/** Plural form of a group noun we keep as written ("student" → "students", "fishermen" stays). */
export function plural(noun: string): string {
  if (/(s|men|people|folk|staff|personnel|police|crew)$/.test(noun)) return noun;
  // "fisherman" → "fishermen", "woman" → "women", "child" → "children"; "a family" → "families"
  if (noun.endsWith('man') && !NOT_MAN.has(noun)) return `${noun.slice(0, -3)}men`;
  if (noun === 'child') return 'children';
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export const isCap = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.low[0];
