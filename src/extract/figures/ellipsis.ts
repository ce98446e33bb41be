// Elliptical counts: "others", bare counts with their own verb, "of whom", "the other N", a side named
// first ("On the enemy side, ..."). The noun is left out, so the group comes from a figure before.
import type { Document, Token } from '../document.js';
import { parseNumber } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { figureWords, FUNCTION, PLACE_PREPS, HARM_VERBS, BODY_WORDS, BE, isCap, PERSON_NOUN, HARMED, NATIONALS, LIST_GLUE,
  endsInLy, plural, DATELINE_MARKS, LIMITING, openerBefore } from './words.js';
import type { FigureCandidate, GroupHit } from './candidate.js';
import { slotCue } from './cues.js';
import { asideEnd } from './asides.js';
import { reportedBetween, secondVerb } from './coordination.js';
import { lastBefore } from './increments.js';
import { sameSentenceBefore } from './carry.js';
import { nominalOfTotal } from './group.js';

/** Words that open the second half of an elliptical pair ("..., while three were killed"). */
const CONTRAST = new Set(['while', 'whereas', 'and', 'but', ',']);
const BODY_FOUND = figureWords('body-found');


/** "Of the (N) <people> ...," opening the sentence (or a dateline's text): the whole's group, its count (null when
 * it has none), its candidate and where the counts that pick out of it may start (after the comma that closes it). */
function openerWhole(tokens: Token[], t0: number, t1: number, out: FigureCandidate[]):
  { group: string; value: number | null; whole?: FigureCandidate; end: number } | undefined {
  let of = t0;
  if (of + 1 < t1 && !(tokens[of].low === 'of' && tokens[of + 1].low === 'the')) {
    // (after a dateline: "CHOUM - Of the ...")
    let d = of;
    while (d < Math.min(t1, t0 + 3) && !DATELINE_MARKS.has(tokens[d].low)) d++;
    if (d >= Math.min(t1, t0 + 3)) return undefined;
    of = d + 1;
  }
  if (of + 2 >= t1 || tokens[of].low !== 'of' || tokens[of + 1].low !== 'the') return undefined;
  const first = out.find((c) => !c.drop && c.mention.t0 >= of + 2);
  if (!first) return undefined;
  let whole: FigureCandidate | undefined;
  let group: string | undefined;
  if (first.mention.t0 === of + 2) {
    whole = first;
    group = first.group;
  } else {
    const gm = lexicons().groups.at(tokens, of + 2, t1);
    group = gm ? gm.data || plural(tokens[gm.end - 1].low) : undefined;
  }
  if (!group || group === 'people') return undefined;
  // (the first count after the whole opens its own clause after a comma)
  const next = out.find((c) => c !== whole && !c.drop && c.mention.t0 > of + 2);
  if (!next || tokens[next.mention.t0 - 1].low !== ',') return undefined;
  return { group, value: whole ? whole.mention.low ?? whole.mention.high ?? null : null, whole, end: next.mention.t0 };
}

/** "Choum train hostages: 38 freed, 22 still held": a headline's or label's noun of people right before the colon
 * that opens its list of bare counts. */
function colonWhole(tokens: Token[], t0: number, out: FigureCandidate[]):
  { group: string; value: null; whole?: FigureCandidate; end: number } | undefined {
  const first = out.find((c) => !c.drop);
  if (!first || first.mention.t0 - 2 < t0 || tokens[first.mention.t0 - 1].low !== ':' || first.mention.t0 - t0 > 8) return undefined;
  // (a plural noun of people: "Police: 18 killed, 9 rescued" names who says so, not who they were)
  if (!tokens[first.mention.t0 - 2].low.endsWith('s')) return undefined;
  const gm = lexicons().groups.endingAt(tokens, first.mention.t0 - 1, t0);
  const group = gm ? gm.data || plural(tokens[first.mention.t0 - 2].low) : undefined;
  return group && group !== 'people' ? { group, value: null, end: first.mention.t0 } : undefined;
}

const BACK_WHOLES = new Set(['those', 'these', 'them']);
/** "Of those brought up, nine were taken to hospital", "Of these, 17 received medical assistance": a sentence that opens
 * on a pronoun for the people just counted (at most four words of which ones, then a comma) picks its bare counts out
 * of the latest count before it that names a group. */
function backWhole(tokens: Token[], t0: number, out: FigureCandidate[], recent: FigureCandidate[]):
  { group: string; value: number | null; whole?: FigureCandidate; end: number } | undefined {
  if (t0 + 2 >= tokens.length || tokens[t0].low !== 'of' || !BACK_WHOLES.has(tokens[t0 + 1].low)) return undefined;
  let comma = t0 + 2;
  while (comma < t0 + 6 && comma < tokens.length && tokens[comma].kind === 'word' && tokens[comma].low !== 'who') comma++;
  const first = out.find((c) => !c.drop);
  if (tokens[comma]?.low !== ',' || !first || first.mention.t0 !== comma + 1) return undefined;
  for (let i = recent.length - 1; i >= Math.max(0, recent.length - 12); i--) {
    const p = recent[i];
    if (p.drop || !p.measure || p.measure === 'other') continue;
    if (p.group === 'people' || !p.knownGroup && !PERSON_NOUN.test(p.group)) return undefined;
    return { group: p.group, value: p.mention.high ?? p.mention.low, end: comma + 1 };
  }
  return undefined;
}

/** "Of the 64 worshippers taken hostage during Sunday mass at St Joseph's parish in Kamina, 41 had been freed": a
 * sentence (or a dateline's text) that opens on its whole, whose long place and time phrase the bare counts after it
 * pick out of. */
function wholeOpener(tokens: Token[], nb: FigureCandidate, t0: number): boolean {
  const of = nb.mention.t0 - 2;
  if (of < t0 || tokens[of].low !== 'of' || tokens[of + 1].low !== 'the') return false;
  return of === t0 || DATELINE_MARKS.has(tokens[of - 1].low) && of - 1 - t0 <= 3;
}

/** "three others": a count whose only noun is "others". */
function othersHit(tokens: Token[], g: GroupHit | undefined): boolean {
  return !!g && g.g1 === g.g0 + 1 && tokens[g.g0].low === 'others';
}

/** The whole a part belongs to when the part names a group of its own ("nine of them children"), else undefined. */
function namingPart(p: FigureCandidate): FigureCandidate | undefined {
  const whole = p.parts_of;
  return whole && p.group !== whole.group ? whole : undefined;
}

export function ellipticalCounts(doc: Document, si: number, out: FigureCandidate[],
  hits: Map<FigureCandidate, GroupHit | undefined>, recent: FigureCandidate[]): void {
  const { tokens } = doc;
  const lex = lexicons();
  const { t0, t1 } = doc.sentences[si];
  // (after breakdowns, so that "others" skips the parts of a total: "12 devotees, including 7 women, and 30 others")
  // Ellipsis: "6 terrorists were killed, while 4 others were injured", "two police officers were killed and
  // five wounded": "others" and a bare number with its own verb are more of the same group
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const g = hits.get(c);
    const others = (g && g.g1 === g.g0 + 1 && (tokens[g.g0].low === 'others' || tokens[g.g0].low === 'other')) || (!g && c.mention.increment === true &&
      tokens[c.mention.t1 - 1].low === 'more');
    // "two soldiers died and three were wounded": a bare number, at most two auxiliaries, the verb
    // ("nine attackers had been neutralised and two taken alive": a cue of more than one word right after it too)
    let bare = !g && c.how === 'post' && (c.reach === c.g1 + 1 || slotCue(tokens, c.g1, t1, 'post')?.end === c.reach);
    if (!g && c.how === 'post' && !bare) {
      let k = c.g1;
      for (let n = 0; n < 3 && k < c.reach; n++) {
        const w = tokens[k].low;
        // ("eleven crew were rescued and four remain missing": "remain" links like "are"; so does "were left
        // in critical condition")
        // ("37 are now back with their families": an adverb of time too)
        if (BE.has(w) || w === 'been' || w === 'have' || w === 'had' || w === 'still' || w === 'now' || w === 'remain' || w === 'remained' ||
          w === 'left' || endsInLy(w)) k++;
        else break;
      }
      bare = k > c.g1 && k < c.reach && slotCue(tokens, k, t1, 'post')?.end === c.reach;
    }
    // "Nine workers lost their lives and 22 received burn injuries"
    if (!g && c.how === 'post' && !bare && c.g1 < t1 && HARM_VERBS.has(tokens[c.g1].low) && c.reach - c.g1 <= 4) {
      bare = true;
    }
    const active = !g && c.how === 'pre';
    if (!others && !bare && !active) continue;
    let j = i - 1;
    // (a number inside an aside is no count of people: "killing 2 students, including a girl of 14, and wounding 9")
    // (nor a count dropped as no figure: "five dead - three hikers, a guide and a porter - and two missing")
    while (j >= 0 && (out[j].parts_of || out[j].drop || (!out[j].measure && j > 0 && asideEnd(tokens, out[j - 1].reach, c.mention.t0) >
      out[j].mention.t0))) j--;
    let nb = j >= 0 ? out[j] : undefined;
    // ("killed 9 miners and one vigilante riding as escort, wounded 6 others": "others" are more of the many, not
    // of the one person joined to them)
    if (others && nb && j > 0 && nb.mention.low === 1 && nb.mention.high === 1 && nb.mention.t0 > out[j - 1].g1 &&
      tokens[nb.mention.t0 - 1].low === 'and' && nb.mention.t0 - 1 === out[j - 1].g1 && out[j - 1].knownGroup &&
      out[j - 1].group !== 'people' && !out[j - 1].parts_of && !out[j - 1].drop) nb = out[j - 1];
    // ("7 soldiers killed, 4 wounded, 9 missing": a list goes on with the group the item before carried)
    // ("Two of the seminarians escaped ...; the priest and five others remain captive": "others" of any plural noun)
    // ("three of the smugglers were neutralised and two were detained": a plural noun for persons we do not list)
    if (!nb || nb.group === 'people' || (!nb.knownGroup && !PERSON_NOUN.test(nb.group) && !active && !nb.carried && !others)) continue;
    // "killing five officers and wounding two": a bare number after a second active verb counts more of the
    // first clause's group (guide, round 5); with no such verb only "others" carries the group over
    // ("JNIM claimed 11 soldiers killed and 3 captured": a verb of its own right after the first count's noun makes it
    // the list's first item, whatever verb stands before it)
    const ownPost = nb.how === 'pre' && nb.g1 < t1 && slotCue(tokens, nb.g1, t1, 'post')?.measure === nb.measure;
    // ("We lost nine men and 14 were wounded": the men a side lost are its own, as "nine men died" would say)
    const lost = nb.how === 'pre' && tokens[openerBefore(tokens, nb.mention.t0, t0)]?.low === 'lost';
    if (nb.how === 'pre' && !others && !ownPost && !lost) {
      if (active && secondVerb(tokens, nb, c, t0)) c.group = nb.group;
      continue;
    }
    if (!others && !bare) continue;
    // ("rescued 31 migrants, among them 4 women and a child, and recovered the bodies of 13 others"; up to 30 tokens: "31
    // fishermen were still missing after eight trawlers failed to return ..., and that its vessels had picked up 46 others")
    if (others && c.mention.t0 - nb.g1 <= 30) c.group = nb.group;
    // ("9 soldiers killed, 14 wounded, of whom 3 seriously, and 2 missing": the list goes on past the aside that
    // breaks the item before down; the aside's own adverb stays with it)
    let from = asideEnd(tokens, ownPost ? slotCue(tokens, nb.g1, t1, 'post')!.end : nb.reach, c.mention.t0);
    for (let n = j + 1; n < i; n++) if (out[n].parts_of === nb) from = Math.max(from, out[n].reach, out[n].g1);
    if (from > nb.reach && from < c.mention.t0 && /ly$/.test(tokens[from].low) && tokens[from].low.length > 4) from++;
    // ("23 students were wounded by bullets and about 60 had been arrested": a short phrase of means ends the item)
    if (from < c.mention.t0 - 2 && MEANS.has(tokens[from].low)) {
      let k = from + 1;
      while (k < from + 3 && k < c.mention.t0 && tokens[k].kind === 'word' && tokens[k].text === tokens[k].low &&
        !FUNCTION.has(tokens[k].low) && !lex.groups.at(tokens, k, k + 1) && !lex.measures.at(tokens, k, k + 1)) k++;
      if (k > from + 1 && tokens[k]?.low === 'and') from = k;
    }
    if (bare && c.mention.t0 - from <= 3 && c.mention.t0 >= from) {
      let glue = true;
      for (let k = from; k < c.mention.t0; k++) if (!LIST_GLUE.has(tokens[k].low) && !(k === c.mention.t0 - 1 && LIMITING.has(tokens[k].low))) glue = false;
      if (glue) {
        c.group = nb.group;
        c.carried = true;
        if (nb.ownSide) c.ownSide = true; // ("twelve of our men were killed and five wounded": still the speaker's)
      }
    } else if (bare && c.mention.t0 > nb.reach && (c.mention.t0 - nb.reach <= (wholeOpener(tokens, nb, t0) ? 24 : 10) ||
      (c.mention.t0 - nb.reach <= PRAYER_GAP &&
      c.mention.t0 - nb.reach - prayerAside(tokens, nb.reach, c.mention.t0).length <= 10)) &&
      // ("none of our fighters was killed, and only two were wounded": a limiting word before the count)
      (CONTRAST.has(tokens[openerBefore(tokens, c.mention.t0, nb.reach)].low) || tokens[openerBefore(tokens, c.mention.t0, nb.reach)].low === ';')) {
      // ("about 30 prisoners broke out of the jail; at least four were killed": a clause after a semicolon goes on
      // about them)
      // "Eighteen hostages were freed in a dawn raid, while three were killed": a circumstance, then the contrast
      let plain = true;
      const prayer = c.mention.t0 - nb.reach <= PRAYER_GAP ? prayerAside(tokens, nb.reach, c.mention.t0) : { s: -1, length: 0 };
      for (let k = nb.reach; k < c.mention.t0 - 1; k++) {
        if (k >= prayer.s && k < prayer.s + prayer.length) continue;
        if (tokens[k].kind === 'num' || lex.groups.at(tokens, k, k + 1) || lex.reporting.has(tokens[k].low) ||
          tokens[k].low === ';') plain = false;
      }
      if (plain) {
        c.group = nb.group;
        if (nb.ownSide) c.ownSide = true;
      }
    }
  }
  // ("16 people died on the spot and one on the way to hospital", "four died in the blast and two in hospital": a bare
  // count after "and" with only a place after it shares the verb of the count before; gapped, it says where)
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const p = out[i - 1];
    // ("Three died in Vose district, six in Kulob and two in Muminobod": a list of such counts, by comma too)
    // (a vague share after a comma tells how some of them died: "13 prisoners died, some in a crush at the gate")
    // ("Eleven people died at the scene and three others at the referral hospital": "others" gapped the same way)
    const g = hits.get(c);
    const others = othersHit(tokens, g) && g!.g0 === c.mention.t1;
    const after = others ? c.g1 : c.mention.t1;
    if (c.measure || c.drop || (g && !others) || c.mention.t0 - 1 <= t0 ||
      (tokens[c.mention.t0 - 1].low !== 'and' && (tokens[c.mention.t0 - 1].low !== ',' || c.mention.vague)) ||
      after >= t1 || !PLACE_PREPS.has(tokens[after].low)) continue;
    // ("19 of the dead were in Simav and four in the district of Gediz": a share of the dead said to be somewhere, then
    // more of them somewhere else)
    const whereShare = (p.how === 'part' || p.how === 'nom') && p.g1 + 1 < c.mention.t0 && BE.has(tokens[p.g1].low) &&
      PLACE_PREPS.has(tokens[p.g1 + 1].low) && (hits.get(p)?.nominal || hits.get(p)?.anaphor);
    if (!p.measure || p.drop || (p.how !== 'post' && p.how !== 'coord' && !whereShare) || p.reach > c.mention.t0 - 1 ||
      c.mention.t0 - 1 - p.reach > 6) continue;
    let plain = true;
    for (let k = p.reach; k < c.mention.t0 - 1; k++) {
      if (tokens[k].kind !== 'word' || lex.measures.at(tokens, k, k + 1) || lex.reporting.has(tokens[k].low)) plain = false;
    }
    if (!plain) continue;
    c.measure = p.measure;
    c.how = 'coord';
    if (!others) {
      c.group = p.group;
      c.knownGroup = p.knownGroup;
    }
    if (whereShare && p.parts_of) c.parts_of = p.parts_of;
  }
  // "Three young shepherds set off a mine: one died on the spot and the other two in hospital", "six of them were
  // picked up, where one died": a bare count with its own verb picks out of the people counted just before in the
  // sentence, also when that count had no measure of its own
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    if (hits.get(c) || c.group !== 'people' || c.knownGroup || !c.measure || c.parts_of || c.lead !== undefined ||
      (c.how !== 'post' && c.how !== 'coord')) continue;
    // ("Nineteen of them walked out unaided; four needed hospital treatment": also after a part picked out by "them")
    const p = out[i - 1];
    // (a count with a measure and a noun of its own is another tally: "let 10 traders go; 4 remain with their captors";
    // a count with no measure only as the subject that opens the sentence)
    // ("23 students sustained burns; 19 have been treated and discharged", "33 patients were treated, of whom 21 went
    // home and 12 remain admitted": a smaller bare count of the same harm, or after a part, picks out of the same people)
    // (not past a speaker of its own, whose count is another tally: "the rebels killed 40 soldiers; the army says 6
    // died", "wounding 21 others; the clinic said it received 19 wounded")
    if (!p || p.drop || c.mention.t0 - p.mention.t1 > 30) continue;
    // (a count with a verb of its own: a gapped "and three for broken legs" shares the verb and keeps its own reading)
    // ("31 of the injured have been discharged and 6 continue to receive treatment": after a part its nominal picked too)
    const sameHarm = c.how === 'post' && p.measure === c.measure && HARMED.has(c.measure) && !p.parts_of || !!p.parts_of && p.parts_of.measure === c.measure &&
      (p.mention.t0 - 2 >= t0 && tokens[p.mention.t0 - 2].low === 'of' && tokens[p.mention.t0 - 1].low === 'whom' ||
        c.how === 'post' && !!hits.get(p)?.nominal);
    if (p.measure && !(p.group === 'people' && p.groupOf) && !(p.parts_of && (hits.get(p)?.anaphor || hits.get(p)?.nominal)) &&
      !(sameHarm && !reportedBetween(tokens, p.mention.t1, c.mention.t0))) continue;
    if (!p.measure && p.mention.t0 > t0 && tokens[p.mention.t0 - 1].kind !== 'punct') continue;
    // ("received 29 wounded, nine of them children, and that four had died": a part that names who some of them were
    // is no people of its own; the bare count picks out of the whole, with the whole's group)
    const from = namingPart(p) ?? p;
    const group = from.group !== 'people' ? from.group : from.groupOf?.group ?? from.parts_of?.group;
    // (a bare count before it with a group it took from the count before that carries it on: "26 were treated ...,
    // while five remain admitted")
    if (!group || group === 'people' || !(from.knownGroup || from.groupOf || from.parts_of || from.carried || !hits.get(from))) continue;
    // (a smaller number only: "12 miners were trapped; 30 were rescued" is another tally)
    const n = c.mention.high ?? c.mention.low ?? 0;
    const whole = from.mention.low ?? from.mention.high ?? 0;
    if (n < whole) {
      c.group = group;
      // ("26 were sent home, while five remain admitted": the next bare count goes on with the same people)
      c.carried = true;
    }
  }
  // "two were detained, among them one wounded": a bare count after "among them" is one of the people just counted
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const p = out[i - 1];
    if (hits.get(c) || c.group !== 'people' || c.knownGroup || p.drop || p.group === 'people') continue;
    const at = c.mention.t0;
    if (at - 2 <= p.mention.t1 || tokens[at - 2].low !== 'among' || (tokens[at - 1].low !== 'them' && tokens[at - 1].low !== 'whom')) continue;
    if (at - p.mention.t1 > 12) continue;
    c.group = p.group;
  }
  // "an estimated 40 miners were working underground. Nine were rescued within hours": a bare count that opens the
  // sentence with its own verb picks out of the people the sentence before said were there (present), when fewer
  for (const c of out) {
    if (hits.get(c) || c.group !== 'people' || c.knownGroup || !c.measure || c.parts_of || c.how !== 'post' ||
      c.mention.t0 !== t0 || c.mention.hedge === 'vague') continue;
    let p: FigureCandidate | undefined;
    for (let r = recent.length - 1; r >= 0 && recent[r].sent === si - 1; r--) {
      if (!recent[r].drop && !recent[r].parts_of) {
        p = recent[r];
        break;
      }
    }
    // ("26 injured workers had been brought in, of whom 11 had burns. Four with burns over half their bodies were sent
    // on": also out of the people the sentence before said were hurt, by a count of the same harm)
    if (!p || !(p.measure === 'present' || p.measure === c.measure && HARMED.has(c.measure)) || !p.knownGroup ||
      p.group === 'people') continue;
    const n = c.mention.high ?? c.mention.low ?? 0;
    if (n < (p.mention.low ?? p.mention.high ?? 0)) c.group = p.group;
  }
  // "Nine miners were rescued and the bodies of eight have been recovered": the bodies are more of the same people
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const m = c.mention;
    if (hits.get(c) || c.group !== 'people' || c.parts_of || m.t0 - 2 < t0 || tokens[m.t0 - 1].low !== 'of' ||
      !BODY_WORDS.has(tokens[m.t0 - 2].low)) continue;
    let j = i - 1;
    while (j >= 0 && (out[j].parts_of || out[j].drop)) j--;
    if (j >= 0 && out[j].group !== 'people' && out[j].measure && m.t0 - out[j].reach <= 10) c.group = out[j].group;
  }
  // "23 suspects were arrested, of whom 9 were later released" ("out of which 9"): whom = the people just counted
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const m = c.mention;
    if (hits.get(c) || c.group !== 'people' || c.knownGroup || !c.measure || c.parts_of || m.t0 - 2 < t0 ||
      (tokens[m.t0 - 1].low !== 'whom' && tokens[m.t0 - 1].low !== 'which') || tokens[m.t0 - 2].low !== 'of') continue;
    let j = i - 1;
    while (j >= 0 && (out[j].parts_of || out[j].drop)) j--;
    if (j >= 0 && out[j].group !== 'people' && m.t0 - out[j].reach <= 8) c.group = out[j].group;
  }
  // "four were rescued and the other two are missing": "the other N" are more of the people just counted
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const m = c.mention;
    // ("eight were rescued alive, while the remaining two are still being held": "remaining" is the same)
    if (hits.get(c) || c.group !== 'people' || m.t0 - 2 < t0 || (tokens[m.t0 - 1].low !== 'other' && tokens[m.t0 - 1].low !== 'remaining') ||
      (tokens[m.t0 - 2].low !== 'the' && tokens[m.t0 - 2].low !== 'its' && tokens[m.t0 - 2].low !== 'their')) continue;
    const prev = lastBefore(recent, out, i, (x) => !x.drop && !!x.measure && x.group !== 'people');
    if (prev) c.group = prev.group;
  }
  // "21 fishermen were released on Monday. The 13 others remain detained": "others" that no count of their own
  // sentence precedes contrast with the last people counted in the sentence before (guide: "N others")
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const g = hits.get(c);
    if (i > 0 && !out[i - 1].drop && out[i - 1].measure) break; // (a count before it in its sentence: the ellipsis rule)
    if (c.group !== 'people' || !g || g.g1 !== g.g0 + 1 || tokens[g.g0].low !== 'others') continue;
    const prev = lastBefore(recent, [], 0, (x) => !x.drop && !!x.measure && !x.parts_of && x.mention.low !== 0);
    if (prev && prev.sent === si - 1 && prev.group !== 'people') c.group = prev.group;
  }
  // "The other three were taken to hospital. ... one of the three died": "of the N" with no noun of its own points
  // at the last figure of N, whose people it counts
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const k = c.mention.t1;
    if (c.group !== 'people' || c.knownGroup || k + 3 > t1 || tokens[k].low !== 'of' || tokens[k + 1].low !== 'the') continue;
    const n = parseNumber(tokens, k + 2, t1);
    if (!n || (n.end < t1 && lex.groups.at(tokens, n.end, t1))) continue;
    const prev = lastBefore(recent, out, i, (x) => !x.drop && x.group !== 'people' && x.mention.low === n.value &&
      x.mention.high === n.value);
    if (prev) c.group = prev.group;
  }
  // "one person who tried to reach the shore fell through the ice; his body was recovered by divers": a single person
  // with no measure of their own (or only missing: "disappeared; his body was found") whose body the sentence goes on
  // to find is dead
  for (const c of out) {
    if ((c.measure && c.measure !== 'missing') || c.drop || c.mention.low !== 1 || c.mention.high !== 1) continue;
    for (let k = Math.max(c.reach, c.mention.t1); k + 2 < Math.min(t1, c.mention.t1 + 30); k++) {
      if ((tokens[k].low !== 'his' && tokens[k].low !== 'her') || tokens[k + 1].low !== 'body') continue;
      let j = k + 2;
      while (j < Math.min(t1, k + 5) && (BE.has(tokens[j].low) || tokens[j].low === 'has' || tokens[j].low === 'been' ||
        tokens[j].low === 'later')) j++;
      if (j < t1 && BODY_FOUND.has(tokens[j].low)) {
        c.measure = 'killed';
        c.how = 'noun';
      }
      break;
    }
  }
  // "On the friendly side, the toll is four (4) killed and nine (9) wounded": a side of the fighting named first says
  // whose bare counts the sentence gives
  const side = sideOpener(tokens, t0, t1);
  if (side) for (const c of out) if (c.group === 'people' && !hits.get(c) && !c.parts_of) c.group = side;
  // ("the crew comprised 15 Indonesians and seven Indian nationals": nationals joined to a nationality that took the
  // group of the whole take it too)
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const p = out[i - 1];
    if (c.how === 'coord' && NATIONALS.has(c.group) && p.measure === c.measure && !p.drop && p.group !== c.group &&
      p.g1 > p.mention.t1 && isCap(tokens[p.g1 - 1]) && c.mention.t0 - p.g1 <= 2) c.group = p.group;
  }
  // "Of the passengers held by gunmen near Choum since Saturday, 38 were freed, but 22 others remain in captivity",
  // "Of the 121 students abducted ..., 38 have regained their freedom, but 69 are still held": a sentence that opens on
  // its whole (counted or not) gives its noun to the bare counts that pick out of it
  const opened = openerWhole(tokens, t0, t1, out) ?? colonWhole(tokens, t0, out) ?? backWhole(tokens, t0, out, recent);
  if (opened) {
    for (const c of out) {
      if (c === opened.whole || c.mention.t0 < opened.end || c.group !== 'people' || c.drop || c.parts_of) continue;
      const g = hits.get(c);
      const others = othersHit(tokens, g);
      if ((g || c.knownGroup) && !others) continue;
      if (opened.value !== null && (c.mention.high ?? c.mention.low ?? 0) >= opened.value) continue;
      c.group = opened.group;
    }
  }
  // ("Opposition says seven killed in crackdown; government says two": a bare count closing its clause right after
  // a second speaker's verb of saying gives that speaker's figure of the same tally)
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const m = c.mention;
    if (c.measure || c.drop || hits.get(c) || m.t0 - 2 < t0 || !SAYS.has(tokens[m.t0 - 1].low) ||
      !(m.t1 >= t1 || CLAUSE_ENDS.has(tokens[m.t1].low))) continue;
    const p = sameSentenceBefore(out, i);
    if (!p || p.measure === 'other') continue;
    c.measure = p.measure;
    c.group = p.group;
    c.knownGroup = p.knownGroup;
    c.how = 'coord';
  }
  // ", of whom six are critical" after an elliptical total that only now took its group
  for (const c of out) {
    if (c.groupOf && c.group === 'people') c.group = c.groupOf.group;
    // ("12 others suffered burns; four of the injured were referred": "the injured" too, as parts.ts reads it)
    const hit = hits.get(c);
    if (c.parts_of && c.group === 'people' && (!hit || hit.anaphor || nominalOfTotal(tokens, hit)) &&
      c.parts_of.group !== 'people' && c.parts_of.sent === si) c.group = c.parts_of.group;
  }
}

/** Prepositions of the means or cause of a harm ("wounded by bullets", "hurt with batons"). */
const MEANS = new Set(['by', 'with', 'from']);
/** Verbs of saying a gapped figure may follow ("government says two"), and what may close its clause. */
const SAYS = new Set(['says', 'say', 'said', 'claims', 'claim', 'claimed']);
const CLAUSE_ENDS = new Set(['.', ';', ',', ')', '!']);

const PRAYERS = figureWords('prayer');
/** The longest gap between two counts that a prayer aside may fill (its comma to comma is at most 12 tokens). */
const PRAYER_GAP = 24;
/** A prayer for the dead between commas in a party's statement (", we ask God to accept them,"), from its opening
 * comma to its closing one, between `from` and `to`; length 0 when there is none. */
function prayerAside(tokens: Token[], from: number, to: number): { s: number; length: number } {
  for (let k = from; k + 3 < to; k++) {
    if (tokens[k].low !== ',') continue;
    const two = `${tokens[k + 1].low} ${tokens[k + 2].low}`;
    if (!PRAYERS.has(two) && !PRAYERS.has(`${two} ${tokens[k + 3].low}`)) continue;
    for (let j = k + 3; j < to && j - k <= 12; j++) if (tokens[j].low === ',') return { s: k, length: j - k };
  }
  return { s: -1, length: 0 };
}

const SIDE_OWN = figureWords('side-own');
const SIDE_ENEMY = figureWords('side-enemy');
/** "On the friendly side,", "- on the enemy side:", "On the side of friendly forces,": the group of the side a
 * sentence opens on (security forces for the army's own, attackers for the other), or undefined. */
function sideOpener(tokens: Token[], t0: number, t1: number): string | undefined {
  let k = t0;
  while (k < t1 && tokens[k].kind === 'punct') k++;
  if (k + 3 >= t1 || (tokens[k].low !== 'on' && tokens[k].low !== 'from')) return undefined;
  k++;
  let at = -1;
  // "on the friendly side" / "on the side of (the) friendly forces"
  if (tokens[k].low === 'the' && tokens[k + 2]?.low === 'side') at = k + 1;
  else if (tokens[k].low === 'the' && tokens[k + 1].low === 'side' && tokens[k + 2]?.low === 'of') {
    at = tokens[k + 3]?.low === 'the' ? k + 4 : k + 3;
  } else if (tokens[k].low === 'the' && APOSTROPHES.has(tokens[k + 2]?.low) && tokens[k + 3]?.low === 'side') at = k + 1;
  const word = at >= 0 && at < t1 ? tokens[at].low : undefined;
  if (word === undefined) return undefined;
  return SIDE_OWN.has(word) ? 'security_forces' : SIDE_ENEMY.has(word) ? 'attackers' : sideGroup(tokens, at, t1);
}

const APOSTROPHES = new Set(["'", '\u2019']);
/** "On the side of the supporters, the toll is one dead", "On the attackers' side, ... eleven neutralised": a side
 * named by a plural noun of people gives the group of the bare counts after it. */
function sideGroup(tokens: Token[], at: number, t1: number): string | undefined {
  const hit = lexicons().groups.at(tokens, at, t1);
  if (hit) return hit.data || tokens[at].low;
  return tokens[at].kind === 'word' && PERSON_NOUN.test(tokens[at].low) ? tokens[at].low : undefined;
}
