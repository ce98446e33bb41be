// How many attackers there were, said of the attackers named just before the count (guide: attackers' numbers are
// present): "the gunmen were "not less than twenty"", "the hijackers, 11 in all, had kept the crew", "the group
// numbered some 20 armed men", "the cell had up to 20 members". Pure and bounded in tokens.
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { BE, figureWords } from './words.js';

/** Words a witness puts before a rough count ("maybe 10 or 12", "perhaps 12 or 14") and quote marks. */
const ROUGH = new Set(['maybe', 'perhaps', 'probably', 'only', 'just', '"', '\u201c', '\u201d', '\'']);
/** Collectives that stand for the band in "the cell had up to 20 members". */
const BAND_NOUNS = figureWords('band-size');
/** Words of a share of the band, not its size. */
const SHARES = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'both', 'none']);
/** What a band has that counts its people. */
const MEMBER_WORDS = new Set(['members', 'fighters', 'men', 'gunmen', 'recruits']);

/** Whether an attackers' noun ends right before token `end`. */
function attackersBefore(tokens: Token[], end: number, t0: number): boolean {
  const gm = lexicons().groups.endingAt(tokens, end, t0);
  return !!gm && gm.data === 'attackers';
}

/** How far back a band is looked for when a witness says "they were 300". */
const BAND_BACK = 400;
/** An attackers' noun in the stretch of text before `t0` (bounded), so "they" may be the band. */
function attackersEarlier(tokens: Token[], t0: number): boolean {
  const groups = lexicons().groups;
  for (let j = t0 - 1; j >= Math.max(0, t0 - BAND_BACK); j--) {
    if (tokens[j].kind === 'word' && groups.at(tokens, j, j + 1)?.data === 'attackers') return true;
  }
  return false;
}

/** How far back from "numbered" its subject, the band, is looked for. */
const SUBJECT_BACK = 12;
/** An attackers' noun or a band's collective as the subject of "numbered" at `k`: right before it, or earlier in the
 * clause with no count between. */
function bandSubject(tokens: Token[], k: number, t0: number): boolean {
  if (attackersBefore(tokens, k, t0) || BAND_NOUNS.has(tokens[k - 1].low)) return true;
  const groups = lexicons().groups;
  for (let j = k - 2; j >= Math.max(t0, k - SUBJECT_BACK); j--) {
    const t = tokens[j];
    if (t.kind === 'num' || t.low === ';' || t.low === ':') return false;
    if (BAND_NOUNS.has(t.low) || (t.kind === 'word' && groups.at(tokens, j, j + 1)?.data === 'attackers')) return true;
  }
  return false;
}

/**
 * Does the count at `n0`..`n1` (its group's noun ending at `g1`) size the attackers named right before it? `group`
 * is the group its own noun gives, if any: only people words may stand there ("two or three young men").
 */
export function attackersSized(tokens: Token[], n0: number, n1: number, g1: number, group: string | undefined,
  t0: number, t1: number): boolean {
  if (group !== undefined && group !== 'attackers' && group !== 'men' && group !== 'people') return false;
  let k = n0 - 1;
  while (k >= t0 && ROUGH.has(tokens[k].low)) k--;
  if (k <= t0) return false;
  const prev = tokens[k].low;
  // "the gunmen were "not less than twenty"", "the hijackers were "two or three young men""
  // ("They were about 300, maybe more", "There were maybe 40 or 50 of them": a witness on the band named before)
  if (BE.has(prev) && k - 1 >= t0 && (tokens[k - 1].low === 'they' || tokens[k - 1].low === 'there') && k - 1 <= t0 + 1) {
    // ("There were hundreds of them": a vague word that took its "of")
    const ofThem = n1 + 1 < t1 && tokens[n1].low === 'of' && tokens[n1 + 1].low === 'them' ||
      n1 < t1 && tokens[n1 - 1].low === 'of' && tokens[n1].low === 'them';
    return (tokens[k - 1].low === 'they' ? !(n1 < t1 && tokens[n1].low === 'of') : ofThem) && attackersEarlier(tokens, t0);
  }
  if (BE.has(prev)) return attackersBefore(tokens, k, t0) && !(n1 < t1 && tokens[n1].low === 'of');
  // "the hijackers, 11 in all, had kept", "the kidnappers, as many as 40 men on motorcycles, also shot": an aside
  // closed by a comma after the count
  if (prev === ',') {
    // (not a share: "the gunmen, some wearing army uniforms, blew")
    // ("the gunmen, two of them in uniform,": a share too)
    if (!attackersBefore(tokens, k, t0) || SHARES.has(tokens[n0].low) || tokens[n1]?.low === 'of') return false;
    const from = Math.max(n1, g1);
    for (let j = from; j < Math.min(t1, from + 5); j++) if (tokens[j].low === ',') return true;
    return false;
  }
  // "the group numbered some 20 armed men"
  // ("The gang, which residents said numbered between 15 and 20 men", "the gang that took the workers numbered at
  // least 15": the band is the subject, past a relative clause)
  if (prev === 'numbered') return k - 1 >= t0 && bandSubject(tokens, k, t0);
  // "the cell had up to 20 members"
  if (prev === 'had' || prev === 'has') {
    return k - 1 >= t0 && BAND_NOUNS.has(tokens[k - 1].low) && n1 < t1 && MEMBER_WORDS.has(tokens[n1].low);
  }
  return false;
}
