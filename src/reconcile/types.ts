// The incident picture: what `sitrep show --json` prints and the API serves.
// Shapes follow PRODUCT.md ("Contracts that outside checks rely on"): add fields freely, rename nothing.
import type { Claim, FigureValue, Measure, SourceKind, Span } from '../extract/types.js';

/** One report as reconcile sees it: metadata plus its claims (text optional, used for syndication). */
export interface ReportInput {
  id: string;
  outlet?: string;
  published?: string;
  url?: string;
  title?: string;
  /** Id of the report this one is a near-identical copy of. */
  copyOf?: string;
  /** The report's id in the file it was imported from (`sitrep import`'s report.id). */
  externalId?: string;
  /** Arrival order; breaks ties between equal publish times. */
  seq?: number;
  /** Full text, when known: lets identical sentences in different outlets count as one piece of evidence. */
  text?: string;
}

export interface ReconcileInput {
  incident: string;
  reports: Array<{ report: ReportInput; claims: Claim[] }>;
  reviews?: ReviewAction[];
  /** The time the picture is stamped with; never read from the clock here (pure). */
  generatedAt?: string;
}

export type ReviewVerb = 'reject' | 'confirm' | 'override' | 'correct' | 'merge-sources' | 'split-source';

/**
 * A reviewer's decision, stored with who/when/why and shown in the picture.
 * - reject  target.claimId: the claim is kept but not used.
 * - confirm target.claimId: the claim counts as independently confirmed.
 * - override target.figure, payload {low?, best?, high?}: replaces the estimate's values.
 * - correct target.claimId, payload {value?, measure?, group?, source?}: fixes an extraction error.
 * - merge-sources target.source (the key kept), payload {into: key, from: [key…]}: one speaker.
 * - split-source target.source, payload {source: key, name}: that name is someone else.
 */
export interface ReviewAction {
  id: string;
  incident: string;
  target: { claimId?: string; figure?: { measure: string; group: string }; source?: string };
  action: ReviewVerb;
  payload?: Record<string, unknown>;
  who: string;
  why?: string;
  at: string;
  /** Undone actions are kept for the record and ignored. */
  undoneAt?: string;
}

/** How the picture treats a claim. */
export type ClaimStatus =
  | 'latest'      // this source's most recent value for the figure
  | 'superseded'  // the same source said something newer
  | 'rejected'    // a reviewer rejected it
  | 'copy'        // a syndicated copy of a claim in another report: not new evidence
  | 'repeat';     // the same report repeats its own figure (headline and body)

/**
 * The report as each claim shows it (PRODUCT.md: `report:{outlet,published}`). Its id is the claim's
 * `reportId`, said once: a 100 000-claim picture repeated the 64-character id twice per claim.
 */
export interface ClaimReportRef {
  outlet: string | null;
  published: string | null;
  url?: string;
  title?: string;
}

export interface ReportRef extends ClaimReportRef {
  id: string;
}

export interface PictureSourceRef {
  /** Display name of the resolved source (one per speaker, whatever the report called it). */
  name: string;
  kind: SourceKind;
  /** Stable key of the source in `sources`. */
  key: string;
  /** The name as the report gave it, when it differs from `name`. */
  as?: string;
  via?: string;
  org?: string;
}

export interface PictureClaim {
  id: string;
  reportId: string;
  value: FigureValue;
  source: PictureSourceRef;
  report: ClaimReportRef;
  span: Span;
  sentence?: Span;
  text?: string;
  status: ClaimStatus;
  /** Militant claims: true once an independent non-party source gives a compatible value (or a reviewer confirms). */
  confirmed?: boolean;
  /** Ids of the claims that confirm this one. */
  confirmedBy?: string[];
  /** For an increment ("another 50"): what it was added to and the resulting total. */
  increment?: { by: FigureValue; base: string | null; total: FigureValue };
  /** Id of the total this claim is a part of. */
  parts_of?: string;
  /** Id of the claim this is a syndicated copy of. */
  copyOf?: string;
  /** Id of the claim this repeats within its report. */
  repeat_of?: string;
  /** A source lowering its own cumulative figure: flagged, never hidden. */
  correction?: { from: string; previous: FigureValue; direction: 'down' };
  /** Reviewer decisions that touched this claim. */
  reviews?: Array<{ id: string; action: ReviewVerb; who: string; why?: string; at: string }>;
  /** Value before a reviewer's correction. */
  original?: { value?: FigureValue; measure?: string; group?: string; source?: { name: string; kind: string } };
  quantifier?: string;
}

export interface LatestEntry {
  source: string;
  kind: SourceKind;
  claimId: string;
  value: FigureValue;
  published: string | null;
  confirmed?: boolean;
}

export interface Estimate {
  low: number | null;
  best: number | null;
  high: number | null;
  /** The rule actually applied, in words. */
  rule: string;
  /** Claims the estimate was computed from. */
  used: string[];
  /** Present when a reviewer overrode a value. */
  override?: { low?: number | null; best?: number | null; high?: number | null; who: string; why?: string; at: string; reviewId: string };
}

export interface Conflict {
  kind: 'values_differ' | 'all_freed_vs_held';
  message: string;
  claims: string[];
}

/**
 * One step of a figure's history. Its time and value are those of the claim `claimId` names (its report's
 * `published`; its `increment.total`, else its `value`): a 100 000-claim picture does not repeat them. Only
 * the API's summary view, which leaves most claims out, puts them back.
 */
export interface HistoryEntry {
  source: string;
  claimId: string;
  change: 'first' | 'up' | 'down' | 'same' | 'increment';
}

export interface Figure {
  measure: Measure | string;
  group: string;
  /** The group this one nests in (passengers ⊂ people, children ⊂ their breakdown's total). */
  parent?: string;
  claims: PictureClaim[];
  latest: LatestEntry[];
  estimate: Estimate;
  conflicts: Conflict[];
  /** Each source's value changes in time order. */
  history?: HistoryEntry[];
}

export interface PictureEventClaim {
  id: string;
  reportId: string;
  source: PictureSourceRef;
  report: ClaimReportRef;
  span: Span;
  sentence?: Span;
  time?: { text: string; iso?: string };
  negated?: boolean;
  trigger?: string;
  copyOf?: string;
}

/** Event claims of the same type and actor, however many reports told them. */
export interface PictureEvent {
  event: string;
  actor?: string;
  target?: string;
  place?: string;
  time?: { text: string; iso?: string };
  negated?: boolean;
  /** Source display names that asserted it. */
  sources: string[];
  firstReported: string | null;
  lastReported: string | null;
  claims: PictureEventClaim[];
}

export interface PictureSource {
  key: string;
  name: string;
  kind: SourceKind;
  aliases: string[];
  org?: string;
  /** Number of claims (figures and events, copies not counted). */
  claims: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Outlets that relayed this source. */
  outlets: string[];
}

export interface Check {
  kind: 'breakdown' | 'nesting' | 'hostage_accounting' | 'toll_down' | 'unconfirmed_party_claim';
  ok: boolean;
  message: string;
  severity?: 'info' | 'warning' | 'error';
  figure?: { measure: string; group: string };
  claims?: string[];
}

/**
 * A figure entry names its claim (`claimId`) and leaves out the report, outlet and span that claim carries;
 * an event entry carries them (the API's summary view puts them back on figure entries too).
 */
export interface TimelineEntry {
  at: string | null;
  kind: 'event' | 'figure';
  summary: string;
  reportId?: string;
  outlet?: string | null;
  span?: Span;
  claimId?: string;
  figure?: { measure: string; group: string };
  event?: string;
}

export interface PictureReport extends ReportRef {
  copyOf?: string;
  /** The id an imported report had in its file: how a coded stream finds its reports in the picture. */
  externalId?: string;
  seq?: number;
  claims: number;
}

export interface Picture {
  incident: string;
  generatedAt?: string;
  figures: Figure[];
  events: PictureEvent[];
  sources: PictureSource[];
  checks: Check[];
  timeline: TimelineEntry[];
  reports: PictureReport[];
  /** Claims about other, earlier incidents mentioned for context (scope "other"): kept out of the figures. */
  otherScope?: number;
}
