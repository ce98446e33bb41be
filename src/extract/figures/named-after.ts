// Who a count is, said right after it: "Two of them, both women, were admitted", "two of them, both fishermen,",
// "The remaining 13 rescued victims are adult men". The noun after "both"/"all" in an aside, or after the verb "are",
// names the people the count holds when its own noun is only "people", "them" or a word for victims. Pure, bounded.
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import type { FigureCandidate } from './candidate.js';

/** Groups that say only that someone was hit or held, not who they are. */
const PLAIN = new Set(['people', 'victims', 'hostages', 'captives', 'survivors', 'patients', 'bodies']);
/** Words for the taken ("of the abducted", "of the captives"). */
const TAKEN = new Set(['abducted', 'kidnapped', 'taken', 'captives', 'hostages', 'abductees', 'seized']);
/** Adjectives that may stand before the noun of the predicate ("are adult men", "are young girls"). */
const QUALIFIERS = new Set(['adult', 'young', 'elderly', 'older', 'teenage', 'grown', 'all']);
/** Groups a predicate or aside can name (demographic and trade nouns, not another party). */
const NAMING = new Set(['men', 'women', 'children', 'fishermen', 'farmers', 'students', 'pupils', 'traders', 'miners',
  'workers', 'teachers', 'nurses', 'doctors', 'soldiers', 'security_forces', 'crew', 'passengers', 'civilians',
  'foreigners', 'pilgrims', 'worshippers', 'staff', 'journalists', 'herders', 'tourists', 'migrants']);

function groupAt(tokens: Token[], k: number, t1: number): { group: string; end: number } | undefined {
  const gm = lexicons().groups.at(tokens, k, t1);
  if (!gm) return undefined;
  const group = gm.data || tokens[gm.end - 1].low;
  return NAMING.has(group) ? { group, end: gm.end } : undefined;
}

const SEX_AND_AGE = new Set(['women', 'men', 'children', 'girls', 'boys']);

/** Gives `c` the group named right after its noun, when its own group says only that they were hit. */
export function namedAfter(tokens: Token[], c: FigureCandidate, t1: number): void {
  let k = Math.max(c.g1, c.mention.t1);
  // ("the four other students, and two of them, both women aged 20, were taken": the aside names a share "of them"
  // over the group it points back to)
  // (by sex or age only: "Two of them, both drivers," stay the employees they point back to, dev 2612)
  const ofThem = k >= 2 && tokens[k - 1].low === 'them' && tokens[k - 2].low === 'of' && tokens[k]?.low === ',' &&
    tokens[k + 1]?.low === 'both' && SEX_AND_AGE.has(tokens[k + 2]?.low ?? '');
  if ((!PLAIN.has(c.group) && !ofThem) || c.drop) return;
  if (k + 2 >= t1) return;
  // ", both women," / ", all fishermen,"
  // (guide: "Two of the abducted, both girls aged 14, escaped" stays people: "the abducted" are the taken, and "both"
  // only says who; "killing 12, all of them civilians" names the group)
  if (tokens[k].low === ',' && tokens[k + 1].low === 'both' && TAKEN.has(tokens[k - 1].low)) return;
  if (tokens[k].low === ',' && (tokens[k + 1].low === 'both' || tokens[k + 1].low === 'all')) {
    const g = groupAt(tokens, k + 2, t1);
    // (", both women aged 20,": their age after the noun)
    let e = g ? g.end : -1;
    if (g && e + 1 < t1 && tokens[e].low === 'aged' && tokens[e + 1].kind === 'num') e += 2;
    if (g && (e >= t1 || tokens[e].low === ',' || tokens[e].low === '.')) c.group = g.group;
    return;
  }
  // "are adult men." (the sentence or clause ends with the noun)
  if (tokens[k].low !== 'are' && tokens[k].low !== 'were') return;
  k++;
  while (k < t1 && QUALIFIERS.has(tokens[k].low)) k++;
  const g = k < t1 ? groupAt(tokens, k, t1) : undefined;
  if (g && (g.end >= t1 || tokens[g.end].low === ',' || tokens[g.end].low === '.' || tokens[g.end].low === ';')) c.group = g.group;
}
