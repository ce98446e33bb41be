// The shapes passed between the figure modules (a figure candidate, the noun phrase a number counts)
// and the small steps on a candidate that many rules take: where its words end, giving it a measure,
// making it a part of a total. Imports no figure module, so every module can share it without a cycle.
import type { Measure } from '../types.js';
import type { NumberMention } from '../numbers.js';
import type { MeasureSlot } from '../lexicon/index.js';

export interface FigureCandidate {
  sent: number;
  mention: NumberMention;
  /** Token range of the counted noun phrase, when found. */
  g0: number;
  g1: number;
  group: string;
  /** Group noun is in the lexicon (not just a plural noun we met). */
  knownGroup: boolean;
  /** The group came from the list item before ("7 soldiers killed, 4 wounded"): a list may carry it on. */
  carried?: boolean;
  measure?: Measure;
  how?: MeasureSlot | 'coord' | 'part';
  /** Conditional ("would be executed"): not a claim. */
  modal?: boolean;
  quantifier?: 'all';
  /** Token index just past everything that belongs to this figure (noun and post cue). */
  reach: number;
  /** "male 98": the label naming the group stands before the number; the part starts there. */
  lead?: number;
  parts_of?: FigureCandidate;
  drop?: boolean;
  /** "twelve of our men": the speaker's own side — attackers in a militant's mouth, troops in an officer's. */
  ownSide?: boolean;
  /** Picked out of the dead, injured or victims ("Among the dead were 4 children"): never a total itself. */
  subset?: boolean;
  /** A coder's own total ("Fatalities coded as 15", "Fatalities: 6"): linked to the figures it sums or repeats;
   * 'sum' only to figures it sums ("… were killed, bringing the death toll to eight"). */
  coded?: true | 'sum';
  /** The measure came from a relative clause after the noun ("3 men who were held there"). */
  rel?: boolean;
  /** "14 others, two of whom later died": a subset with a measure of its own takes the group of this figure. */
  groupOf?: FigureCandidate;
  /** A dropped definite count ("the bodies of the five slain rebels") and the figure it points back at. */
  pointsBack?: FigureCandidate;
}

export interface GroupHit {
  g0: number;
  g1: number;
  group: string;
  known: boolean;
  implied?: Measure;
  preMeasure?: Measure;
  /** "of them", "of those": counts part of a group named before. */
  anaphor?: boolean;
  /** "of the dead": the measure is certain. */
  nominal?: boolean;
  /** "27 of the 41 passengers": the noun is counted by a whole of its own. */
  whole?: boolean;
  /** "two of our men": the speaker's own side. */
  own?: boolean;
}

/** The token right after a count's words: past its noun, or past the number when no noun follows it. */
export function pastCount(c: FigureCandidate): number {
  return Math.max(c.g1, c.mention.t1);
}

/** Gives `c` the measure of a cue found by slot `how`, its figure reaching at least to `end` (past the cue). */
export function giveMeasure(c: FigureCandidate, measure: Measure, how: MeasureSlot, end: number): void {
  c.measure = measure;
  c.how = how;
  c.reach = Math.max(c.reach, end);
}

/** Makes `c` a part of `total`, with the total's measure ("five of them" under "12 were killed"). */
export function makePart(c: FigureCandidate, total: FigureCandidate): void {
  c.parts_of = total;
  c.measure = total.measure;
  c.how = 'part';
}

/** Makes `c` a part of `total` with the total's measure and group too (a bare count in a breakdown). */
export function makeGroupPart(c: FigureCandidate, total: FigureCandidate): void {
  c.parts_of = total;
  c.measure = total.measure;
  c.group = total.group;
  c.how = 'part';
}
