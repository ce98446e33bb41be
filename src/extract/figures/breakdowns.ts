// Breakdowns inside a sentence: subsets opened by "of the", "including", "of whom", appositions and list
// items after a total ("37 killed, 27 of them Druze and 10 Bedouin"), linked to the total as parts.
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import { parseNumber } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { bracketedFigure, WEEKDAYS, figureWords, POST_SKIP, MANNER_PREPS, FUNCTION, PART_INTRO, PLACE_PREPS, BE, PERFECT, isCap, ARTICLES, SUBSET_MEASURE, KIN_OWNERS,
  NATIONALS, LIST_GLUE, DEMONYMS, DEMONYM_END, STAY } from './words.js';
import { type FigureCandidate, type GroupHit, makeGroupPart, makePart, pastCount } from './candidate.js';
import { slotCue, skipToCue } from './cues.js';
import { slashList } from './labels.js';
import { careCue, conditionCue } from './parts.js';
import { nationalityItem, nationalityApposition, nationalsOfNoun, nationalityList, crewByNationality, copulaNationalities } from './nationalities.js';
import { lastBefore } from './increments.js';
import { participleApposition } from './participle-apposition.js';

const DEATH_MANNERS = figureWords('death-manner');

/** "including a mother and her", "among them a farmer and his": the possessive at `at` closes a short list of single
 * people that a part intro opens. */
export function listedAfterIntro(tokens: Token[], at: number, t0: number): boolean {
  if (at - 1 <= t0 || tokens[at - 1].low !== 'and') return false;
  // (a hyphenated age takes five tokens: "among them a 62-year-old rickshaw puller and two construction workers")
  for (let k = at - 2; k >= Math.max(t0, at - 12); k--) {
    const low = tokens[k].low;
    if (low === 'including' || low === 'among' || low === 'included' || low === 'incl') return true;
    // ("including the bride and groom and at least six children": single people joined by "and" first)
    if (low === 'and' && k < at - 2) continue;
    // ("among them a 17-year-old and two bar staff": a hyphenated age is one word, its number no count)
    if (hyphenPiece(tokens, k)) continue;
    // ("incl. the groom's father and 2 minors": the abbreviation's dot)
    if (low === '.' && k > t0 && tokens[k - 1].low === 'incl') continue;
    // ("among them the motorist of the boat and four minors": whose the one person is)
    if (low === 'of' && ARTICLES.has(tokens[k + 1]?.low ?? '')) continue;
    if (tokens[k].kind !== 'word' || FUNCTION.has(low) && !ARTICLES.has(low) && low !== 'them') return false;
  }
  return false;
}

/** A number or hyphen inside a hyphenated word ("17-year-old"): glued to a hyphen on either side. */
function hyphenPiece(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.low === '-') return !t.space && !!tokens[k + 1] && !tokens[k + 1].space;
  return t.kind === 'num' && tokens[k + 1]?.low === '-' && !tokens[k + 1].space;
}

/** "between the ages of 16 and 20", "aged 16 to 20", "aged 19" at `k`: where the age phrase ends, else k. */
function agesAfter(tokens: Token[], k: number): number {
  let j = k;
  if (tokens[j]?.low === 'between' && tokens[j + 1]?.low === 'the' && tokens[j + 2]?.low === 'ages' && tokens[j + 3]?.low === 'of') j += 4;
  else if (tokens[j]?.low === 'aged' || tokens[j]?.low === 'ages') j++;
  else return k;
  if (tokens[j]?.kind !== 'num') return k;
  j++;
  if (/^(and|to|-|\u2013)$/.test(tokens[j]?.low ?? '') && tokens[j + 1]?.kind === 'num') j += 2;
  return j;
}

/** "Eight other people, seven students and a campus security officer, were taken to hospital": a list set off by
 * commas right after a count, whose counted items (with "a/an <noun>" as one each) add up to it, breaks it down: the
 * items are its parts, with its measure. At most six items are read. */
export function appositionParts(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const total = out[i];
    const whole = total.mention.low;
    if (total.parts_of || total.drop || whole === null || total.mention.hedge !== 'exact' || whole !== total.mention.high) continue;
    // ("9 people were killed, 6 from one clan and 3 from the other": or right after the total's verb)
    const open = tokens[total.g1]?.low === ',' ? total.g1 : total.reach > total.g1 && tokens[total.reach]?.low === ',' ? total.reach : -1;
    if (open < 0 || out[i + 1].mention.t0 !== open + 1) continue;
    let sum = 0;
    let j = i + 1;
    let k = open + 1;
    const items: FigureCandidate[] = [];
    for (let n = 0; n < 6; n++) {
      const it = j < out.length && out[j].mention.t0 === k ? out[j] : undefined;
      if (it) {
        if (it.parts_of || it.drop || it.mention.low === null || it.mention.low !== it.mention.high) break;
        sum += it.mention.low;
        items.push(it);
        j++;
        k = pastCount(it);
        // ("three females and one male between the ages of 16 and 20,": the ages of the last items)
        const aged = agesAfter(tokens, k);
        if (aged > k) {
          k = aged;
          while (j < out.length && out[j].mention.t0 < k) j++;
        }
        // (a bare count's origin, up to four words: "6 from one clan")
        if (it.g1 === it.mention.t1 && tokens[k]?.low === 'from') {
          let e = k + 1;
          while (e < Math.min(tokens.length, k + 5) && tokens[e].kind === 'word' && tokens[e].low !== 'and') e++;
          k = e;
          // ("from one clan": a number word inside it is no item)
          while (j < out.length && out[j].mention.t0 < k) j++;
        }
      } else if (ARTICLES.has(tokens[k]?.low ?? '') && tokens[k].low !== 'the') {
        // ("and a campus security officer": one person named with an article)
        let e = k + 1;
        while (e < Math.min(tokens.length, k + 5) && tokens[e].kind === 'word' && !FUNCTION.has(tokens[e].low)) e++;
        if (e === k + 1) break;
        sum += 1;
        k = e;
      } else break;
      // (the list is closed once it adds up: ", and 14 were wounded" after it is a clause of its own)
      if (sum === whole && tokens[k]?.low === ',') break;
      const glue = tokens[k]?.low;
      if (glue === ',' && tokens[k + 1]?.low === 'and') k += 2;
      else if (glue === 'and') k++;
      else break;
    }
    // (a breakdown by nationality keeps its total's group: nationalityApposition reads it)
    if (items.length === 0 || sum !== whole || tokens[k]?.low !== ',' || items.some((it) => nationalityItem(tokens, it, hits))) continue;
    for (const it of items) {
      makePart(it, total);
    }
  }
}

/** Subsets opened by "of the", condition parts, breakdowns inside the sentence and by nationality. */
export function subsetsAndBreakdowns(doc: Document, si: number, out: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, recent: FigureCandidate[],
  older: { all: FigureCandidate[]; end: number }): void {
  const { tokens } = doc;
  const lex = lexicons();
  const { t0, t1 } = doc.sentences[si];
  // "Of the deceased, six were in Nsanje and three in Chikwawa", "Out of those admitted, nine are critical": a
  // sentence that opens on a subset names the total its bare counts split
  const o0 = openerStart(tokens, t0, t1);
  const opener = subsetOpener(tokens, o0, t1);
  if (opener) {
    for (let here = 0; here < out.length; here++) {
      const c = out[here];
      // (a bare count already linked to a count of its own sentence is relinked: "Of those, 97 had been discharged,
      // while six were in the high-dependency unit" are both parts of the total before)
      // ("Of the deceased, 13 are children": a count the predicate names is a part of the opener's total too, whatever
      // total the predicate alone would have picked)
      const named = hits.get(c)?.anaphor === true && c.group !== 'people' && !!opener.measure && c.parts_of?.measure !== opener.measure;
      if (c.drop || (hits.get(c) && !named) || c.mention.t0 < opener.end) continue;
      if (c.parts_of && c.parts_of.sent !== si && !(named && c.parts_of.measure !== opener.measure)) {
        if (c.group === 'people' && !c.knownGroup) c.group = c.parts_of.group;
        continue;
      }
      // ("Of today's dead, 14 were brought to the hospital": where the dead were taken, no harm of their own)
      const bodiesTaken = opener.measure === 'killed' && c.measure === 'injured' && c.how === 'post';
      if (c.measure && c.measure !== 'present' && c.measure !== opener.measure && !named && !bodiesTaken) continue;
      const fit = (x: FigureCandidate): boolean => !!x.measure && !x.drop && !x.parts_of && x.mention.low !== 0 &&
        x.measure !== 'present' && (!opener.measure || x.measure === opener.measure) && x.mention.t0 < opener.end &&
        // (a part is less than its whole: "Of the cumulative cases, 203 are children" skips the day's 19 new cases)
        (x.mention.low ?? x.mention.high ?? 0) > (c.mention.low ?? 0);
      // (a total of the measure the opener names may stand a paragraph before: "Of the suspects arrested, ...")
      const total = lastBefore(recent, out, here, fit) ?? (opener.measure ?
        older.all.slice(Math.max(0, older.end - 40), older.end).reverse().find(fit) : undefined);
      if (!total || (total.mention.low ?? total.mention.high ?? 0) <= (c.mention.low ?? 0)) {
        // ("Of those killed since the war began, 6,912 are children" with no larger toll given: the opener says what
        // befell the people the predicate names)
        // (and "4,388 are women" after it is no share of the children: a count of its own, read the same way)
        if (named && !c.measure && opener.measure) {
          c.measure = opener.measure;
          c.how = 'nom';
          for (const x of out) if (x.parts_of === c && !x.measure && hits.get(x)?.anaphor) x.parts_of = undefined;
        }
        continue;
      }
      c.parts_of = total;
      c.measure = total.measure;
      if (!named) c.group = total.group;
      c.how = 'part';
    }
  }
  // "Of the seven persons arrested, two (2) are juveniles": an opener that names a total already given points back at
  // it (no claim of its own); the counts after it are its parts
  const back = backOpener(tokens, o0, t1, out);
  if (back) {
    const at = back.inner ? out.indexOf(back.inner) : -1;
    // (the total may stand paragraphs before: a release gives it in its first paragraph)
    const total = [...older.all.slice(Math.max(0, older.end - 40), older.end), ...recent, ...out.slice(0, Math.max(0, at))]
      .reverse().find((x) => x.measure === back.measure && !x.drop && x.mention.low === back.low &&
        // ("Injured: 71 (admitted 49 / ...)" ... "Of the 49 admitted patients,": a part taken up by its exact count)
        (!x.parts_of || x.mention.high === back.high) &&
        // ("at least nine people dead ... Of the nine dead, five were ...": the definite count takes up the hedged one)
        (x.mention.high === back.high || x.mention.high === null && x.mention.hedge === 'at_least'));
    if (total && back.inner) {
      back.inner.drop = true;
      back.inner.pointsBack = total;
    }
    // ("Of the 40 injured, 22 are in the regional hospital and 18 in the clinic" with no total before: the opener's own
    // count is the total its counts split)
    const whole = total ?? (back.inner?.measure === back.measure && !back.inner.drop ? back.inner : undefined);
    if (whole) {
      for (const c of out.slice(at + 1)) {
        if (total && back.inner && c.parts_of === back.inner) c.parts_of = undefined;
        if (c.drop || c.parts_of || c.mention.t0 < back.end) continue;
        if (c.measure && c.measure !== 'present' && c.measure !== whole.measure) continue;
        if (c.measure === whole.measure && !hits.get(c)?.anaphor && hits.get(c)) continue;
        if ((c.mention.low ?? 0) >= (whole.mention.low ?? 0)) continue;
        c.parts_of = whole;
        c.measure = whole.measure;
        if (c.group === 'people' && !c.knownGroup) c.group = whole.group;
        c.how = 'part';
      }
    }
  }
  // "five of them from smoke inhalation and one after falling": a bare count after "and" that only adds a cause
  // or manner to a part before it is the next part of the same total
  // ("9 people have died (6 by drowning, 3 by lightning strikes)": so after a bare count that says how, after "and"
  // or in a list's comma)
  for (let here = 1; here < out.length; here++) {
    const c = out[here];
    const p = out[here - 1];
    if (c.measure || c.drop || hits.get(c) || !p.measure || p.drop) continue;
    // ("The six wounded were taken to hospital, four by ambulance and two in private vehicles": a bare count set off
    // by a comma after its total's clause, saying only how, opens a list of its parts)
    if (!p.parts_of && c.mention.t0 > p.reach && tokens[c.mention.t0 - 1].low === ',' && c.mention.hedge !== 'vague' &&
      MANNER_PREPS.has(tokens[c.mention.t1]?.low ?? '') && (c.mention.low ?? 0) < (p.mention.low ?? 0) &&
      plainClause(tokens, p.reach, c.mention.t0 - 1) && mannerItem(tokens, c.mention.t1, t1)) {
      c.parts_of = p;
      c.measure = p.measure;
      c.group = p.group;
      c.how = 'part';
      continue;
    }
    const anaphor = !!p.parts_of && hits.get(p)?.anaphor === true;
    const bare = !anaphor && MANNER_PREPS.has(tokens[p.mention.t1]?.low ?? '') && p.mention.hedge !== 'vague' &&
      c.mention.hedge !== 'vague';
    if (!anaphor && !bare) continue;
    const from = anaphor ? p.g1 : p.mention.t1;
    const at = c.mention.t0;
    if (at - 1 <= from || (tokens[at - 1].low !== 'and' && (anaphor || tokens[at - 1].low !== ',')) || at - from > 10 ||
      c.mention.t1 >= t1) continue;
    if (!MANNER_PREPS.has(tokens[c.mention.t1].low)) continue;
    let plain = true;
    for (let k = from; k < at - 1; k++) if (tokens[k].kind !== 'word' || BE.has(tokens[k].low)) plain = false;
    if (!plain || !MANNER_PREPS.has(tokens[from].low)) continue;
    c.parts_of = p.parts_of;
    c.measure = p.measure;
    c.group = p.group;
    c.how = p.parts_of ? 'part' : p.how;
  }
  // "4 passengers injured; the condition of two was critical", "three were hurt, two are in critical condition": a
  // bare count whose cue is the condition of the injured is a part of the latest injured total
  // ("Four workers were treated for smoke inhalation; two were taken to hospital": so is one whose clause says where
  // they are cared for, after an injured total of its own sentence)
  for (let here = 0; here < out.length; here++) {
    const c = out[here];
    if (c.parts_of || c.measure !== 'injured' || hits.get(c)) continue;
    const care = !conditionCue(tokens, c);
    if (care && !careCue(tokens, c)) continue;
    // (the nearest injured count, itself perhaps a subset: "37 of the injured were taken to hospital and eight
    // were in a serious condition")
    let total = lastBefore(recent, out, here, (x) => !!x.measure && !x.drop && x.mention.low !== 0);
    // (a part that only says who some were, "68 patients, 19 of them children. Eleven are on oxygen", is not where
    // the condition picks from: its total is)
    if (total?.parts_of && total.group !== total.parts_of.group && total.parts_of.measure === 'injured') total = total.parts_of;
    if (!total || total.measure !== 'injured' || (total.mention.low ?? total.mention.high ?? 0) <= (c.mention.low ?? 0)) continue;
    if (care && total.sent !== c.sent) continue;
    // ("19 of the injured were treated and released, while seven remained in hospital", "30 were treated at the scene
    // and 10 were taken to hospital": a part, or a count with no noun of its own, is a sibling, not a whole; its own
    // total is, when it has one)
    if (care && total.parts_of) total = total.parts_of;
    else if (care && !hits.get(total)) continue;
    c.parts_of = total;
    if (!care) c.group = total.group;
    c.how = 'part';
  }
  for (const c of out) verbAfterIncluded(tokens, c, t1);
  // Breakdowns inside the sentence: "80 people were rescued, including 43 men, 26 women and 11 children"
  for (let i = 0; i < out.length; i++) {
    const total = out[i];
    // (a total with no measure yet may get one from the incident: "gunmen marched eleven farmers, including two women,
    // into the bush"; its parts are linked now and follow it then)
    if (!total.measure && (total.drop || !hits.get(total)?.known || total.parts_of)) continue;
    let k = -1;
    for (const from of [total.g1, total.reach]) {
      let j = from;
      while (j < t1 && (tokens[j].low === ',' || POST_SKIP.has(tokens[j].low)) && j < from + 3) j++;
      if (j < t1 && PART_INTRO.has(tokens[j].low)) {
        k = j;
        break;
      }
      // ("released eight persons, between them three elderly men": a translated "among them")
      if (j + 1 < t1 && tokens[j].low === 'between' && tokens[j + 1].low === 'them') {
        k = j;
        break;
      }
    }
    // a part may be broken down in turn only in brackets right after it ("among them 19 foreigners (17
    // Colombians and 2 Venezuelans)")
    // (or by "including" with no comma before it: "7 of them members of one family including 4 children", past a
    // short phrase that ends the part's noun)
    if (total.parts_of && k < 0) {
      for (let j = total.g1; j < Math.min(t1, total.g1 + 5) && tokens[j].kind === 'word'; j++) {
        if (tokens[j].low === 'including') {
          k = j;
          break;
        }
      }
      // ("19 were shifted to DHQ Hospital Sheikhupura, including 4 women": past the rest of the place its verb names)
      for (let j = total.reach; k < 0 && !hits.get(total) && j < Math.min(t1, total.reach + 6); j++) {
        if (tokens[j].low === 'including' && tokens[j - 1].low === ',') k = j;
        else if (tokens[j].kind !== 'word' && tokens[j].low !== ',') break;
      }
      if (k < 0) continue;
    } else if (total.parts_of && !(k === total.g1 && (tokens[k].low === '(' || tokens[k].low === 'including')) &&
      // ("24 injured: 19 were taken to hospital, including 4 women and 3 children": a bare part with a clause of its
      // own, its verb before the intro, is what the intro breaks down)
      !(k > total.g1 && !hits.get(total) && tokens[k].low === 'including')) continue;
    if (k < 0) {
      // "17 people had been killed since the attackers burst in, including two security guards"
      const next = out[i + 1];
      const stop = Math.min(next ? next.mention.t0 : t1, total.g1 + 20);
      for (let j = total.g1; j < stop; j++) {
        if (j > 0 && tokens[j - 1].low === ',' && (tokens[j].low === 'including' || tokens[j].low === 'incl' ||
          ((tokens[j].low === 'of' || tokens[j].low === 'among' || tokens[j].low === 'from') && j + 1 < t1 &&
            ['whom', 'which', 'them', 'those', 'these'].includes(tokens[j + 1].low)))) {
          k = j;
          break;
        }
      }
    }
    if (k < 0) continue;
    for (let j = i + 1; j < out.length; j++) {
      const part = out[j];
      if (part.mention.t0 < k) continue;
      // ("rescued 14 victims comprising 6 women and 3 men who were held there": the relative clause tells their past)
      // ("4,100 persons have been displaced, of whom 2,650 are staying at Bukalasi Primary School": a share of the
      // displaced staying anywhere, a school or a church included, is still displaced)
      if (part.measure === 'present' && total.measure === 'displaced' &&
        tokens.slice(part.mention.t1, Math.min(t1, part.mention.t1 + 3)).some((t) => STAY.has(t.low))) part.measure = 'displaced';
      // ("312 cases since the first case, among them 14 deaths": a part counted by a noun of another measure keeps it)
      // ("45 people had died, including 12 displaced people living in tents": "displaced" before the part's noun says
      // who they were, not what befell them here)
      const who = part.measure === 'displaced' && tokens[part.mention.t1]?.low === 'displaced' && part.g1 > part.mention.t1 + 1 ||
        // ("holding 10 people, including two soldiers travelling in civilian clothes": what they were doing there)
        (part.measure === 'present' && total.measure !== 'present' && /ing$/.test(tokens[pastCount(part)]?.low ?? ''));
      if ((part.how === 'post' || (part.how === 'noun' && total.measure === 'affected')) && part.measure !== total.measure && !part.rel && !who) {
        // ("311 patients ..., of whom 14 were brought in dead": no part of another measure, but "whom" are the
        // total's people)
        const at = part.mention.t0;
        if (part.group === 'people' && !part.knownGroup && j === i + 1 && at >= 2 && tokens[at - 1].low === 'whom' &&
          (tokens[at - 2].low === 'of' || tokens[at - 2].low === 'among')) part.group = total.group;
        break;
      }
      if (part.parts_of) break;
      // (a total with no measure yet takes only parts that have none either)
      if (!total.measure && part.measure) break;
      // (the first item after the intro, also past a number before it: "9 of them from one village including 3 children")
      const firstItem = j === i + 1 || out[j - 1].mention.t0 < k;
      if (!isListNeighbour(tokens, firstItem ? k : out[j - 1].g1, part.lead ?? part.mention.t0, firstItem)) break;
      // ("At least 6 civilians, including 2 children, and 3 soldiers were killed": an aside opened by a comma closes
      // by one, so ", and" followed by a count that runs straight on into the verb joins the total, not the aside)
      if (j > i + 1 && k > 0 && tokens[k - 1].low === ',' && asideClosed(tokens, out[j - 1].g1, part.mention.t0, part.g1, t1)) break;
      makePart(part, total);
      part.modal = total.modal;
      // ", of whom six are critical": "whom" stands for the total's people
      if (hits.get(part)?.anaphor && part.group === 'people') part.group = total.group;
      // "18 miners, among them 6 Nigerien and 3 Burkinabe nationals", "22 crew, including 14 Indians": a breakdown
      // by nationality keeps the group of its total (a capitalised plural we do not list is a nationality)
      const last = tokens[pastCount(part) - 1];
      if (NATIONALS.has(part.group) || (part.group !== 'people' && isCap(last) && last.low === part.group &&
        !lex.groups.at(tokens, part.g1 - 1, part.g1)?.data)) part.group = total.group;
    }
  }
  nationalityApposition(tokens, out, hits, t1);
  nationalsOfNoun(tokens, out, hits, t0, t1);
  nationalityList(tokens, out, recent, hits, t1);
  crewByNationality(tokens, out, recent, hits, t0, t1);
  copulaNationalities(tokens, out, hits, t1);
  participleApposition(tokens, out, recent, t0, t1);
  continuedParts(tokens, out, hits);
  partsOfTheGoverned(out);
  moreOfWhom(tokens, out, hits);
  // "Twelve inmates were killed - seven burned to death and five shot or stabbed -", "ten died: six drowned and four
  // were crushed": bare counts each with a manner of dying, joined by "and", break the total down one after another
  for (let here = 1; here < out.length; here++) {
    const c = out[here];
    const p = out[here - 1];
    const total = p.parts_of;
    if (!total || total.measure !== 'killed' || p.measure !== 'killed' || c.drop || c.parts_of || hits.get(c) ||
      (hits.get(p) && !hits.get(p)?.anaphor) || (c.measure && c.measure !== 'killed' && c.measure !== 'injured')) continue;
    const at = c.mention.t0;
    const from = pastCount(p);
    if (at - 1 <= from || tokens[at - 1].low !== 'and' || at - from > 8 || !DEATH_MANNERS.has(tokens[from].low)) continue;
    let plain = true;
    for (let k = from; k < at - 1; k++) if (tokens[k].kind !== 'word' || BE.has(tokens[k].low)) plain = false;
    let v = c.mention.t1;
    while (v < t1 && (BE.has(tokens[v].low) || tokens[v].low === 'been')) v++;
    if (!plain || v >= t1 || !DEATH_MANNERS.has(tokens[v].low)) continue;
    makeGroupPart(c, total);
  }
}

/** Marks that open an item of a list. */
const BULLETS = new Set(['-', '\u2022', '*', '\u2013']);
/** Where a sentence's own content opens: after a short speaker clause that reports it ("Mr Banda said (that) of the
 * 19 dead, ..."), else at `t0`. */
function openerStart(tokens: Token[], t0: number, t1: number): number {
  const lex = lexicons();
  // ("- Of these, in Macuata: 9,105; in Bua: 2,870": a list's bullet stands before the opener)
  if (t0 + 2 < t1 && BULLETS.has(tokens[t0].low) && tokens[t0 + 1].kind === 'word') t0++;
  for (let k = t0 + 1; k < Math.min(t1 - 1, t0 + 8); k++) {
    if (tokens[k].kind !== 'word') return t0;
    if (!lex.reporting.has(tokens[k].low)) continue;
    const j = tokens[k + 1].low === 'that' ? k + 2 : k + 1;
    return j < t1 && (tokens[j].low === 'of' || tokens[j].low === 'out') ? j : t0;
  }
  return t0;
}

/** Prepositions of a phrase of time or place after an opener's nominal ("Of those killed since ...,"). */
const OPENER_PHRASE_PREPS = new Set(['since', 'in', 'at', 'on', 'during', 'across', 'over', 'near', 'inside']);

/** "Of the deceased,", "Of these,", "Out of those admitted,": a sentence opening on a subset of a total given before.
 * Returns where the opener ends and the measure its nominal names, if any. */
function subsetOpener(tokens: Token[], t0: number, t1: number): { end: number; measure?: Measure } | undefined {
  let k = t0;
  if (k + 1 < t1 && tokens[k].low === 'out' && tokens[k + 1].low === 'of') k++;
  if (k >= t1 || tokens[k].low !== 'of') return undefined;
  k++;
  let measure: Measure | undefined;
  if (k + 1 < t1 && (tokens[k].low === 'these' || tokens[k].low === 'them') && tokens[k + 1].low === ',') return { end: k + 2 };
  if (k + 2 < t1 && tokens[k].low === 'the' && SUBSET_MEASURE.has(tokens[k + 1].low) && tokens[k + 2].low === ',') {
    return { end: k + 3, measure: SUBSET_MEASURE.get(tokens[k + 1].low) };
  }
  // ("Of today's dead,", "Of Sunday's injured,": a day's possessive before the nominal)
  if (k + 3 < t1 && (tokens[k + 1].low === "'s" || tokens[k + 1].low === '\u2019s') &&
    (WEEKDAYS.has(tokens[k].low) || tokens[k].low === 'tonight') && SUBSET_MEASURE.has(tokens[k + 2].low) && tokens[k + 3].low === ',') {
    return { end: k + 4, measure: SUBSET_MEASURE.get(tokens[k + 2].low) };
  }
  if (k + 1 < t1 && tokens[k].low === 'those') {
    if (tokens[k + 1].low === ',') return { end: k + 2 };
    const cue = slotCue(tokens, k + 1, t1, 'post');
    measure = cue?.measure ?? SUBSET_MEASURE.get(tokens[k + 1].low);
    const end = cue ? cue.end : k + 2;
    if (measure && end < t1 && tokens[end].low === ',') return { end: end + 1, measure };
    // ("Of those killed since the start of the war, 6,912 are children": a phrase of time or place before the comma)
    if (measure && end < t1 && OPENER_PHRASE_PREPS.has(tokens[end].low)) {
      for (let j = end + 1; j < Math.min(t1, end + 10); j++) {
        const t = tokens[j];
        if (t.low === ',') return { end: j + 1, measure };
        if ((t.kind === 'num' && !/^\d{1,2}$|^\d{4}$/.test(t.text)) || t.kind === 'punct') break;
      }
    }
  }
  // ("Of the cumulative cases,", "Of the new deaths,": a noun that counts what befell people, a word or two before it)
  if (k + 2 < t1 && tokens[k].low === 'the') {
    let j = k + 1;
    while (j < Math.min(t1, k + 3) && tokens[j].kind === 'word' && !isCap(tokens[j]) && !FUNCTION.has(tokens[j].low) &&
      !lexicons().measures.at(tokens, j, j + 1)) j++;
    const noun = j + 1 < t1 && tokens[j + 1].low === ',' ? lexicons().measures.at(tokens, j, j + 1) : undefined;
    if (noun && noun.data.slots.has('noun')) return { end: j + 2, measure: noun.data.measure };
  }
  // "Of the suspects arrested,", "Of the passengers rescued,": a counted noun and the verb of what befell them
  if (k + 2 < t1 && tokens[k].low === 'the') {
    const g = lexicons().groups.at(tokens, k + 1, t1);
    const cue = g ? slotCue(tokens, g.end, t1, 'post') : undefined;
    if (cue && cue.measure !== 'present' && cue.end < t1 && tokens[cue.end].low === ',') return { end: cue.end + 1, measure: cue.measure };
  }
  return undefined;
}

/** "Of the seven persons arrested, ...", "Of the nine injured, ...": a definite count with a cue or a nominal, closed by
 * a comma, at the start of a sentence. Returns its value, its candidate (when it became one), the measure and the token
 * after the comma. */
function backOpener(tokens: Token[], t0: number, t1: number, out: FigureCandidate[]):
  { inner?: FigureCandidate; low: number | null; high: number | null; measure: Measure; end: number } | undefined {
  if (t0 + 3 >= t1 || tokens[t0].low !== 'of' || tokens[t0 + 1].low !== 'the') return undefined;
  const inner = out.find((c) => c.mention.t0 === t0 + 2);
  let low: number | null;
  let high: number | null;
  let after: number;
  if (inner) {
    ({ low, high } = inner.mention);
    after = inner.mention.t1;
  } else {
    if (!(tokens[t0 + 2].kind === 'num' || lexicons().numberWords.has(tokens[t0 + 2].low))) return undefined;
    const p = parseNumber(tokens, t0 + 2, t1);
    if (!p) return undefined;
    low = high = p.value;
    after = p.end;
  }
  // ("Of the six victims, four were ...": the noun names what happened to them)
  const named = SUBSET_MEASURE.get(tokens[after]?.low ?? '');
  if (named && after + 1 < t1 && tokens[after + 1].low === ',') return { inner, low, high, measure: named, end: after + 2 };
  // ("Of the 49 admitted patients,": the count's own measure, its noun phrase closed by the comma)
  const close = inner ? Math.max(inner.reach, inner.g1) : -1;
  if (inner?.measure && close < t1 && tokens[close]?.low === ',') return { inner, low, high, measure: inner.measure, end: close + 1 };
  for (let k = after; k < Math.min(t1, after + 6); k++) {
    if (tokens[k].low === ',') return undefined;
    const cue = slotCue(tokens, k, t1, 'post');
    if (!cue) continue;
    return cue.end < t1 && tokens[cue.end].low === ',' ? { inner, low, high, measure: cue.measure, end: cue.end + 1 } : undefined;
  }
  return undefined;
}

/** ", and" between the item before (ending at `prev`) and the count at n0, whose noun ends at g1 and runs straight
 * on into an auxiliary ("and 3 soldiers were killed"): the comma closed an aside, the count joins its subject. */
function asideClosed(tokens: Token[], prev: number, n0: number, g1: number, t1: number): boolean {
  if (n0 - prev !== 2 || tokens[prev].low !== ',' || tokens[prev + 1].low !== 'and') return false;
  // ("..., and three soldiers lost their lives": a finite verb of its own too)
  return g1 < t1 && (BE.has(tokens[g1].low) || tokens[g1].low === 'had' || tokens[g1].low === 'have' || !!slotCue(tokens, g1, t1, 'post'));
}

/** Tokens [a, b) are a short run of plain words (at most 8), no clause break of their own. */
function plainClause(tokens: Token[], a: number, b: number): boolean {
  if (b - a > 8) return false;
  for (let k = a; k < b; k++) if (tokens[k].kind !== 'word') return false;
  return true;
}

/** From k, a manner phrase of at most three plain words that ends the item ("by ambulance", "in private vehicles"),
 * then "and", a comma or the end of the clause. Not a place ("six in Malatya and three in Adiyaman": siblings of
 * the count before, each of its place, read by the place rules). */
function mannerItem(tokens: Token[], k: number, t1: number): boolean {
  if (k + 1 < t1 && isCap(tokens[k + 1])) return false;
  let j = k + 1;
  while (j < Math.min(t1, k + 4) && tokens[j].kind === 'word' && tokens[j].low !== 'and') j++;
  return j > k + 1 && (j >= t1 || tokens[j].low === 'and' || tokens[j].low === ',' || tokens[j].low === '.' || tokens[j].low === ';');
}

const LIST_DASHES = new Set([':', '-', '\u2013', '\u2014']);
/** From k to `to`: one or more single people ("the captain", "a cook"), each an article and up to three words, each
 * closed by a comma or "and". */
function singlesThen(tokens: Token[], k: number, to: number): boolean {
  let items = 0;
  while (k < to) {
    if (!ARTICLES.has(tokens[k].low)) return false;
    let j = k + 1;
    while (j < to && j - k <= 3 && tokens[j].kind === 'word' && !FUNCTION.has(tokens[j].low)) j++;
    if (j === k + 1 || j >= to || (tokens[j].low !== ',' && tokens[j].low !== 'and')) return false;
    items++;
    k = j + 1;
  }
  return items > 0 && k === to;
}

export function isListNeighbour(tokens: Token[], from: number, to: number, first: boolean): boolean {
  // ("including a mother and her two children": single people first, then the owner's kin)
  if (first && to - 1 > from && KIN_OWNERS.has(tokens[to - 1].low) && listedAfterIntro(tokens, to - 1, from)) return true;
  // (a number, not a vague word: "among them a former mayor and several leaders" only describes the total)
  if (first && to - 1 > from && tokens[to - 1].low === 'and' && listedAfterIntro(tokens, to, from) &&
    tokens.slice(to, to + 3).some((t) => t.kind === 'num' || lexicons().numberWords.has(t.low))) return true;
  // ("among them the groom's two brothers": the owner of the counted kin stands between the intro and the count)
  if (first && to - 3 > from && (tokens[to - 1].low === "'s" || tokens[to - 1].low === '\u2019s') &&
    tokens[to - 2].kind === 'word' && ARTICLES.has(tokens[to - 3].low)) return isListNeighbour(tokens, from, to - 3, first);
  // ("12 matatu passengers, the matatu driver and 3 traders": one person with an article and no count, listed between
  // two counted items)
  if (!first && to - from > 4 && to - from <= 8 && tokens[from].low === ',' && ARTICLES.has(tokens[from + 1]?.low ?? '')) {
    let k = from + 2;
    while (k < to && tokens[k].kind === 'word' && tokens[k].low !== 'and' && !FUNCTION.has(tokens[k].low)) k++;
    if (k > from + 2 && k < to && (tokens[k].low === 'and' || tokens[k].low === ',')) return isListNeighbour(tokens, k, to, first);
  }
  // ("took away eight seafarers - the captain, the chief engineer, four Filipino ratings and two officers": single people
  // with an article open the list after its colon or dash, before the counted items)
  if (first && to - from > 3 && to - from <= 16 && LIST_DASHES.has(tokens[from].low) && singlesThen(tokens, from + 1, to)) return true;
  // ("five farm workers in Kom Ombo and three elderly people": where the item before was, a place phrase of up to seven
  // words with no comma or count of its own, then "and")
  if (!first && to - from > 2 && to - from <= 9 && PLACE_PREPS.has(tokens[from].low) && tokens[to - 1].low === 'and' &&
    tokens.slice(from + 1, to - 1).every((t, i) => (t.kind === 'word' && t.low !== 'and') || hyphenPiece(tokens, from + 1 + i))) return true;
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const low = tokens[k].low;
    // "6 Nigerien and 3 Burkinabe nationals": a nationality adjective left behind by the first item
    if (k === from && isCap(tokens[k]) && k + 1 < to && tokens[k + 1].low === 'and') continue;
    // ("11 Chinese, five Spaniards and three Brazilians": a nationality in the singular labels the item before)
    if (k === from && !first && isCap(tokens[k]) && (DEMONYMS.has(low) || DEMONYM_END.test(low)) && k + 1 < to &&
      (tokens[k + 1].low === ',' || tokens[k + 1].low === 'and')) continue;
    // ("(Female 1,720 / Male 1,430)": a spaced slash parts the items of a sitrep's breakdown)
    if (low === '/' && tokens[k].space && slashList(tokens, k, to + 2)) continue;
    if (!LIST_GLUE.has(low) && !(first && (PART_INTRO.has(low) || low === 'them' || low === 'those' || low === 'from' || low === 'whom' || low === 'which' || low === 'the' ||
      (low === 'between' && tokens[k + 1]?.low === 'them') ||
      low === 'were' || low === 'are' || (low === '.' && k > 0 && tokens[k - 1].low === 'incl')))) return false;
  }
  return true;
}

/** "37 killed, 27 of them Druze and 10 Bedouin", "20 dead, 12 of them soldiers and 8 civilians": the items
 * coordinated after a part picked out by "of them" are further parts of the same total (while they fit in it). A
 * count with a verb of another measure ("and 8 were wounded") is a new tally. */
function continuedParts(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i];
    const total = first.parts_of;
    if (!total || first.drop || !hits.get(first)?.anaphor) continue;
    let sum = first.mention.low ?? 0;
    let prev = first;
    for (let n = i + 1; n < out.length; n++) {
      const c = out[n];
      if (c.parts_of || c.drop || (c.measure && c.measure !== total.measure) || hits.get(c)?.anaphor) break;
      // only list glue and the previous item's own label between them
      const from = pastCount(prev);
      if (c.mention.t0 - from > 4 || c.mention.t0 <= from) break;
      let glue = false;
      let plain = true;
      for (let k = from; k < c.mention.t0; k++) {
        const low = tokens[k].low;
        if (low === 'and' || low === ',') glue = true;
        else if (tokens[k].kind !== 'word' || BE.has(low) || FUNCTION.has(low)) plain = false;
      }
      sum += c.mention.low ?? 0;
      if (!glue || !plain || sum > (total.mention.low ?? total.mention.high ?? 0)) break;
      c.parts_of = total;
      c.measure = total.measure;
      if (c.group === 'people' && !c.knownGroup) c.group = total.group;
      c.how = 'part';
      c.modal = total.modal;
      prev = c;
    }
    // ("..., 27 of them Druze and 10 Bedouin, including two children": the breakdown goes on after "including")
    let j = pastCount(prev);
    // (past the item's own label: "10 Bedouin")
    if (j < tokens.length && tokens[j].kind === 'word' && !PART_INTRO.has(tokens[j].low) && !FUNCTION.has(tokens[j].low)) j++;
    if (j < tokens.length && tokens[j].low === ',') j++;
    if (prev === first || j >= tokens.length || !PART_INTRO.has(tokens[j].low) || tokens[j].low === 'of') continue;
    for (let n = out.indexOf(prev) + 1; n < out.length; n++) {
      const c = out[n];
      if (c.parts_of || c.drop || (c.measure && c.how === 'post' && c.measure !== total.measure)) break;
      if (!isListNeighbour(tokens, n === out.indexOf(prev) + 1 ? j : out[n - 1].g1, c.lead ?? c.mention.t0,
        n === out.indexOf(prev) + 1)) break;
      makePart(c, total);
      c.modal = total.modal;
    }
  }
}

/** "412 patients, of whom 137 remain under treatment and 11 have been referred": a bare count with a verb of the
 * total's measure, coordinated right after a part picked out by "of whom", is a further part (while they fit). */
function moreOfWhom(tokens: Token[], out: FigureCandidate[], hits: Map<FigureCandidate, GroupHit | undefined>): void {
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const p = out[i - 1];
    const total = p.parts_of;
    if (!total || c.parts_of || c.drop || hits.get(c) || c.measure !== total.measure || c.how !== 'post') continue;
    const at = p.mention.t0;
    if (at < 2 || tokens[at - 1].low !== 'whom' || (tokens[at - 2].low !== 'of' && tokens[at - 2].low !== 'among')) continue;
    const from = Math.max(p.reach, p.g1);
    if (c.mention.t0 - from < 1 || c.mention.t0 - from > 2) continue;
    let glue = false;
    for (let k = from; k < c.mention.t0; k++) {
      if (tokens[k].low === 'and') glue = true;
      else if (tokens[k].low !== ',') glue = false;
    }
    // (the parts so far are those picked out right before: "of whom 137 ... and 11")
    let sum = 0;
    for (let n = i - 1; n >= 0 && out[n].parts_of === total; n--) sum += out[n].mention.low ?? 0;
    if (!glue || sum + (c.mention.low ?? 0) > (total.mention.low ?? total.mention.high ?? 0)) continue;
    c.parts_of = total;
    c.how = 'part';
    c.modal = total.modal;
    if (c.group === 'people' && !c.knownGroup) c.group = total.group;
  }
}

/** "kidnapped 9 of its 21 crew (6 Filipino, 2 Ukrainian ...)": the count the verb governs is the total the
 * breakdown adds up to, not the whole after "of" inside its phrase. */
function partsOfTheGoverned(out: FigureCandidate[]): void {
  // (one pass: the parts of each whole and their sum, then the count right before the whole)
  const sums = new Map<FigureCandidate, number>();
  for (const p of out) if (p.parts_of) sums.set(p.parts_of, (sums.get(p.parts_of) ?? 0) + (p.mention.low ?? 0));
  const moved = new Map<FigureCandidate, FigureCandidate>();
  for (let i = 1; i < out.length; i++) {
    const whole = out[i];
    const sum = sums.get(whole);
    const outer = out[i - 1];
    if (sum === undefined || outer.parts_of || outer.drop || !outer.measure || outer.mention.t0 >= whole.mention.t0 ||
      outer.g1 < whole.g1 || outer.g0 > whole.mention.t0 || sum > (outer.mention.low ?? outer.mention.high ?? 0)) continue;
    moved.set(whole, outer);
  }
  if (moved.size === 0) return;
  for (const p of out) {
    const outer = p.parts_of ? moved.get(p.parts_of) : undefined;
    if (!outer || outer === p) continue;
    p.parts_of = outer;
    p.measure = outer.measure;
    p.group = outer.group;
    p.modal = outer.modal;
  }
}

const DIED_VERBS = new Set(['lost', 'died', 'perished', 'drowned']);
/** "9 persons of two families including 4 women and 3 children lost their lives", "5 persons including the father of
 * the groom were killed": a count with no verb of its own whose "including" list (after a short origin) runs into the
 * verb of the sentence takes that verb; its parts then follow it. */
function verbAfterIncluded(tokens: Token[], c: FigureCandidate, t1: number): void {
  if (c.measure || c.drop || c.parts_of || c.modal) return;
  let k = pastCount(c);
  // (a short origin: "of two families")
  if (tokens[k]?.low === 'of') {
    const from = k;
    k++;
    while (k < Math.min(t1, from + 5) && (tokens[k].kind === 'word' || tokens[k].kind === 'num') && tokens[k].low !== 'including') k++;
  }
  // ("Seven (7) passengers, namely four (4) adult males, two (2) adult females and one (1) minor, died": a police
  // release's list after a comma and "namely")
  if (tokens[k]?.low === ',' && (tokens[k + 1]?.low === 'namely' || tokens[k + 1]?.low === 'including')) k++;
  if (tokens[k]?.low !== 'including' && tokens[k]?.low !== 'namely') return;
  for (let j = k + 2; j < Math.min(t1, k + 24); j++) {
    const low = tokens[j].low;
    // ("four (4) adult males": the digits repeated in brackets)
    if (bracketedFigure(tokens, j, t1)) {
      j += 2;
      continue;
    }
    if (low === ';' || low === ':' || low === '.' || low === '(' || low === 'including' || low === 'but' ||
      /^["\u201c\u201d]$/.test(tokens[j].text)) return;
    if (!BE.has(low) && !PERFECT.has(low) && !DIED_VERBS.has(low)) continue;
    const v = DIED_VERBS.has(low) ? j : skipToCue(tokens, j, Math.min(t1, j + 4), t1);
    const cue = slotCue(tokens, v, t1, 'post');
    if (!cue) return;
    c.measure = cue.measure;
    c.how = 'post';
    c.reach = Math.max(c.reach, cue.end);
    return;
  }
}
