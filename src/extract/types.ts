// The claims that extraction produces and everything downstream consumes.
// Shapes follow the contract in PRODUCT.md ("Contracts that outside checks rely on"):
// fields may be added, never renamed.

export type Measure =
  | 'killed' | 'injured' | 'held' | 'freed' | 'present' | 'missing'
  | 'arrested' | 'displaced' | 'affected' | 'other';

export const MEASURES: readonly Measure[] = [
  'killed', 'injured', 'held', 'freed', 'present', 'missing',
  'arrested', 'displaced', 'affected', 'other',
];

/** exact | about ("around 500") | at_least | at_most | range ("70 to 80") | vague ("dozens"). */
export type Hedge = 'exact' | 'about' | 'at_least' | 'at_most' | 'range' | 'vague';

export const HEDGES: readonly Hedge[] = ['exact', 'about', 'at_least', 'at_most', 'range', 'vague'];

export type SourceKind = 'official' | 'militant' | 'media' | 'witness' | 'unnamed';

export const SOURCE_KINDS: readonly SourceKind[] = ['official', 'militant', 'media', 'witness', 'unnamed'];

/** UTF-16 offsets into the report text as read (after decoding), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** low/high may be null: "at least 30" has no high. */
export interface FigureValue {
  low: number | null;
  high: number | null;
  hedge: Hedge;
}

/** Who asserts a claim inside a report; `via` is the channel that relayed it ("told News Arena India"). */
export interface SourceRef {
  name: string;
  kind: SourceKind;
  via?: string;
  /** The organisation the speaker speaks for, when known ("ISPR" for "DG ISPR"). */
  org?: string;
  /** Span of the attribution phrase in the text, when the source was named there. */
  span?: Span;
}

export interface FigureClaim {
  id: string;
  type: 'figure';
  measure: Measure;
  /** people, passengers, crew, civilians, security_forces, attackers, hostages, women, children, men, or another short noun. */
  group: string;
  value: FigureValue;
  source: SourceRef;
  /** Span of the number phrase (hedge + number + noun where they are contiguous). */
  span: Span;
  /** Span of the whole sentence the claim came from. */
  sentence?: Span;
  /** Id of the total this claim is a part of ("43 men" of "80 people"). */
  parts_of?: string;
  /** "50 more", "another 12": a change to an earlier figure, not a total. */
  increment?: boolean;
  /** "other": the figure is about a different (earlier) incident mentioned for context. */
  scope?: 'other';
  /** Id of an earlier claim in the same report this one repeats (headline then body). */
  repeat_of?: string;
  /** The number as written ("around 500", "dozens"). */
  text?: string;
  /** Claims coded elsewhere keep fields we do not know. */
  [extra: string]: unknown;
}

export type EventType =
  | 'attack' | 'hijacking' | 'hostage_taking' | 'explosion' | 'derailment' | 'gunfight'
  | 'release' | 'rescue' | 'operation' | 'threat' | 'demand' | 'denial' | 'responsibility'
  | 'crash' | 'collapse' | 'fire' | 'flood' | 'earthquake' | 'stampede' | 'sinking'
  | 'shooting' | 'siege' | 'arrest' | 'evacuation' | 'other';

export interface EventClaim {
  id: string;
  type: 'event';
  event: EventType | string;
  /** Who did it ("the BLA"), when said. */
  actor?: string;
  /** Whom or what it was done to ("the Jaffar Express"). */
  target?: string;
  place?: string;
  /** Time as written plus an ISO value resolved against the report's publish time when possible. */
  time?: { text: string; iso?: string };
  source: SourceRef;
  span: Span;
  sentence?: Span;
  /** "denied", "have yet to confirm": the event is asserted as not having happened. */
  negated?: boolean;
  /** The trigger word or phrase ("derailed", "hijacked"). */
  trigger?: string;
  [extra: string]: unknown;
}

export type Claim = FigureClaim | EventClaim;

/** What is known about a report besides its text; used as reference for times and the outlet's own voice. */
export interface ReportMeta {
  outlet?: string;
  /** ISO-8601 publish time. */
  published?: string;
  url?: string;
  title?: string;
}

export interface ExtractorInfo {
  name: string;
  version: string;
}

export interface Extraction {
  claims: Claim[];
  extractor: ExtractorInfo;
}
