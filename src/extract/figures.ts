// Figure detection: for each number phrase, the noun phrase it counts (group) and the word that says
// what happened to them (measure) — active ("killed 12 soldiers"), passive ("12 soldiers were killed"),
// nominal ("the death toll rose to 12"), or implied by the noun ("214 hostages"). Distractors (dates,
// times, money, vehicles, ages, ...) are rejected first. Look-back and look-ahead are bounded in tokens.
// The rules live in ./figures/, a module for each decision; this file runs them over a document's sentences.
import { takenByKidnappers } from './abduction-taken.js';
import { casesThere, illnessMeasure, noIllnessCases } from './disease-cases.js';
import type { Measure } from './types.js';
import type { Document, Token } from './document.js';
import { figureWords } from './figures/words.js';
import type { FigureCandidate } from './figures/candidate.js';
import { vehicleNear, thingLabel, thingsOnly, thingTally } from './figures/distractors.js';
import { accountsFor } from './figures/moves.js';
import { bracketedPlaces, colonPlaceList, gappedPlaces, headedRow, placeLabels, placeLineUnder } from './figures/labels.js';
import { incidentContexts, byIncident } from './figures/incident.js';
import { capturedAlive } from './figures/captives.js';
import { sameSentenceBefore, carryGroup, eitherMeasure, uncountedAt, uncountedGroup } from './figures/carry.js';
import { afterPartsAside, vehicleHadToo, movedTotal, sumsToTotal, theSameAgain, samePickAgain, bareTakesTotalGroup,
  moreVictimsThanDead, theRemaining, placeSplit, bracketSplit, diedAfter, restAfterFreed, diedThenInHospital,
  keep, appositionSum, alongWith } from './figures/refine.js';
import { sentenceMentions, sentenceFigures } from './figures/sentence.js';
import { namedAfter } from './figures/named-after.js';
import { includedItems } from './figures/included-items.js';

export type { FigureCandidate } from './figures/candidate.js';

/** A vehicle's staff, who are its crew ("48 persons on board, including the driver and two helpers"). */
const VEHICLE_STAFF = figureWords('vehicle-staff');

/** All figure candidates of a document, in text order; distractors and non-figures removed. */
export function findFigures(doc: Document): FigureCandidate[] {
  const all: FigureCandidate[] = [];
  const contexts = incidentContexts(doc);
  const seen = new Set<Measure>(); // measures of the figures so far, for updates ("last 24 hours: 7 deaths")
  let uncounted: number[] | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    // figures of the two sentences before, for breakdowns and "of them" (bounded look-back)
    let r = all.length;
    while (r > 0 && all[r - 1].sent >= si - 2) r--;
    // (a sentence with no number phrase and no zero or "all" word has no figure, and every rule below acts on the
    // sentence's figures only: most of the cost of a sentence is skipped)
    const mentions = sentenceMentions(doc.tokens, doc.sentences[si].t0, doc.sentences[si].t1);
    if (mentions.length === 0) continue;
    // (one copy of the look-back per sentence, which the rules below only read)
    const recent = all.slice(r);
    const found = sentenceFigures(doc, si, mentions, recent, seen, { all, end: r });
    found.forEach((c, i) => capturedAlive(doc, c, i > 0 ? found[i - 1] : undefined));
    // (a part follows its total when the incident changes the total's measure: "217 prisoners had escaped, among them
    // 41 men awaiting trial" → both other)
    const before = found.map((c) => c.measure);
    for (const c of found) byIncident(doc, c, contexts);
    found.forEach((c, i) => movedTotal(doc.tokens, c, found, i));
    found.forEach((c, i) => vehicleHadToo(doc.tokens, c, i > 0 ? found[i - 1] : undefined));
    found.forEach((c, i) => {
      const total = c.parts_of;
      const at = total ? found.indexOf(total) : -1;
      if (at >= 0 && total!.measure !== before[at] && c.measure === before[at] && c.measure === before[i]) c.measure = total!.measure;
    });
    // a vehicle's staff are its crew (guide: "staff" → staff, except a vehicle's staff → crew)
    // (and so are its helpers and conductors: "48 persons on board, including the driver and two helpers")
    for (const c of found) if (VEHICLE_STAFF.has(c.group) && vehicleNear(doc, si)) c.group = 'crew';
    found.forEach((c, i) => carryGroup(doc.tokens, c, recent, i === 0, sameSentenceBefore(found, i)));
    for (const c of found) namedAfter(doc.tokens, c, doc.sentences[si].t1);
    includedItems(doc, si, found, all);
    for (let i = 1; i < found.length; i++) restAfterFreed(found[i - 1], found[i]);
    for (let i = 1; i < found.length; i++) diedThenInHospital(doc.tokens, found[i - 1], found[i]);
    for (const c of found) eitherMeasure(doc.tokens, c, doc.sentences[si].t1);
    if (uncounted === undefined) uncounted = uncountedAt(doc);
    if (uncounted.length > 0) for (const c of found) uncountedGroup(doc, c, uncounted);
    diedAfter(doc, si, found);
    for (const c of found) theSameAgain(doc, c, all);
    theRemaining(doc, found);
    for (const c of found) moreVictimsThanDead(doc, c, all.slice(Math.max(0, all.length - 40)));
    for (const c of found) bareTakesTotalGroup(doc.tokens, c);
    for (const c of found) accountsFor(doc.tokens, c, doc.sentences[si].t0);
    for (let i = 1; i < found.length; i++) samePickAgain(doc.tokens, found[i - 1], found[i]);
    placeSplit(doc, found);
    bracketSplit(doc, found);
    headedRow(doc, si, found, all);
    colonPlaceList(doc, si, found);
    placeLabels(doc, found);
    placeLineUnder(doc, si, found, recent);
    bracketedPlaces(doc, si, found);
    gappedPlaces(doc, si, found);
    sumsToTotal(found, recent);
    appositionSum(doc.tokens, found);
    alongWith(doc.tokens, found);
    afterPartsAside(doc.tokens, found, doc.sentences[si].t0);
    for (const c of found) c.measure = illnessMeasure(doc, c.g1, doc.sentences[si].t1, c.measure, c.mention.t0) ??
      casesThere(doc, c.mention.t0, c.mention.t1, c.g1, c.measure) ??
      takenByKidnappers(doc, Math.max(c.g1, c.mention.t1), doc.sentences[si].t1, c.measure) ?? c.measure;
    // ("23 persons, among them nine children, were taken by the insurgents": a part takes the measure its total got late)
    for (const c of found) if (!c.measure && !c.drop && c.parts_of?.measure && c.how === 'part') c.measure = c.parts_of.measure;
    const kept = found.filter((c) => keep(c) && !bareShare(doc.tokens, c) && !thingsOnly(doc.tokens, c) && !thingLabel(doc.tokens, c, doc.sentences[si].t0) &&
      !thingTally(doc.tokens, c, doc.sentences[si].t0) &&
      !noIllnessCases(doc, c.g0, c.g1));
    for (const c of kept) if (c.measure) seen.add(c.measure);
    all.push(...kept);
  }
  return all;
}

/** "Some of the bodies had been burned", "many of them women and children", "most of the injured": an unsized share
 * of people counted before says what happened to part of them, no count of its own (on the development set and the
 * blind sets these were false alarms far more often than figures; "many others were wounded" stays). */
const SHARE_WORDS = new Set(['some', 'many', 'most']);
function bareShare(tokens: Token[], c: FigureCandidate): boolean {
  const { n0, n1, hedge } = c.mention;
  if (hedge !== 'vague' || n1 - n0 !== 1 || !SHARE_WORDS.has(tokens[n0].low)) return false;
  // ("There were about 20 of them, some very young, in uniform": an aside on who the count before were)
  return tokens[n1]?.low === 'of' || (n0 > 0 && tokens[n0 - 1].low === ',' && DEGREE_WORDS.has(tokens[n1]?.low ?? ''));
}
/** Degree words that open an adjective ("some very young", "many barely teenagers"). */
const DEGREE_WORDS = new Set(['very', 'quite', 'barely', 'too', 'so', 'as']);
