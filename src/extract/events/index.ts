// Event and statement claims: triggers from lexicon/events.txt, then per trigger its actor, target,
// place, time, negation and mood, read off a bounded window of tokens inside its sentence (word classes
// in lexicon/events-grammar.txt). A definite mention ("the attack") of something already reported joins
// that event instead of creating a new one; the same event type twice in one sentence is one event;
// hypothetical mentions ("if troops attempt a rescue") are dropped; background ones get scope "other".
// Security forces storming is coded as an operation and their freeing of people as a rescue.
import type { EventClaim, ReportMeta, SourceRef, Span } from '../types.js';
import { tokenize, type Token } from '../document.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { eventLexicon, wordClasses } from './lexicon.js';
import { clauseOf, npBackward, npForward, npStarts, placeIn, placeLike, isVerbish, isCap, isStopWord, type Chunk } from './arguments.js';
import { timeNear, timeTokens, type EventTime, type TimeCache } from './time.js';
import { chooseType, roleType } from './typing.js';
import { WordSet } from '../word-sets.js';

export interface EventContext {
  text: string;
  sentences: Span[];
  meta: ReportMeta;
  sourceAt: (offset: number) => SourceRef;
  /** The text's tokens when the caller already has them (saves a second tokenisation). */
  tokens?: Token[];
}

export { findTriggers } from './triggers.js';

/** Words scanned before a trigger for negation and mood. */
const NEG_WINDOW = 4;
/** Words after a trigger in which its place may appear. */
const PLACE_WINDOW = 15;

const G = wordClasses();
const endsEd = (low: string): boolean => low.length > 4 && low.endsWith('ed');

function hasWord(tokens: Token[], c: Chunk): boolean {
  for (let k = c.t0; k < c.t1; k++) if (tokens[k].kind === 'word') return true;
  return false;
}

function slice(text: string, tokens: Token[], c: Chunk): string {
  return text.slice(tokens[c.t0].start, tokens[c.t1 - 1].end);
}

/** A verb form opens the trigger ("hijacked", "took", "opened fire"), not a noun ("the hijacking"). */
function isVerbal(t: Token): boolean {
  return endsEd(t.low) || G.verb.has(t.low) || G.reporting.has(t.low) || G.aux.has(t.low);
}

/** What stands before a trigger noun: a determiner, a possessive "X's", over at most 3 modifiers. */
function determinerOf(tokens: Token[], at: number, floor: number): { det?: string; possessive?: number } {
  let mods = 0;
  for (let k = at - 1; k >= floor && mods <= 3; k--) {
    const t = tokens[k];
    if (t.low === "'s") return { possessive: k };
    if (G.det.has(t.low)) return { det: t.low };
    if (t.text === '-' && !t.space) continue;
    if (t.kind !== 'word' || G.prep.has(t.low) || G.aux.has(t.low) || G.be.has(t.low) ||
      G.boundary.has(t.low) || G.verb.has(t.low) || G.reporting.has(t.low) || G.pronoun.has(t.low)) return {};
    // A plural before the trigger is a subject ("the gunmen attack"), not a modifier.
    if (t.low.endsWith('s') && !t.low.endsWith('ss') && !isCap(t)) return {};
    if (endsEd(t.low) && !G.adjective.has(t.low)) return {};
    mods++;
  }
  return {};
}

function isNegated(tokens: Token[], at: number, floor: number): boolean {
  for (let k = at - 1, n = 0; k >= floor && n < NEG_WINDOW + 2; k--, n++) {
    const low = tokens[k].low;
    // Negation does not reach across a conjunction or comma ("would not surrender and demanded").
    if (low === 'and' || low === 'but' || low === 'or' || low === ',' || low === ';') return false;
    if (G.negation.has(low) || low.endsWith("n't")) return true;
    // "officials have yet to confirm the hijacking"
    if (low === 'yet' && tokens[k + 1]?.low === 'to' && /^(confirm|verify|acknowledge)/.test(tokens[k + 2]?.low ?? '')) return true;
  }
  return false;
}

/** "The army said (on Wednesday) that it had ended …": "it" is the subject of the reporting verb. */
function reporter(text: string, tokens: Token[], pronoun: number, t0: number, t1: number): string | undefined {
  for (let k = pronoun - 1, n = 0; k >= t0 && n < 12; k--, n++) {
    if (!G.reporting.has(tokens[k].low)) continue;
    const clause = clauseOf(tokens, k, t0, t1, true);
    const subject = clause.start < k ? npForward(tokens, clause.start, k) : undefined;
    if (!subject || G.pronoun.has(tokens[subject.t0].low)) return undefined;
    return slice(text, tokens, subject);
  }
  return undefined;
}

/** "The ministry denied (reports) that soldiers had been captured": negation of the whole that-clause. */
function deniedThat(tokens: Token[], clause: { start: number; opener?: string }, floor: number): boolean {
  if (clause.opener !== 'that') return false;
  for (let k = clause.start - 2, n = 0; k >= floor && n < 3; k--, n++) {
    const low = tokens[k].low;
    if (G.negation.has(low) || low.endsWith("n't")) return true;
  }
  return false;
}

/** Hypothetical or planned: "if forces attempt a rescue", "any operation", "would be released", "sent to rescue". */
function isHypothetical(tokens: Token[], m: TriggerMatch, floor: number, opener: string | undefined, det: string | undefined, verbal: boolean): boolean {
  if (opener === 'if' || opener === 'unless' || opener === 'whether') return true;
  if (det === 'any') return true;
  let k = m.t0 - 1;
  while (k >= floor && (G.adverb.has(tokens[k].low) || G.det.has(tokens[k].low))) k--;
  if (k < floor) return false;
  const prev = tokens[k].low;
  if (prev === 'to' && k - 1 >= floor && !G.realto.has(tokens[k - 1].low) && (verbal || !endsEd(tokens[m.t0].low))) {
    // "to rescue" is a purpose; "to the rescue" (det before the trigger) is not a verb.
    if (!det) return true;
  }
  for (let j = k, n = 0; j >= floor && n < 3; j--, n++) {
    const low = tokens[j].low;
    // A modal right before the trigger, or before "be" ("will be released"), makes it a prospect.
    if (G.modal.has(low)) {
      if (n === 0 || (n === 1 && G.be.has(tokens[j + 1].low))) return true;
      continue;
    }
    if (G.hypothetical.has(low)) return true;
  }
  return false;
}

/** "by X" right after the trigger, or after "was carried out" for a trigger noun. */
function byAgent(tokens: Token[], from: number, next: number): Chunk | undefined {
  const end = Math.min(next, from + 6);
  for (let j = from; j < end; j++) {
    const low = tokens[j].low;
    if (low === 'by') return npForward(tokens, j + 1, next);
    if (tokens[j].kind === 'punct' || G.boundary.has(low)) return undefined;
  }
  return undefined;
}

/** "warned that all hostages would be executed": the noun phrase before "would be" inside the trigger. */
function threatened(tokens: Token[], m: TriggerMatch): Chunk | undefined {
  for (let k = m.t0; k < m.t1; k++) {
    if (tokens[k].low !== 'that') continue;
    const np = npForward(tokens, k + 1, m.t1);
    if (np && np.t1 + 1 < m.t1 && G.aux.has(tokens[np.t1].low) && G.be.has(tokens[np.t1 + 1].low)) return np;
    return undefined;
  }
  return undefined;
}

/** A chunk that is only a date ("on Tuesday") is not a target. */
function isTimeChunk(tokens: Token[], c: Chunk): boolean {
  for (let k = c.t0; k < c.t1; k++) {
    const t = tokens[k];
    if (t.kind === 'num' || G.det.has(t.low) || G.timeword.has(t.low)) continue;
    return false;
  }
  return true;
}

/** Index of the first background cue ("comes shortly after", "recently") in the sentence, or -1. */
/** The first words of the background phrases, asked of every token of a sentence with a trigger (word-sets.ts). */
let backgroundFirsts: WordSet | undefined;
function backgroundAt(tokens: Token[], t0: number, t1: number): number {
  const bg = eventLexicon().background;
  backgroundFirsts ??= new WordSet(new Set(bg.keys()));
  for (let k = t0; k < t1; k++) {
    if (!backgroundFirsts.hasToken(tokens[k])) continue;
    const list = bg.get(tokens[k].low);
    if (!list) continue;
    outer: for (const seq of list) {
      if (k + seq.length > t1) continue;
      for (let j = 1; j < seq.length; j++) if (tokens[k + j].low !== seq[j]) continue outer;
      return k;
    }
  }
  return -1;
}

/** Token indices of years before the publish year ("in 2018", "a 2017 bombing") in [t0, t1). */
function pastYears(tokens: Token[], t0: number, t1: number, pubYear: number | undefined): number[] {
  const out: number[] = [];
  if (pubYear === undefined) return out;
  for (let k = t0; k < t1; k++) {
    const v = tokens[k].value;
    if (tokens[k].kind === 'num' && v !== undefined && Number.isInteger(v) && v >= 1900 && v < pubYear &&
      tokens[k].end - tokens[k].start === 4) out.push(k);
  }
  return out;
}

/** Words after a trigger in which a past year still dates it ("the bombing at the same market in 2021"). */
const YEAR_AFTER = 8;

/**
 * A past year before the trigger dates it ("In 2018, a similar accident …", "since a 2017 bombing"), and so
 * does one shortly after it; but not one that only measures it ("the deadliest attack since 2017", "the
 * worst crash on the road since 1991" are today's events).
 */
function pastYearOf(tokens: Token[], years: number[], m: TriggerMatch): boolean {
  for (const y of years) {
    if (y < m.t0) return true;
    if (y >= m.t1 + YEAR_AFTER) break;
    if (y < m.t1) continue;
    let measured = false;
    for (let k = m.t1; k < y && !measured; k++) {
      const low = tokens[k].low;
      measured = low === 'since' || low === 'than' || tokens[k].kind === 'punct';
    }
    if (!measured) return true;
  }
  return false;
}

function fill(into: EventClaim, from: Partial<EventClaim>): void {
  if (!into.actor && from.actor) into.actor = from.actor;
  if (!into.target && from.target) into.target = from.target;
  if (!into.place && from.place) into.place = from.place;
  if (!into.time && from.time) into.time = from.time;
}

function safeSource(ctx: EventContext, offset: number): SourceRef {
  try {
    const s = ctx.sourceAt(offset);
    if (s && typeof s.name === 'string') return s;
  } catch {
    // A broken attribution callback must not lose the events; fall back to the outlet's voice.
  }
  return { name: ctx.meta?.outlet ?? 'outlet', kind: 'media' };
}

/** Sentences sorted, clamped to the text and non-overlapping; the whole text when none are given. */
function cleanSentences(text: string, sentences: Span[] | undefined): Span[] {
  const list = (sentences ?? []).filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end));
  if (list.length === 0) return text.length > 0 ? [{ start: 0, end: text.length }] : [];
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) ordered = list[i - 1].start <= list[i].start;
  const sorted = ordered ? list : [...list].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let prevEnd = 0;
  for (const s of sorted) {
    const start = Math.max(prevEnd, Math.min(text.length, Math.max(0, s.start)));
    const end = Math.min(text.length, Math.max(start, s.end));
    if (end > start) {
      out.push({ start, end });
      prevEnd = end;
    }
  }
  return out;
}

/**
 * Event and statement claims in text order, ids e1, e2, … Pure, deterministic, linear in the text,
 * never throws (a failure inside returns no events rather than losing the caller's figures).
 */
export function findEvents(ctx: EventContext): EventClaim[] {
  try {
    return scanEvents(ctx);
  } catch {
    return [];
  }
}

/** findEvents without the guard: tests call it so that a bug shows as a throw, not as silence. */
export function scanEvents(ctx: EventContext): EventClaim[] {
  const text = typeof ctx.text === 'string' ? ctx.text : '';
  const tokens = ctx.tokens ?? tokenize(text);
  const sentences = cleanSentences(text, ctx.sentences);
  const published = typeof ctx.meta?.published === 'string' ? ctx.meta.published : undefined;
  const pubDate = published ? new Date(published) : undefined;
  const pubYear = pubDate && !Number.isNaN(pubDate.getTime()) ? pubDate.getUTCFullYear() : undefined;

  const out: EventClaim[] = [];
  const timeCache: TimeCache = new Map();
  const lastByType = new Map<string, EventClaim>();
  let lastViolent: EventClaim | undefined;
  let lastCaptive: EventClaim | undefined;
  let lastActor: string | undefined;
  const violent = G.violent;
  const statement = G.statement;

  let t = 0;
  for (const sp of sentences) {
    while (t < tokens.length && tokens[t].end <= sp.start) t++;
    const t0 = t;
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1].start < sp.end) t1++;
    t = t1;
    if (t1 === t0) continue;
    const matches = findTriggers(tokens, t0, t1);
    if (matches.length === 0) continue;

    const bgAt = backgroundAt(tokens, t0, t1);
    const years = pastYears(tokens, t0, t1, pubYear);
    const sentence: Span = { start: sp.start, end: sp.end };
    const inSentence = new Map<string, EventClaim>();
    const anchors = timeTokens(tokens, t0, t1);

    for (let mi = 0; mi < matches.length; mi++) {
      const m = matches[mi];
      const next = mi + 1 < matches.length ? matches[mi + 1].t0 : t1;
      const prevEnd = mi > 0 ? matches[mi - 1].t1 : t0;
      const first = tokens[m.t0];
      // "managed to rescue": a base form after "to" is a verb too.
      // ", freeing 38 passengers": a participle after a comma shares the subject of the clause before.
      // "marched through the capital demanding …": an -ing form without a determiner is a participle.
      // "storm the hotel": a trigger that ends in a determiner is a verb before its object.
      const verbal = isVerbal(first) || (m.t1 - m.t0 > 1 && G.det.has(tokens[m.t1 - 1].low)) || (m.t0 > t0 && tokens[m.t0 - 1].low === 'to') ||
        (first.low.endsWith('ing') && m.t0 > t0 && !G.det.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 1].low !== "'s" &&
          !G.prep.has(tokens[m.t0 - 1].low) && tokens[m.t0 - 1].kind === 'word' || (m.t0 > t0 && tokens[m.t0 - 1].text === ',' && first.low.endsWith('ing')));
      const { det, possessive } = verbal ? {} : determinerOf(tokens, m.t0, t0);
      // "at time of collapse" (note style, articles dropped) points back like "at the time of the collapse".
      const framed = !verbal && det === undefined && m.t0 - 2 >= t0 && tokens[m.t0 - 1].low === 'of' &&
        G.refword.has(tokens[m.t0 - 2].low);
      // "The remaining victims continue to be searched": the determiner is the victims', not the event's.
      const anaphoric = framed || (!verbal && !G.participant.has(first.low) &&
        (G.definite.has(first.low) || (det !== undefined && G.definite.has(det))));
      const clause = clauseOf(tokens, m.t0, t0, t1, verbal);
      const floor = Math.max(t0, clause.start - 1);

      if (!statement.has(m.type) && isHypothetical(tokens, m, Math.max(t0, clause.start), clause.opener, det, verbal)) continue;

      // Passive: "was hijacked by militants", "had been rescued".
      let k = m.t0 - 1;
      while (k >= t0 && G.adverb.has(tokens[k].low)) k--;
      // "will be executed": the trigger itself carries the passive.
      const passive = (verbal && k >= t0 && G.be.has(tokens[k].low)) ||
        (m.t1 - m.t0 > 2 && G.aux.has(first.low) && G.be.has(tokens[m.t0 + 1].low));

      let subject: Chunk | undefined = clause.start < m.t0 ? npForward(tokens, clause.start, m.t0, true) : undefined;
      // "…, a police spokesman said, ending a standoff": a speaker is not the doer of what follows.
      if (subject && subject.t1 < t1 && G.reporting.has(tokens[subject.t1].low) && subject.t1 < m.t0) subject = undefined;
      const subjectOrAntecedent = subject ?? (clause.start >= m.t0 - 1 ? clause.antecedent : undefined);
      let actor: Chunk | undefined;
      let target: Chunk | undefined;
      let whereAfter: Chunk | undefined;
      // "a hijacked bus", "from hijacked Jaffar Express": a participle after a determiner or a
      // preposition modifies the noun that follows.
      const adjectival = verbal && !passive && m.t0 > t0 && endsEd(first.low) &&
        (G.det.has(tokens[m.t0 - 1].low) || G.prep.has(tokens[m.t0 - 1].low)) && npStarts(tokens, m.t1, next);
      if (adjectival) {
        target = npForward(tokens, m.t1, next);
      } else if (passive) {
        actor = byAgent(tokens, m.t1, next);
        target = subjectOrAntecedent;
      } else {
        if (possessive !== undefined) {
          const owner = npBackward(tokens, possessive, t0);
          if (owner && !G.notplace.has(tokens[owner.t1 - 1].low)) actor = owner;
        }
        if (!actor && subjectOrAntecedent) {
          // For a trigger noun the subject acts on it only through a verb in between
          // ("the army dispatched a relief train"), not as its modifier ("the deadly attack").
          const s = subjectOrAntecedent;
          let ok = verbal;
          if (!ok) {
            // The trigger must be the object of a verb after the subject ("ended the standoff"); not
            // behind a preposition ("the number killed in the collapse"), a reporting verb (the subject
            // is then the speaker) or a passive ("one passenger was killed in the crossfire").
            let j = m.t0 - 1;
            while (j >= s.t1 && (G.det.has(tokens[j].low) || (tokens[j].text === '-' && !tokens[j].space) ||
              (tokens[j].kind !== 'punct' && !isStopWord(tokens[j]) && !isVerbish(tokens[j])))) j--;
            if (j >= s.t1) {
              const low = tokens[j].low;
              const speech = G.reporting.has(low) && (low === 'said' || low === 'says' || low === 'told' ||
                tokens[j + 1]?.text === ',' || tokens[j + 1]?.low === 'that');
              ok = !speech && (isVerbish(tokens[j]) || G.verb.has(low));
              for (let k = s.t1; k < j && ok; k++) if (G.be.has(tokens[k].low)) ok = false;
            }
          }
          // ... and not across another trigger ("police arrested suspects over the bombing").
          if (ok && s.t1 <= m.t0 && (verbal || s.t0 >= prevEnd)) actor = s;
        }
        if (!actor && !verbal) actor = byAgent(tokens, m.t1, next);
        // Object: "derailed the train", "opened fire on the train", "an attack on a convoy".
        // "storm a base": a trigger that ends in a determiner shares it with its object.
        let j = m.t1 - m.t0 > 1 && G.det.has(tokens[m.t1 - 1].low) ? m.t1 - 1 : m.t1;
        while (j < next && G.adverb.has(tokens[j].low)) j++;
        // A noun takes its target through a preposition ("an attack on"); a verb directly ("derailed the
        // train"), except "opened fire on" ("capsized on the lake" names a place, not a target).
        const viaPrep = !verbal || tokens[m.t1 - 1].low === 'fire';
        if (j < next && G.targetprep.has(tokens[j].low)) j = viaPrep ? j + 1 : -1;
        else if (!verbal) j = -1;
        // "denied that …" takes a clause, not an object.
        if (j >= 0 && j < next && tokens[j].low !== 'that') {
          const obj = npForward(tokens, j, next, true);
          // "plunged into a gorge": after a trigger ending in a preposition comes where, not whom.
          if (obj && !isTimeChunk(tokens, obj)) {
            // "an earthquake struck eastern Afghanistan" names where; "floods swept away homes" what.
            if (G.prep.has(tokens[m.t1 - 1].low) || (G.placeonly.has(m.type) && placeLike(tokens, obj, t0))) whereAfter = obj;
            else target = obj;
          }
        }
      }

      // "captured" without an object: "3 others captured" names who was captured.
      const capture = m.type === 'arrest' && first.low.startsWith('captur');
      // "354 rescued", "all hostages freed" (headlines): a bare participle without an object is passive.
      const patient = G.patient.has(m.type) && endsEd(first.low) && m.t1 - m.t0 === 1;
      // "the tanker exploded": what explodes without an object is what the explosion happened to; a bomber
      // who "blew himself up" stays its actor.
      let reflexive = false;
      for (let k = m.t0; k < m.t1 && !reflexive; k++) reflexive = G.reflexive.has(tokens[k].low);
      const undergoes = G.undergoer.has(m.type) || (m.type === 'explosion' && !reflexive);
      if (verbal && !passive && !target && actor && (undergoes || capture || patient) && actor.t1 <= m.t0) {
        target = actor;
        actor = undefined;
      }
      // People are captured; towns, trains and named things ("capturing the Jaffar Express") are not arrests.
      if (capture) {
        if (!target) continue;
        let people = true;
        for (let k = target.t0; k < target.t1 && people; k++) {
          const t = tokens[k];
          people = !((isCap(t) && k > t0) || G.placenoun.has(t.low) || G.nonpeople.has(t.low));
        }
        if (!people) continue;
      }

      // "The report was released on Monday": not people, so not a release.
      if ((m.type === 'release' || m.type === 'rescue') && target && G.nonpeople.has(tokens[target.t1 - 1].low)) continue;

      // Threat: "warned that all hostages would be executed" — the hostages are its target.
      if (m.type === 'threat' && !target) target = threatened(tokens, m);
      // "seized scores of pupils", "took 214 hostages": the people taken are inside the trigger.
      if (m.type === 'hostage_taking' && !target && verbal && m.t1 - m.t0 > 1) {
        const inner = npStarts(tokens, m.t0 + 1, m.t1) ? npForward(tokens, m.t0 + 1, m.t1) : undefined;
        if (inner && inner.t1 === m.t1) target = inner;
      }

      const chosen = chooseType({ tokens, choices: m.choices, t0: m.t0, t1: m.t1, sentenceStart: t0,
        actor, target, earlier: out });
      if (chosen === undefined) continue;

      // An actor is someone: not a bare number ("11:05" split off by the sentence splitter), not "no one".
      if (actor && (!hasWord(tokens, actor) || G.nobody.has(tokens[actor.t0].low))) actor = undefined;
      let actorText = actor ? slice(text, tokens, actor) : undefined;
      if (actor && actor.t1 - actor.t0 === 1 && G.pronoun.has(tokens[actor.t0].low)) {
        actorText = reporter(text, tokens, actor.t0, t0, t1) ?? lastActor;
      }
      let targetText = target ? slice(text, tokens, target) : undefined;
      if (target && target.t1 - target.t0 === 1 && G.pronoun.has(tokens[target.t0].low)) targetText = undefined;

      // Place after the trigger (up to the next trigger), else before it in its clause, or a
      // sentence-opening "In Balochistan, …" (not "Sources in Islamabad said …").
      let place = (G.placeonly.has(m.type) ? whereAfter : undefined) ??
        placeIn(tokens, m.t1, Math.min(next, m.t1 + PLACE_WINDOW), t0, next) ?? whereAfter;
      if (!place) place = placeIn(tokens, Math.max(prevEnd, clause.start, m.t0 - PLACE_WINDOW), m.t0, t0);
      if (!place && prevEnd === t0 && G.placeprep.has(tokens[t0].low)) place = placeIn(tokens, t0, m.t0, t0);
      // A statement has no place of its own: "claimed the attack in a statement on its news agency".
      if (statement.has(chosen)) place = undefined;
      let placeText = place ? slice(text, tokens, place) : undefined;
      if (placeText !== undefined && placeText === targetText) placeText = undefined;

      const source = safeSource(ctx, first.start);
      // "police had arrested four suspects in a raid": a raid's doer may be the subject across a trigger.
      const doer = actor ?? (first.low.startsWith('raid') ? subjectOrAntecedent : undefined);
      const type = roleType({ tokens, type: chosen, actor: doer, adjectival, lastWord: tokens[m.t1 - 1].low,
        sourceKind: source.kind, earlier: out });
      if (!actorText && doer && type === 'operation') actorText = slice(text, tokens, doer);

      const other = (bgAt >= 0 && bgAt < m.t0) || pastYearOf(tokens, years, m);
      // A mention that joins an event reported before, or one of its sentence that already has a time, adds no
      // time: the date parser (the stage's costliest step) is not asked for one.
      const antecedent = anaphoric ? lastByType.get(type) ?? (violent.has(type) ? lastViolent ?? lastCaptive : undefined) : undefined;
      const joins = antecedent !== undefined && antecedent.scope === (other ? 'other' : undefined);
      const same = inSentence.get(type);
      const time: EventTime | undefined = anchors.length > 0 && !joins && !same?.time
        ? timeNear(text, tokens, anchors, m.t0, m.t1, t0, t1, published, timeCache)
        : undefined;

      const start = first.start;
      const end = tokens[m.t1 - 1].end;
      const claim: EventClaim = {
        id: '',
        type: 'event',
        event: type,
        source,
        span: { start, end },
        sentence,
        negated: type !== 'refusal' && (isNegated(tokens, m.t0, floor) || deniedThat(tokens, clause, t0)),
        trigger: text.slice(start, end),
      };
      if (actorText) claim.actor = actorText;
      if (targetText) claim.target = targetText;
      if (placeText) claim.place = placeText;
      if (time) claim.time = time;
      if (other) claim.scope = 'other';

      if (actorText && !(actor && G.pronoun.has(tokens[actor.t0].low))) lastActor = actorText;
      // A statement's actor is its speaker: "they warned …", "… will be executed," the group said.
      if (statement.has(type) && (!actor || G.pronoun.has(tokens[actor.t0].low)) && claim.source.kind !== 'media') {
        claim.actor = claim.source.name;
      }

      if (joins) {
        // Only what the mention says about itself: "the attack was carried out by X", "the attack on X".
        fill(antecedent, { actor: actor && actor.t0 >= m.t1 ? actorText : undefined, target: targetText, place: placeText });
        continue;
      }
      if (same) {
        fill(same, claim);
        continue;
      }
      inSentence.set(type, claim);
      lastByType.set(type, claim);
      // "The attack targeted the Jaffar Express" after a hijacking and a hostage-taking is the hijacking:
      // a kidnapping is "the attack" only when nothing more violent was reported.
      if (type === 'hostage_taking') lastCaptive = claim;
      else if (violent.has(type)) lastViolent = claim;
      out.push(claim);
    }
  }
  for (let i = 0; i < out.length; i++) out[i].id = `e${i + 1}`;
  return out;
}
