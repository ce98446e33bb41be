// text → claims. A pipeline over one Document: sentences and tokens, number phrases, figure detection,
// attribution, then refiners (breakdowns, scope, repeats). Pure and deterministic.
import type { Claim, EventClaim, Extraction, FigureClaim, ReportMeta, SourceRef, Span } from './types.js';
import { buildDocument, withoutQuotes, type Document } from './document.js';
import { findFigures, type FigureCandidate } from './figures.js';
import { attribute, kindOf, outletSource } from './attribution.js';
import { newsTitle, spelledOut } from './issuer.js';
import { otherScope } from './scope.js';
import { linkRepeats } from './repeats.js';
import { linkCodedTotals } from './coded-totals.js';
import { closesSentence, relaysSpeaker } from './local-sources.js';
import { enemySide, forceColleagues, officialSide, partyDetention, partyLabel, partyMen, partyMenTaken } from './sides.js';
import { victimsIn, type SingularVictim } from './singular-victims.js';
import { findEventsIfAvailable } from './events-bridge.js';

export const EXTRACTOR_VERSION = 'sitrep-extract/0.44.0';
export const EXTRACTOR_NAME = 'sitrep-extract';

export { splitSentences } from './sentences.js';

export function extract(text: string, meta?: ReportMeta): Extraction {
  return run(text, meta, false).extraction;
}

/**
 * extract() and the people the text names one at a time as killed or injured (singular-victims.ts), read from the
 * same Document: the coder's count per text (`sitrep extract --json`, the eval) needs both, and reading the text once
 * saves a second tokenisation.
 */
export function extractWithVictims(text: string, meta?: ReportMeta): { extraction: Extraction; victims: SingularVictim[] } {
  return run(text, meta, true);
}

function run(text: string, meta: ReportMeta | undefined, withVictims: boolean): { extraction: Extraction; victims: SingularVictim[] } {
  if (typeof text !== 'string') text = String(text ?? '');
  let stage: ReturnType<typeof figureStage>;
  try {
    stage = figureStage(text, meta);
  } catch {
    // The contract is that extract() never throws; property tests have found no input that gets here.
    stage = { claims: [], sentences: [], sourceAt: () => outletSource(meta) };
  }
  const { claims, sentences, sourceAt, tokens } = stage;
  const events: EventClaim[] = findEventsIfAvailable({ text: stage.text ?? text, sentences, meta: meta ?? {}, sourceAt, tokens });
  // (the events stage makes fresh claims with an empty id in first place: numbering them in place keeps the key
  // order a copy would have, without the copy)
  events.forEach((e, i) => {
    e.id = `e${i + 1}`;
    claims.push(e);
  });
  let victims: SingularVictim[] = [];
  try {
    const other = stage.other;
    if (withVictims && stage.plain && other) victims = victimsIn(stage.plain, stage.plain.sentences.map((_, si) => other(si)));
  } catch {
    // (as above: the count of single victims adds to the claims, it never takes them away)
  }
  return { extraction: { claims, extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION } }, victims };
}

/** Figure claims only (no events): the part of extract() this module owns, e.g. for benchmarks. */
export function extractFigures(text: string, meta?: ReportMeta): FigureClaim[] {
  return figureStage(typeof text === 'string' ? text : String(text ?? ''), meta).claims as FigureClaim[];
}

function figureStage(text: string, meta: ReportMeta | undefined): {
  claims: Claim[]; sentences: Span[]; sourceAt: (offset: number) => SourceRef; tokens?: Document['tokens'];
  /** The text as the stages read it (a hard-wrapped one unwrapped: same length and offsets). */
  text?: string;
  /** The document with quotations blanked, and its sentences about other incidents: what victimsIn reads. */
  plain?: Document;
  other?: (si: number) => boolean;
} {
  const doc: Document = buildDocument(text);
  const attribution = attribute(doc, meta);
  const other = otherScope(doc, meta);
  const plain = withoutQuotes(doc);
  const figures = findFigures(plain);
  // (ids first: a part may stand before its total, as table cells stand above their "Total" row)
  const ids = new Map<FigureCandidate, string>(figures.map((c, i) => [c, `f${i + 1}`]));
  const out: FigureClaim[] = [];
  for (const c of figures) {
    const id = ids.get(c)!;
    const at = plain.tokens[c.mention.t0].start;
    const unit = attribution.unitAt(at);
    // a figure about an earlier incident, with no speaker of its own, is the document's background (a
    // ministry's release gives it in the ministry's voice)
    const source = parentheticalSource(plain, c) ??
      (other(c.sent) && unit && !unit.own ? attribution.voice : attribution.sourceAt(at));
    out.push(toClaim(plain, c, id, source, other(c.sent), ids));
  }
  linkRepeats(plain, out, figures, meta);
  linkCodedTotals(out, figures);
  const sentences: Span[] = doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  // the events stage reads the same tokens rather than tokenising the text a second time
  return { claims: out, sentences, sourceAt: attribution.sourceAt, tokens: doc.tokens, text: doc.text, plain, other };
}

/** "Deaths 84 (Khorvan Red Crescent)": a source named in brackets right after the figure. */
function parentheticalSource(doc: Document, c: FigureCandidate): SourceRef | undefined {
  const { tokens } = doc;
  const t1 = doc.sentences[c.sent].t1;
  const open = Math.max(c.reach, c.g1, c.mention.t1);
  if (open >= t1 || tokens[open].low !== '(') return undefined;
  let close = open + 1;
  while (close < t1 && close < open + 9 && tokens[close].low !== ')') close++;
  if (close >= t1 || tokens[close].low !== ')' || close === open + 1) return undefined;
  const first = tokens[open + 1];
  if (first.kind === 'num' || first.text[0] === first.low[0]) return undefined; // "(up from 3)", "(male 98)"
  // "(Daily Trust; Vanguard)": the first source of a list; a newspaper's title is media
  // ("(Dawn, citing locals)": the one cited speaks through the first; the attribution stage's bracket reads both)
  for (let k = open + 2; k < close; k++) if (tokens[k].low === ',' && /^(citing|quoting)$/.test(tokens[k + 1].low)) return undefined;
  for (let k = open + 2; k < close; k++) if (tokens[k].low === ';' || tokens[k].low === ',') close = k;
  const kind = newsTitle(tokens, open + 1, close) ? 'media' : kindOf(tokens, open + 1, close).kind;
  if (!kind) return undefined;
  // ("The governor said 12 were killed and 30 injured (Dawn).": a paper closing a sentence that names its speaker
  // relays that speaker)
  if (kind === 'media' && closesSentence(tokens, close, t1) && relaysSpeaker(tokens, doc.sentences[c.sent].t0, open)) return undefined;
  // ("The Ministry of Defence said ... Fatalities: 7 (MoD)": an abbreviation the text spelled out before is that name)
  const full = close === open + 2 ? spelledOut(tokens, open + 1, close, open) : undefined;
  return {
    name: full ? doc.text.slice(tokens[full[0]].start, tokens[full[1] - 1].end) : doc.text.slice(first.start, tokens[close - 1].end), kind,
    span: { start: first.start, end: tokens[close - 1].end },
  };
}

function toClaim(doc: Document, c: FigureCandidate, id: string, source: SourceRef | undefined, otherScope: boolean,
  ids: Map<FigureCandidate, string>): FigureClaim {
  const { tokens } = doc;
  const m = c.mention;
  const start = tokens[m.t0].start;
  const end = tokens[Math.max(m.t1, c.g1) - 1].end;
  const src = source ?? outletSource(undefined);
  const claim: FigureClaim = {
    id,
    type: 'figure',
    measure: partyDetention(tokens, c, src, doc.sentences[c.sent].t0) ? 'held' : partyMenTaken(tokens, c, src) ? 'arrested' : c.measure!,
    // "twelve of our men were killed," said the battalion commander: an official's own side is the state's
    // (also when the official withholds their name: "said a police official on condition of anonymity")
    group: (c.ownSide && (c.group === 'attackers' || c.group === 'men') && officialSide(src)) || forceColleagues(tokens, c, src) ? 'security_forces' :
      partyMen(tokens, c, src) ? 'attackers' : enemySide(tokens, c, src) ?? partyLabel(c, src) ?? c.group,
    value: { low: m.low, high: m.high, hedge: m.hedge },
    source: { ...src },
    span: { start, end },
    sentence: { start: doc.sentences[c.sent].start, end: doc.sentences[c.sent].end },
    text: doc.text.slice(start, tokens[m.t1 - 1].end),
  };
  if (c.parts_of) {
    const pid = ids.get(c.parts_of);
    if (pid) claim.parts_of = pid;
  }
  if (m.increment) claim.increment = true;
  if (otherScope) claim.scope = 'other';
  if (c.quantifier) claim.quantifier = c.quantifier;
  return claim;
}
