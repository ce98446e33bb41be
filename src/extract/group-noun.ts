// The canonical group of a noun phrase given on its own ("soldiers" → security_forces), by the same
// groups lexicon the extractor reads: for claims coded elsewhere, so they group like extracted ones.
import { tokenize } from './document.js';
import { lexicons } from './lexicon/index.js';

/** The group the lexicon gives the whole phrase, or undefined when the phrase is not (only) a listed noun. */
export function groupOfNoun(phrase: string): string | undefined {
  const tokens = tokenize(phrase.trim());
  if (tokens.length === 0) return undefined;
  const hit = lexicons().groups.at(tokens, 0);
  if (!hit || hit.end !== tokens.length || !hit.data) return undefined;
  return hit.data;
}
