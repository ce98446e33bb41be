// Parts of a total named elsewhere in the sentence ("five of them", "among the dead were 4 children",
// "the rest"): which earlier figure a part belongs to, and what it inherits from it.
import type { Document, Token } from '../document.js';
import { lexicons } from '../lexicon/index.js';
import { presentHere } from '../present.js';
import { figureWords, MANNER_PREPS, SUBORDINATORS, HARM_NOUNS, FUNCTION, plural, isCap, PERSON_NOUN, HARMED, NATIONALS, NOMINAL_GROUPS,
  STAY, CARE_PLACES } from './words.js';
import { type FigureCandidate, type GroupHit, makePart } from './candidate.js';
import { slotCue } from './cues.js';
import { nominalOfTotal, predicateGroup } from './group.js';
import { asideEnd } from './asides.js';
import { subjectEndBefore, verbStart } from './pre-measure.js';
import { nominalBefore, openingNominal } from './nominal.js';
import { isCoordinated } from './coordination.js';
import { shelterOrRescue } from './shelter.js';

/** A part of `total` named in an aside between it and out[here] in the same sentence. */
function asideBetween(tokens: Token[], out: FigureCandidate[], total: FigureCandidate, here: number): boolean {
  // (walks back from out[here] over a few figures only, so that a sentence of thousands of figures stays linear)
  for (let i = here - 1, n = 0; i >= 0 && n < ASIDE_REACH; i--, n++) {
    const x = out[i];
    if (x.mention.t0 <= total.mention.t0) return false;
    if (x.parts_of === total || inAside(tokens, x.mention.t0)) return true;
  }
  return false;
}
const ASIDE_REACH = 8;

/** A count that opens an aside of parts ("including 37 children", "among them two infants", "(11 women)"). */
function inAside(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = tokens[k].low;
    if (w === 'including' || w === 'among' || w === '(') return true;
    if (w === ',' || w === ';' || tokens[k].kind === 'num') return false;
  }
  return false;
}

/** Past verbs with no "-ed" that end a sentence's subject ("The mujahideen fought the apostates"). */
const MAIN_PASTS = new Set(['fought', 'struck', 'hit', 'overran', 'took', 'stormed', 'laid', 'set', 'shot', 'came', 'went', 'were', 'was']);

/** The group named last before token t in the sentence (at most 14 tokens back), for "of them". */
/** A place of care named in the few words after a count's verb ("were still at Chipata Central Hospital"). */
function atCare(tokens: Token[], c: FigureCandidate): boolean {
  const from = Math.max(c.g1, c.mention.t1);
  for (let k = from; k < Math.min(tokens.length, from + 9) && tokens[k].kind === 'word'; k++) if (CARE_PLACES.has(tokens[k].low)) return true;
  return false;
}

function namedBefore(tokens: Token[], t: number, t0: number, span = 14, subjectEnd = -1): string | undefined {
  const lex = lexicons();
  // ("The mujahideen fought the apostates for hours, killing 53 of them": a participle after a comma takes the
  // sentence's subject, which is not who "them" are either)
  const vs = verbStart(tokens, t, t0);
  const participle = vs - 1 > t0 && tokens[vs - 1].low === ',' && tokens[vs].low.endsWith('ing');
  // (the subject stands before the main verb: "The patrol engaged the gunmen, neutralising 4 of them" has none listed)
  let subject = -1;
  // (within the sentence's first words, so that a sentence of thousands of counts stays linear)
  for (let k = t0; participle && k < Math.min(vs, t0 + 40) && subject < 0; k++) {
    const w = tokens[k];
    if (k > t0 && w.kind === 'word' && w.text === w.low && (/[^e]ed$/.test(w.low) || MAIN_PASTS.has(w.low))) break;
    if (lex.groups.at(tokens, k, vs)) subject = k;
  }
  // ("police said they had recaptured 22 of them": a "they" subject after a verb of saying is the sayer, who is not
  // who "them" are either)
  // (the "they" stands a few words before the count: "they had caught 17 of them")
  let sayerEnd = -1;
  for (let j = t - 1; j > Math.max(t0, t - 6) && tokens[j].kind === 'word'; j--) {
    if (tokens[j].low !== 'they') continue;
    let v = j - 1;
    if (v > t0 && tokens[v].low === 'that') v--;
    if (lex.reporting.has(tokens[v].low)) sayerEnd = v;
    break;
  }
  for (let k = t - 1; k >= Math.max(t0, t - span); k--) {
    if (k + 1 === subjectEnd || k + 1 === sayerEnd) continue; // "Police freed 12 of them": the subject is not who "them" are
    const gm = lex.groups.endingAt(tokens, k + 1, t0);
    if (gm && k + 1 - gm.length === subject) continue;
    if (!gm) {
      const unlisted = peopleOfUnit(tokens, k, t0);
      if (unlisted) return unlisted;
      continue;
    }
    // ("14 people were pulled out by villagers and divers, and four of them were critical": the agent of a passive
    // did the acting; "them" are the people it was done to)
    const by = agentBy(tokens, k + 1 - gm.length, t0);
    if (by >= 0) {
      k = by;
      continue;
    }
    // ("Five people were injured, among them a girl; three of them ...": one person named with "a" is not "them")
    const a = k - gm.length;
    if (a >= t0 && (tokens[a].low === 'a' || tokens[a].low === 'an')) {
      k = a;
      continue;
    }
    if (gm.data !== 'people') return gm.data || plural(tokens[k].low);
    // (a counted "people" is who "them" are: no noun named before it)
    const g0 = k + 1 - gm.length;
    if (g0 > t0 && (tokens[g0 - 1].kind === 'num' || lex.numberWords.has(tokens[g0 - 1].low))) return undefined;
  }
  return undefined;
}

/** "a convoy of truffle hunters", "a group of herders": a plural noun for persons we do not list, ending at `k`, after
 * "of" (one plain modifier may stand between) — the people a unit or vehicle is made of, whom "them" may stand for. */
function peopleOfUnit(tokens: Token[], k: number, t0: number): string | undefined {
  const t = tokens[k];
  if (t.kind !== 'word' || isCap(t) || !t.low.endsWith('s') || !PERSON_NOUN.test(t.low) || lexicons().measures.at(tokens, k, k + 1)) return undefined;
  let j = k - 1;
  if (j > t0 && tokens[j].kind === 'word' && !isCap(tokens[j]) && !FUNCTION.has(tokens[j].low)) j--;
  return j >= t0 && tokens[j].low === 'of' ? t.low : undefined;
}

/** "by villagers and rescue divers": the "by" that opens the agent phrase a noun starting at `g0` stands in
 * (a few words back, over modifiers, names and "and"), or -1. */
function agentBy(tokens: Token[], g0: number, t0: number): number {
  for (let j = g0 - 1; j >= Math.max(t0, g0 - 10); j--) {
    const low = tokens[j].low;
    if (low === 'by') return j;
    // (a list of agents: "by firefighters, Civil Defence volunteers and neighbours")
    if (tokens[j].kind !== 'word' && low !== '(' && low !== ')' && low !== '-' && low !== ',') return -1;
    if (FUNCTION.has(low) && low !== 'and' && low !== 'the' && low !== 'local') return -1;
  }
  return -1;
}

/** Words that set off a count summing up the people just named (", totalling 86 people,"). */
const SUMMING = figureWords('summing');
const RESCUE_OUT_VERBS = figureWords('rescue-out');
const THING_HEAD_BREAK = new Set(['to', 'in', 'at', 'into', 'from', 'on', 'by', 'for', 'near', 'within', 'across',
  'of', 'over', 'under', 'since', 'after', 'before', 'until', 'than']);
function thingsBefore(tokens: Token[], counted: (p: number) => boolean, at: number, t0: number): boolean {
  if (at - 1 <= t0 || tokens[at - 1].low !== ',') return false;
  for (let p = at - 2; p >= Math.max(t0, at - 8); p--) {
    const t = tokens[p];
    if (t.kind === 'num' || lexicons().numberWords.has(t.low)) {
      // (a count after a preposition is no apposition's head: "admitted to five hospitals, 14 of them", "rescued by
      // 4 July, 11 of them")
      // (nor a label's number: "in Block 4, 9 of them")
      const pre = p - 1 >= t0 ? tokens[p - 1] : undefined;
      // (nor the minutes of a clock time: "By 10:00, 305 of them had been brought to surface")
      if (pre && (THING_HEAD_BREAK.has(pre.low) || pre.low === ':' || pre.kind === 'word' && pre.text[0] !== pre.low[0])) return false;
      // ("Of the nine dead, six were truck drivers": the nominal after the count says they are people)
      if (p + 1 < at && NOMINAL_GROUPS.has(tokens[p + 1].low)) return false;
      // (a count read as people, even one that only points back, is who "them" are: "the bodies of the five slain
      // rebels, one of them a female")
      return !counted(p);
    }
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** How many figures back a part looks for its total in one run: a real sentence or paragraph has far fewer, and a
 * pathological one (a megabyte of "said 2 of them,") must not be searched whole for every part. */
const NEAREST_REACH = 200;

/** The first of out[here-1 … 0], then recent[last … 0], each as what it points back at, that fits. */
function nearestBefore(recent: FigureCandidate[], out: FigureCandidate[], here: number,
  fit: (x: FigureCandidate) => boolean): FigureCandidate | undefined {
  for (let j = here - 1; j >= Math.max(0, here - NEAREST_REACH); j--) {
    const x = out[j].pointsBack ?? out[j];
    if (fit(x)) return x;
  }
  for (let j = recent.length - 1; j >= Math.max(0, recent.length - NEAREST_REACH); j--) {
    const x = recent[j].pointsBack ?? recent[j];
    if (fit(x)) return x;
  }
  return undefined;
}

/** Presence by place (present.ts), sums of the people just named, appositions naming a group, and parts named by
 * reference ("11 of them women", "11 of the dead were women"). */
const VAGUE_SHARES = new Set(['some', 'many', 'most', 'several', 'few']);

export function partsByReference(doc: Document, si: number, out: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, recent: FigureCandidate[],
  older: { all: FigureCandidate[]; end: number }): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  // people a place held, a unit of forces, a crowd shot at, people who rushed to one spot (present.ts)
  presentHere(doc, out, (c) => hits.get(c), t0, t1);
  // (before "of them" looks back for its total: "took 143 people off rooftops ..., adding that 17 of them")
  for (const c of out) if ((!c.measure || c.measure === 'present') && !c.drop) shelterOrRescue(doc, c);
  // "Police, soldiers and firemen, totalling 86 people, continue the search": a count set off to sum up the people
  // just named, with no cue of its own, says how many were there
  for (const c of out) {
    const at = c.mention.t0;
    if (c.measure || c.drop || at - 2 < t0 || tokens[at - 2].low !== ',' ||
      !SUMMING.has(tokens[at - 1].low)) continue;
    c.measure = 'present';
    c.how = 'pre';
  }
  // "Missing: 13, all fishermen", "killing 12, all of them civilians", "two were hurt, both guards": an apposition
  // that says all of a bare count were of one group names the count's group
  for (const c of out) {
    if (c.drop || c.knownGroup || c.group !== 'people' || tokens[c.mention.t1]?.low !== ',') continue;
    let j = c.mention.t1 + 1;
    if (tokens[j]?.low !== 'all' && tokens[j]?.low !== 'both') continue;
    j += tokens[j + 1]?.low === 'of' && tokens[j + 2]?.low === 'them' ? 3 : 1;
    const pg = predicateGroup(tokens, j, t1);
    if (!pg || pg.group === 'people' || pg.g0 !== j) continue;
    c.group = pg.group;
    c.knownGroup = true;
  }
  // Parts named by reference: "11 of them women", "three of them are children", "11 of the dead were women"
  // Whether a token is inside one of the sentence's counts (their spans never move): gathered once, at the first
  // "of them", not searched for each
  let inCount: Set<number> | undefined;
  const counted = (p: number): boolean => {
    if (!inCount) {
      inCount = new Set();
      for (const x of out) for (let k = x.mention.t0; k < x.mention.t1; k++) inCount.add(k);
    }
    return inCount.has(p);
  };
  for (let here = 0; here < out.length; here++) {
    const c = out[here];
    const g = hits.get(c);
    if (!g || !(g.anaphor || g.nominal) || c.parts_of) continue;
    // "six died, five of them from smoke inhalation inside the block": a cause after "of them" is how, and a place
    // word further on is no measure of its own
    if (g.anaphor && c.measure === 'present' && c.how === 'post' && MANNER_PREPS.has(tokens[g.g1]?.low ?? '')) c.measure = undefined;
    // ("14 inmates lost their lives, one of them in hospital": where a part of the dead died, no harm of its own)
    if (g.anaphor && c.measure === 'injured' && c.how === 'post' && diedInHospital(tokens, g.g1, t1)) c.measure = undefined;
    // ("supported by 35 soldiers, as well as five aircraft, two of them from Greece": "them" are the things counted
    // right before the comma, which no rule took for people)
    if (g.anaphor && thingsBefore(tokens, counted, c.mention.t0, t0)) {
      c.drop = true;
      continue;
    }
    const nb = here > 0 ? out[here - 1] : undefined;
    if (nb && nb.parts_of && !g.nominal && isCoordinated(tokens, { ...nb, g1: nb.reach }, c)) {
      // "11 of the dead were women and 5 were children"
      c.parts_of = nb.parts_of;
      c.measure = nb.measure;
      c.how = 'part';
      continue;
    }
    // "two were let go after one of them fell ill": a subset in a clause of time or cause with no measure
    // verb of its own is background, not a count
    if (!c.measure && g.anaphor && c.mention.t0 > t0 && SUBORDINATORS.has(tokens[c.mention.t0 - 1].low)) {
      c.drop = true;
      continue;
    }
    // "143 officers were hurt, some of them by fireworks", "1,200 people, many of them women, are trapped": a vague
    // share set off by a comma after its total only describes it; it counts nobody new
    if (g.anaphor && c.mention.hedge === 'vague' && here > 0 && c.mention.t0 > t0 && tokens[c.mention.t0 - 1].low === ',' &&
      out[here - 1].measure && !out[here - 1].parts_of &&
      // (a total counted by its noun, "31 bodies had been recovered from the ward", has its verb still to come)
      c.mention.t0 - out[here - 1].reach <= (out[here - 1].how === 'noun' ? 12 : 8) &&
      // ("31 bodies were recovered, many of them charred beyond recognition": what a share of the dead suffered
      // only describes the dead)
      // ("many of them relatives of the missing": whose kin they are names no harm of theirs)
      (!shareHarm(tokens, c.g1, t1) || tokens[c.g1]?.low === 'of' ||
        (out[here - 1].measure === 'killed' && (!c.measure || c.measure === 'killed')))) {
      c.drop = true;
      continue;
    }
    // ("The hospital received 23 burn patients. Some of them will need transfer abroad": the same with a sentence of
    // its own, when the share has no verb of harm, custody or rescue)
    if (g.anaphor && c.mention.hedge === 'vague' && !c.measure && c.mention.t0 === t0 && VAGUE_SHARES.has(tokens[t0].low)) {
      c.drop = true;
      continue;
    }
    // The figures before this one, nearest first (what a dropped count points back at stands for it), read only as
    // far as a search needs: not copied for every part of a long sentence
    const before = { find: (fit: (x: FigureCandidate) => boolean) => nearestBefore(recent, out, here, fit) };
    // "two of the wounded died": the wounded are the total of the nominal's own measure, whatever the verb says
    // ("the wounded were taken to hospital, and the condition of two of them is dangerous": "them" are the wounded
    // the clause before names)
    // ("The injured were taken to Madurai. A doctor said four of them had burns": the first "them" of a sentence that
    // names nobody before it stands for the nominal the sentence before opened on)
    const want = g.nominal ? g.implied : g.anaphor ? nominalBefore(tokens, t0, c.mention.t0) ??
      (here === 0 && !namedBefore(tokens, c.mention.t0, t0, 30) ? openingNominal(doc, si - 1) : undefined) : undefined;
    const fits = (x: FigureCandidate): boolean => !!x.measure && !x.parts_of && !x.drop && x.mention.low !== 0 &&
      (!want || x.measure === want);
    // ("Four of the injured were in critical condition" two paragraphs after "injuring 23 others": the dead and the
    // injured of a report are its latest total of that measure, however far back)
    let total = before.find(fits);
    // ("One of the officers suffered a cut. ... three of the injured were in serious condition": a part is less than
    // its whole; a nominal's total smaller than the part yields to the latest larger one of that measure, if any)
    const part = c.mention.high ?? c.mention.low ?? 0;
    // ("38 wounded, of whom 3 died overnight; 11 of them, in critical condition, ...": so does "them")
    if ((g.nominal || g.anaphor) && total && (total.mention.low ?? total.mention.high ?? 0) <= part) {
      total = before.find((x) => fits(x) && (x.mention.low ?? x.mention.high ?? 0) > part) ?? total;
    }
    // ("Fifty-seven of our people were taken, 31 of them women": a larger count of this sentence before "of them" that
    // has no measure yet (the incident may give it one) is who "them" are, not a total of an earlier sentence, which
    // must anyway be larger than its part)
    if (g.anaphor && !c.measure && (!total || total.sent !== si)) {
      const n = c.mention.high ?? c.mention.low ?? 0;
      let local: FigureCandidate | undefined;
      // (at most 40 counts back: a clause, not a whole pathological sentence)
      for (let j = here - 1; j >= Math.max(0, here - 40) && !local; j--) if (!out[j].drop && !out[j].parts_of && (out[j].mention.low ?? 0) > n) local = out[j];
      if (local && !local.measure) total = local;
      else if (total && (total.mention.low ?? total.mention.high ?? 0) <= n) total = undefined;
    }
    // ("had received 19 wounded, including 12 police officers, and four of them were critical": a count in an aside of
    // parts is not who "them" are; the count the aside belongs to is)
    // (but "whom" belongs to the noun right before it: "among them 11 police officers, two of whom were hit")
    if (total && g.anaphor && total.sent === si && inAside(tokens, total.mention.t0) &&
      tokens[c.mention.t1 + 1]?.low !== 'whom') {
      const at = out.indexOf(total);
      for (let j = at - 1; j >= Math.max(0, at - ASIDE_REACH); j--) {
        const x = out[j];
        if (x.drop || !x.measure || x.parts_of || inAside(tokens, x.mention.t0)) continue;
        if (x.measure === total.measure && (x.mention.low ?? 0) > (c.mention.high ?? c.mention.low ?? 0)) total = x;
        break;
      }
    }
    // ("where about 300 men were kneeling. … 38 of the wounded …, nine of them in critical condition": a crowd that was
    // there is not whom a count of harm picks from when a total of that harm stands near)
    // (nor are people seen lying somewhere, dead or hurt unknown: "twenty people lying on the steps ... 38 of the injured
    // were still admitted, four of them in a critical state")
    // ("in a critical state" may read as a place: the condition decides)
    if ((total?.measure === 'present' || total?.measure === 'other') &&
      (!c.measure || c.measure === 'injured' || c.measure === 'present' && c.how === 'post') && conditionCue(tokens, c)) {
      // (the nearest injured count, itself perhaps a subset, as for a bare count in a condition below)
      total = before.find((x) => !x.drop && x.measure === 'injured' && (x.mention.low ?? 0) > (c.mention.high ?? c.mention.low ?? 0)) ?? total;
    }
    // (only for a part of the same measure or the injured who died: "Funerals of several of the dead were held" is no
    // new figure of the dead)
    for (let o = older.end - 1; !total && want && (!c.measure || c.measure === want || (want === 'injured' && c.measure === 'killed')) && o >= Math.max(0, older.end - 60); o--) {
      const x = older.all[o];
      if (fits(x) && (x.mention.low ?? x.mention.high ?? 0) > (c.mention.high ?? c.mention.low ?? 0)) total = x;
    }
    // ("Doctors said 11 of the injured were being treated for burns, three of them in intensive care": "them" are the
    // part its nominal picked right before, whatever total came nearest before it, never the speaker)
    const picked = g.anaphor ? pickedJustBefore(tokens, out, here, hits) : undefined;
    if (picked) {
      if (!c.measure || c.measure === picked.measure) {
        makePart(c, picked);
      }
      if (c.group === 'people') c.group = picked.group;
      continue;
    }
    // ("Twelve of the wounded were flown to the capital for surgery": a move or a place says where some of the hurt or
    // dead went, not a measure of its own; they stay a part of the total their nominal names)
    // ("The injured were taken to Coroico and three of them were later flown to the capital": "them" that stand for
    // the nominal before them the same)
    // (also with no total of that harm in reach: the nominal alone says who they are)
    if ((g.nominal || g.anaphor) && want && (!total || total.measure === want) && HARMED.has(want) &&
      (c.measure === 'present' || c.measure === 'displaced')) c.measure = want;
    // ("39 passengers had been injured and 22 of them were still at Chipata Central Hospital": the hurt named by "them"
    // who are at a hospital stay hurt)
    if (g.anaphor && total && HARMED.has(total.measure!) && c.measure === 'present' && c.how === 'post' && atCare(tokens, c)) {
      c.measure = total.measure;
    }
    if (g.nominal && total && c.measure !== total.measure) {
      if (c.group === 'people') c.groupOf = total;
      continue;
    }
    // "had kept nine people, four of them bank employees, inside": an apposition right after its total is a
    // part of it, whatever verb follows the closing comma
    if (total && g.anaphor && here > 0 && out[here - 1] === total && c.mention.t0 - 1 === total.g1 &&
      tokens[total.g1].low === ',' && tokens[g.g1]?.low === ',') {
      makePart(c, total);
      continue;
    }
    if (!total) {
      // "pursued the attackers and neutralised three of them": "them" are the group named before
      // ("The bandits released 10 of them", "the gunmen are still holding 40 of them": the subject of the verb that
      // governs "them" is never who "them" are)
      if (g.anaphor && c.group === 'people') c.group = namedBefore(tokens, c.mention.t0, t0, 30, subjectEndBefore(tokens, c.mention.t0, t0)) ?? c.group;
      continue;
    }
    // (a share of the displaced staying anywhere is still displaced: "9,000 displaced; of them 3,100 are sheltering in
    // two churches")
    if (c.measure === 'present' && total.measure === 'displaced' && g.anaphor &&
      tokens.slice(g.g1, Math.min(t1, g.g1 + 3)).some((t) => STAY.has(t.low))) c.measure = 'displaced';
    if (c.measure && c.how !== 'noun' && c.measure !== total.measure && !g.nominal) {
      // "the injured were taken to hospital, where one of them died": no part, but "them" are the total's group
      // (which an elliptical total may only take below: "injuring 14 others, two of whom later died")
      // ("The rescued migrants, who hold four nationalities, received first aid, and six of them were taken to
      // hospital": the noun "them" stands for may be a long way back in the sentence)
      // ("… others sustained injuries. A team pursued the attackers and neutralised three of them": a noun named
      // in this sentence, other than the subject of the verb, beats a total of an earlier one)
      if (g.anaphor && c.group === 'people') {
        // (the sentence's own subject is not who "them" are: "Police stormed the bus after 12 of them were killed")
        // ("Fishermen pulled 19 survivors out, and three of them were admitted": a total of this sentence counted
        // with its own noun is who "them" are; nouns before it are not)
        const counted = total.sent === si && total.mention.t0 > t0 && total.knownGroup && total.g1 > total.mention.t1;
        // ("230 passengers (including 41 children) ...; 180 of them were rescued": not the part in the aside)
        // ("212 pupils were in class; teachers and neighbours brought 189 of them out": not the subject of the verb
        // right before the count)
        let from = c.mention.t0;
        if (from - 1 > total.mention.t0 && RESCUE_OUT_VERBS.has(tokens[from - 1].low)) {
          from--;
          while (from > total.mention.t0 && tokens[from - 1].low !== ';' && tokens[from - 1].low !== ',' && c.mention.t0 - from < 12) from--;
          if (from === total.mention.t0 || c.mention.t0 - from >= 12) from = c.mention.t0;
        }
        // ("12 people, including a pregnant woman, were rescued alive; nine of them ...": nor a person named in an aside
        // after the total, with no count of its own)
        // ("said they received 17 wounded, 2 of whom later died": "whom" right after the total is the total's people,
        // not the speaker named before it)
        const whomOfTotal = total.sent === si && here > 0 && out[here - 1] === total && tokens[g.g1 - 1]?.low === 'whom';
        const named = whomOfTotal ? undefined : counted && asideBetween(tokens, out, total, here) ? total.group :
          // ("127 inmates had escaped and guards had since recaptured 34 of them": nor the subject of the verb of "them")
          counted ? namedBefore(tokens, from, Math.max(total.mention.t0, asideEnd(tokens, total.g1, from)), 30,
            from === c.mention.t0 ? subjectEndBefore(tokens, from, t0) : -1) :
          total.group === 'people' ? namedBefore(tokens, c.mention.t0, t0, 30, verbStart(tokens, c.mention.t0, t0)) :
          total.sent !== si ? namedBefore(tokens, c.mention.t0, t0 + 3, 30, verbStart(tokens, c.mention.t0, t0)) : undefined;
        if (named) c.group = named;
        else c.groupOf = total;
      }
      continue;
    }
    // "Four rangers died. Soldiers chased the bandits and shot dead two of them": "them" are a group named in
    // this sentence, not the total of an earlier one
    if (g.anaphor && c.group === 'people' && total.sent !== si && c.measure) {
      const named = namedBefore(tokens, c.mention.t0, t0 + 3, 30, verbStart(tokens, c.mention.t0, t0));
      if (named && named !== total.group) {
        c.group = named;
        continue;
      }
    }
    makePart(c, total);
    // "Four of the injured were in critical condition": the injured are the people of the total
    if (nominalOfTotal(tokens, g) && c.group === 'people') c.group = total.group;
    if (g.anaphor && c.group === 'people') {
      // "six of them had been treated": them = the group named last ("640 firefighters", "the attackers")
      // ("Security forces arrested over 100 people, detaining 30 of them": not a group named before the total)
      const from = total.sent === si && total.mention.t0 > t0 ? total.mention.t0 : t0;
      // ("112 residents, including 37 children, were evacuated; 48 of them ...": a part named between the total and
      // "them" is not who "them" are; the total is)
      // (also when the total's noun is no group: "had received 19 wounded, including 12 police officers, and four of
      // them were critical" → the 19, people)
      const partBetween = total.sent === si && asideBetween(tokens, out, total, here);
      // ("11 of the injured were being treated, three of them in intensive care": "them" are the part named right
      // before, picked by its nominal, not a noun named before it)
      const prev = here > 0 ? out[here - 1] : undefined;
      const pickedBefore = prev && prev !== total && prev.parts_of && !prev.drop && hits.get(prev)?.nominal &&
        !inAside(tokens, prev.mention.t0) ? prev.group : undefined;
      c.group = (partBetween ? total.group : undefined) ?? pickedBefore ??
        (total.sent === si && total.group === 'people' ? namedBefore(tokens, c.mention.t0, from) : undefined) ??
        (total.sent === si && total.group === 'people' ? total.group : namedBefore(tokens, c.mention.t0, t0)) ?? total.group;
    }
  }
  // "killing 9 pilgrims (4 of them Iranian nationals)": a breakdown by nationality picked by "of them" keeps the
  // group of its total, as one after "including" does
  // ("12 of the injured were Venezuelan nationals": the same for a part its nominal picks; a capitalised plural of
  // nationality, "323 of the dead were Egyptians", keeps it wherever it is a part: sentence.ts)
  for (const c of out) {
    const g = hits.get(c);
    if (c.parts_of && NATIONALS.has(c.group) && (g?.anaphor || g?.nominal)) c.group = c.parts_of.group;
  }
}

/** Ellipsis: "others", bare counts with their own verb, "of whom", "the other N", a side named first. */
/** The count right before `here` in its sentence when it is a part picked out by its nominal ("11 of the injured"),
 * outside an aside, and larger than the count at `here` ("three of them"): who that "them" are. */
function pickedJustBefore(tokens: Token[], out: FigureCandidate[], here: number,
  hits: Map<FigureCandidate, GroupHit | undefined>): FigureCandidate | undefined {
  const prev = here > 0 ? out[here - 1] : undefined;
  if (!prev || prev.drop || !prev.parts_of || !prev.measure || !hits.get(prev)?.nominal || inAside(tokens, prev.mention.t0)) return undefined;
  const c = out[here];
  // (right after its clause: "11 of the injured were treated, three of them ...", not a count of another clause)
  if (c.mention.t0 - prev.reach > 12) return undefined;
  return (prev.mention.low ?? prev.mention.high ?? 0) > (c.mention.high ?? c.mention.low ?? 0) ? prev : undefined;
}

/** The words from k are only "in (the) hospital" and the clause ends there: the place a part of a toll died. */
function diedInHospital(tokens: Token[], k: number, t1: number): boolean {
  if (tokens[k]?.low !== 'in') return false;
  let j = k + 1;
  if (tokens[j]?.low === 'the') j++;
  if (tokens[j]?.low !== 'hospital') return false;
  const after = tokens[j + 1]?.low;
  return j + 1 >= t1 || after === '.' || after === ',' || after === ';';
}

const CONDITION_WORDS = figureWords('condition');
/** The cue of a figure names a patient's condition ("the condition of two", "two are in critical condition"). */
export function conditionCue(tokens: Token[], c: FigureCandidate): boolean {
  // (not back across the sentence before: "... said he was in stable condition. No one else was hurt")
  let from = c.mention.t0;
  while (from > Math.max(0, c.mention.t0 - 3) && tokens[from - 1].sent === tokens[c.mention.t0].sent) from--;
  for (let k = from; k < Math.min(tokens.length, c.reach + 1); k++) {
    if (CONDITION_WORDS.has(tokens[k].low)) return true;
  }
  // ("four of them in a critical state": the condition a few words after "them")
  for (let k = c.reach + 1; k < Math.min(tokens.length, c.reach + 5) && tokens[k].kind === 'word'; k++) {
    if (CONDITION_WORDS.has(tokens[k].low)) return true;
  }
  return false;
}

const CARE_WORDS = figureWords('care');
/** After a bare count and before the end of its clause, a word of hospital care ("two were taken to hospital", "19
 * have since been discharged", "three remain in intensive care"): who of the injured are where. */
export function careCue(tokens: Token[], c: FigureCandidate): boolean {
  const sent = tokens[c.mention.t0].sent;
  for (let k = c.mention.t1; k < Math.min(tokens.length, c.reach + 4); k++) {
    const t = tokens[k];
    if (t.sent !== sent || t.low === ',' || t.low === ';') return false;
    if (CARE_WORDS.has(t.low)) return true;
  }
  return false;
}

/** "a few of them with life-threatening injuries", "two of them critical": a share that names its own harm or
 * condition (before the next comma) is a part worth counting. */
function shareHarm(tokens: Token[], from: number, t1: number): boolean {
  for (let j = from; j < Math.min(t1, from + 8) && tokens[j].low !== ',' && tokens[j].low !== ';'; j++) {
    if (HARM_NOUNS.has(tokens[j].low) || CONDITION_WORDS.has(tokens[j].low) || slotCue(tokens, j, t1, 'post')) return true;
  }
  return false;
}
