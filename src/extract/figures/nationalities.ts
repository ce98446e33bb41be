// Breakdowns by nationality ("15 Yemenis and three Indian nationals", "26 Gambian, 11 Senegalese"):
// list items named by a demonym rather than a group noun.
import type { Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { FUNCTION, PART_INTRO, WEEKDAYS, isCap, NATIONALS, LIST_OPEN, DEMONYMS, DEMONYM_END } from './words.js';
import { type FigureCandidate, type GroupHit, makePart } from './candidate.js';
import { isListNeighbour } from './breakdowns.js';
import { lastBefore } from './increments.js';

/** "31 persons were apprehended, among them 19 foreigners (17 Colombians and 2 Venezuelans)": foreigners picked out of
 * a total and broken down by nationality in turn are one level of a breakdown by nationality, so they and their items
 * keep the total's group ("killed 43 people, including 21 foreigners" alone names a group of its own). */
export function foreignersOfTotal(out: FigureCandidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i];
    if (!c.parts_of || c.group !== 'foreigners' || c.parts_of.group === 'foreigners' || out[i + 1].parts_of !== c) continue;
    c.group = c.parts_of.group;
    for (let j = i + 1; j < out.length && out[j].parts_of === c; j++) if (out[j].group === 'foreigners') out[j].group = c.group;
  }
}

/** A list item that names people by nationality: "15 Yemenis", "three Indian nationals", "2 Greek officers", "4
 * foreigners" (a capitalised plural we do not list as a group, a nationals noun, or a noun after a demonym). */
export function nationalityItem(tokens: Token[], c: FigureCandidate, hits: Map<FigureCandidate, GroupHit | undefined>): boolean {
  const g = hits.get(c);
  if (!g || g.anaphor || c.g1 <= c.g0) return false;
  if (NATIONALS.has(c.group) || c.group === 'foreigners') return true;
  const last = tokens[c.g1 - 1];
  if (c.g1 - c.g0 === 1 && isCap(last) && last.low === c.group && !lexicons().groups.at(tokens, c.g0, c.g1)?.data) {
    return true;
  }
  const first = tokens[c.g0];
  // ("two New Zealanders": a listed demonym of two words, by its last)
  if (c.g1 - c.g0 === 2 && isCap(first) && isCap(last) && DEMONYMS.has(last.low.replace(/s$/, ''))) return true;
  return c.g1 - c.g0 >= 2 && isCap(first) && (DEMONYMS.has(first.low) || DEMONYM_END.test(first.low)) &&
    !lexicons().months.has(first.low);
}

/** "All eighteen crew members, 15 Yemenis and three Indian nationals, were freed": a comma apposition of two or
 * more nationality items right after a count breaks it down (the brackets and dashes go through PART_INTRO). The
 * items keep the total's measure and group when they do not exceed it. */
export function nationalityApposition(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>,
  t1: number): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const total = out[i];
    if (!total.measure || total.drop || total.parts_of || total.g1 >= t1) continue;
    // ("14 Indians, five Filipinos and two Pakistanis": a count named by its own nationality is the list's first item,
    // no total of the next ones; foreigners or nationals may be broken down by nationality)
    if (total.group !== 'foreigners' && !NATIONALS.has(total.group) &&
      (nationalityItem(tokens, total, hits) || (!hits.get(total) && demonymItem(tokens, total, t1)))) continue;
    // ("the eight crew members left aboard, six Nigerians and two Ghanaians,": a short participle phrase may close
    // the noun before the comma)
    let comma = total.g1;
    while (comma < Math.min(t1, total.g1 + 3) && tokens[comma].kind === 'word' && !isCap(tokens[comma]) &&
      !FUNCTION.has(tokens[comma].low)) comma++;
    if (comma >= t1 || tokens[comma].low !== ',' || out[i + 1].mention.t0 !== comma + 1) continue;
    let e = i + 1;
    let sum = 0;
    // ("nine South Sudanese and two Ugandans": a demonym with no noun of its own is an item as well)
    while (e < out.length && !out[e].parts_of &&
      (nationalityItem(tokens, out[e], hits) || (!hits.get(out[e]) && demonymItem(tokens, out[e], t1))) &&
      (e === i + 1 || isListNeighbour(tokens, out[e - 1].g1, out[e].mention.t0, false))) {
      sum += out[e].mention.low ?? 0;
      e++;
    }
    let end = out[e - 1].g1;
    // ("three foreign tourists, two Argentines and a French woman": one counted item, then one person of another
    // nationality closes the list; the count is then less than the total)
    const whole = total.mention.low ?? total.mention.high ?? 0;
    const one = e - i - 1 === 1 ? singleNational(tokens, end, t1) : -1;
    if (one > 0 && sum < whole) end = one;
    // (an apposition closes: a comma, bracket, dash or the sentence's end after the last item)
    if ((e - i - 1 < 2 && one < 0) || sum > whole ||
      (end < t1 && !ITEM_END.has(tokens[end].low))) continue;
    for (let n = i + 1; n < e; n++) partOfList(out[n], total);
    i = e - 1;
  }
}

/** "the released sailors, five Indians and three Sri Lankans,": nationality items set off after a plural noun of
 * people with no count of its own are those people, by nationality: they take the noun's group. */
export function nationalsOfNoun(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>,
  t0: number, t1: number): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i];
    const comma = first.mention.t0 - 1;
    if (first.parts_of || comma - 1 < t0 || tokens[comma].low !== ',' || !nationalityItem(tokens, first, hits)) continue;
    if (i > 0 && out[i - 1].g1 >= comma) continue;
    const noun = lexicons().groups.endingAt(tokens, comma, t0);
    if (!noun || !noun.data || NATIONALS.has(noun.data)) continue;
    let e = i + 1;
    while (e < out.length && !out[e].parts_of && nationalityItem(tokens, out[e], hits) &&
      isListNeighbour(tokens, out[e - 1].g1, out[e].mention.t0, false)) e++;
    const end = out[e - 1].g1;
    if (e - i < 2 || (end < t1 && !ITEM_END.has(tokens[end].low))) continue;
    for (let n = i; n < e; n++) out[n].group = noun.data;
    i = e - 1;
  }
}

/** "... and a French woman", "... and an Italian": one person named by nationality closing a list; returns where it
 * ends, or -1. */
function singleNational(tokens: Token[], at: number, t1: number): number {
  if (at + 2 >= t1 || tokens[at].low !== 'and' || (tokens[at + 1].low !== 'a' && tokens[at + 1].low !== 'an')) return -1;
  const n = tokens[at + 2];
  if (!isCap(n) || !(DEMONYMS.has(n.low) || DEMONYM_END.test(n.low))) return -1;
  let end = at + 3;
  if (end < t1 && tokens[end].kind === 'word' && !isCap(tokens[end]) && !FUNCTION.has(tokens[end].low)) end++;
  return end;
}

/** A list item of a breakdown ("15 Yemenis", "26 Gambian") counts what its total counts: its measure and group. */
function partOfList(it: FigureCandidate, total: FigureCandidate): void {
  it.parts_of = total;
  it.measure = total.measure;
  it.group = total.group;
  it.knownGroup = total.knownGroup;
  it.how = 'part';
  it.modal = total.modal;
}
const ITEM_END = new Set([',', 'and', ')', ']', ';', '.', '\u2014', '-', '\u2013', 'or']);
/** First words of a country's two-word name before its demonym ("South Sudanese", "Sri Lankan", "Sierra Leonean"). */
const DEMONYM_LEADS = new Set(['north', 'south', 'east', 'west', 'central', 'sri', 'sierra', 'costa', 'new']);
/** "12 Vietnamese", "nine South Sudanese": a count whose next word (after a compass word or the like) is a demonym
 * closing a list item. When it is one and has no noun of its own, its group range is set to the demonym, so that the
 * list reads on past it. */
function demonymItem(tokens: Token[], c: FigureCandidate, t1: number): boolean {
  let k = c.mention.t1;
  if (k + 1 < t1 && DEMONYM_LEADS.has(tokens[k].low) && isCap(tokens[k]) && isCap(tokens[k + 1])) k++;
  if (k >= t1 || !isCap(tokens[k]) || !(DEMONYMS.has(tokens[k].low) || DEMONYM_END.test(tokens[k].low))) return false;
  if (lexicons().months.has(tokens[k].low) || WEEKDAYS.has(tokens[k].low)) return false;
  if (k + 1 < t1 && !ITEM_END.has(tokens[k + 1].low)) return false;
  // (the demonym is the item's noun: the list reads on after it, "nine South Sudanese and two Ugandans")
  if (c.g1 <= c.mention.t1) {
    c.g0 = c.mention.t1;
    c.g1 = k + 1;
  }
  return true;
}

/** "pulled 44 survivors from the water — 26 Gambian, 11 Senegalese and 2 Malian —", "crew of 18 taken hostage (11
 * Iranian, 7 Pakistani)": counts of a nationality in the singular, with no noun of their own, break down the latest
 * total before them (this sentence or the two before) and keep its measure and group, when they do not exceed it. */
export function nationalityList(tokens: Token[], out: FigureCandidate[], recent: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, t1: number): void {
  for (let i = 0; i < out.length; i++) {
    if (hits.get(out[i]) || out[i].parts_of || !demonymItem(tokens, out[i], t1)) continue;
    // the run of items: each the next candidate, joined by list glue
    let e = i + 1;
    while (e < out.length && !hits.get(out[e]) && demonymItem(tokens, out[e], t1) &&
      out[e].mention.t0 - out[e - 1].mention.t1 <= 3) e++;
    const items = out.slice(i, e);
    // (a single item needs a list opener before it: "(11 Iranian)" but not "3 Iranian" in running text)
    const open = out[i].mention.t0 > 0 ? tokens[out[i].mention.t0 - 1].low : '';
    if (items.length < 2 && !LIST_OPEN.has(open) && open !== '\u2014') continue;
    const total = lastBefore(recent, out, i, (x) => !!x.measure && !x.drop && !x.parts_of && (x.mention.low ?? 0) > 0);
    const size = total ? total.mention.low ?? total.mention.high ?? 0 : 0;
    let sum = 0;
    for (const it of items) sum += it.mention.low ?? 0;
    if (!total || sum > size) {
      i = e - 1;
      continue;
    }
    for (const it of items) {
      partOfList(it, total);
      it.drop = false;
    }
    // "— 26 Gambian, 11 Senegalese — including three women": the breakdown goes on after the closing dash
    let j = items[items.length - 1].mention.t1 + 1;
    if (j < t1 && (tokens[j].low === '\u2014' || tokens[j].low === ')')) j++;
    if (j < t1 && tokens[j].low === ',') j++;
    if (j < t1 && PART_INTRO.has(tokens[j].low) && tokens[j].low !== 'of') {
      for (let n = e; n < out.length; n++) {
        const part = out[n];
        if (part.parts_of || (part.measure && part.how === 'post' && part.measure !== total.measure) ||
          !isListNeighbour(tokens, n === e ? j : out[n - 1].g1, part.lead ?? part.mention.t0, n === e)) break;
        makePart(part, total);
        part.modal = total.modal;
      }
    }
    i = e - 1;
  }
}

// the words that open a crew's breakdown by nationality after the crew noun
const CREW_LIST_OPEN = new Set(['were', 'are', 'include', 'includes', 'included', 'comprised', 'comprise', 'comprises', ':', '-',
  '\u2014', '\u2013', '(']);

/** "The kidnapped crew were six Filipinos, two Ukrainians and the Greek master", "the abducted seafarers include
 * nine Filipinos", "the crew - 14 Filipinos, five Indians and two Ukrainians - had sent": people named by nationality
 * right after a crew noun are that crew. They break down the latest crew total before them when they fit in it (and
 * take its measure); otherwise they take the measure of a participle before the noun, or of their own. */
export function crewByNationality(tokens: Token[], out: FigureCandidate[], recent: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, t0: number, t1: number): void {
  // ("12 Vietnamese": a nationality with no noun after it is an item too)
  const item = (c: FigureCandidate): boolean => nationalityItem(tokens, c, hits) || (!hits.get(c) && demonymItem(tokens, c, t1));
  for (let i = 0; i < out.length; i++) {
    const first = out[i];
    const at = first.lead ?? first.mention.t0;
    if (first.parts_of || at - 2 < t0 || !CREW_LIST_OPEN.has(tokens[at - 1].low) || !item(first)) continue;
    const noun = lexicons().groups.endingAt(tokens, at - 1, t0);
    const start = noun ? noun.end - noun.length : -1;
    if (!noun || noun.data !== 'crew' || start - 1 < t0) continue;
    let e = i + 1;
    let sum = first.mention.low ?? 0;
    while (e < out.length && !out[e].parts_of && item(out[e]) &&
      isListNeighbour(tokens, out[e - 1].g1, out[e].mention.t0, false)) sum += out[e++].mention.low ?? 0;
    // ("the kidnapped crew were ...": a participle before the noun says which of the crew's totals they are)
    const participle = lexicons().measureSlots.post.at(tokens, start - 1, start)?.data;
    const total = lastBefore(recent, out, i, (x) => x.group === 'crew' && !!x.measure && !x.drop && !x.parts_of &&
      (x.mention.low ?? 0) >= sum && (!participle || x.measure === participle), 12);
    for (let n = i; n < e; n++) {
      const it = out[n];
      if (total) partOfList(it, total);
      else {
        it.group = 'crew';
        it.knownGroup = true;
        it.measure = participle ?? it.measure ?? 'present';
        it.how = 'noun';
      }
      it.drop = false;
    }
    i = e - 1;
  }
}

const COPULAS = new Set(['were', 'are', 'included', 'include', 'includes']);
/** "The eight passengers who died were five Australians, two New Zealanders and one Japanese national": people named
 * by nationality after "were" (or "included") whose subject is a count of the same sentence, with no number between,
 * are parts of it with its measure and group, when they do not exceed it. */
export function copulaNationalities(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>,
  t1: number): void {
  for (let i = 1; i < out.length; i++) {
    const total = out[i - 1];
    // (an item the list rules already tied to this total or to the first item is one still: "five Australians, two New
    // Zealanders")
    const item = (c: FigureCandidate): boolean => (!c.parts_of || c.parts_of === total || c.parts_of === out[i]) &&
      (nationalityItem(tokens, c, hits) || (!hits.get(c) && demonymItem(tokens, c, t1)));
    const at = out[i].lead ?? out[i].mention.t0;
    if (!total.measure || total.drop || total.parts_of || !COPULAS.has(tokens[at - 1].low) || !item(out[i])) continue;
    // (the subject's clause runs from the total to the copula: "who died", "killed in the crash")
    let clean = at - 1 - Math.max(total.g1, total.mention.t1) <= 8;
    for (let k = Math.max(total.g1, total.mention.t1); clean && k < at - 1; k++) clean = tokens[k].kind === 'word';
    if (!clean) continue;
    let e = i + 1;
    let sum = out[i].mention.low ?? 0;
    while (e < out.length && item(out[e]) && isListNeighbour(tokens, out[e - 1].g1, out[e].mention.t0, false)) sum += out[e++].mention.low ?? 0;
    if (sum > (total.mention.low ?? total.mention.high ?? 0)) continue;
    for (let n = i; n < e; n++) partOfList(out[n], total);
    i = e - 1;
  }
}
