// The picture of one incident as state that can take one more report without starting over.
//
// Why: an incident with 100 000 claims must take a new report in well under 100 ms, also when the report
// was published before most of the incident's (ingested hours after it appeared). The costly work is per
// figure (history, confirmation, estimate, conflicts, timeline entries, per-figure checks), so the state
// keeps each figure's result and recomputes only the figures a change reaches:
// - figures the new report's claims belong to. Reports hold positions that never move (a late report
//   takes the middle of the gap between its neighbours), so nothing else is renumbered. When the claims
//   are later than every claim the figure holds (the usual case) its history walk resumes where it
//   stopped; when a late report puts them between held ones, only the claims of their own sources after
//   that point are walked again (other sources' steps do not read them), and the other sources' history
//   and timeline entries are kept. Then what depends on each source's latest value (confirmation,
//   estimate, conflicts) is computed again;
// - figures holding claims whose source identity changed (a new alias joined two names, a kind or
//   display name flipped by a vote) or whose copy status changed (syndication): recomputed in full;
// - every held figure when a freed or held figure changed ("all hostages freed" reaches across).
// Source resolution keeps its tally of mentions and only tallies new ones, reading them by position so
// that a late report's mentions count as if they had come in publish order. Syndication links the new
// claims and re-links only the sentences where a late claim is now the first. Per-source statistics and
// the merged timeline are updated from the earliest change on; the lists of parts and events grow with
// appended reports and are made again when a late report adds to them. A change of a source's identity
// (or positions that can no longer be halved) falls back to recomputing those parts in full.
// Review actions are fixed for the life of the state (a new review means a new state). Pictures
// returned earlier share arrays with later ones: read the latest. `reconcileIncident` is the same
// state fed everything at once, so the incremental picture equals a full recompute by construction,
// and test/reconcile/cache.test.ts and late.test.ts check that it does, whatever order reports come in.
import type { Claim, EventClaim, FigureClaim, FigureValue, SourceKind } from '../extract/types.js';
import { MEASURES } from '../extract/types.js';
import { breakdownChecks, figureKeyOf, hostageAccounting, nestingChecks, partyClaimChecks, tollDownChecks } from './checks.js';
import { addToEvents, eventTimeline, extendFigureTimeline, figureEntry, firstAtOrAfter, mergeByHeap, mergeStamped, mergeTwo, stampCompare, StampedList, type WorkEvent } from './events.js';
import { buildHistory, byTime, figureFromWalk, startWalk, walkStep, type HistoryWalk, type WorkClaim } from './figures.js';
import type { HistoryEntry } from './types.js';
import { parentGroup, PEOPLE_PARTS } from './groups.js';
import { normName, resolveSources, sourceDecision, type SourceDecision, type SourceIdentity, type SourceMention, type SourceTally } from './sources.js';
import { formatValue, pointValue } from './values.js';
import type {
  Check, ClaimReportRef, Figure, Picture, PictureClaim, PictureEvent, PictureEventClaim, PictureReport, PictureSource, PictureSourceRef,
  ReconcileInput, ReportInput, ReportRef, ReviewAction,
} from './types.js';

const GROUP_ORDER = ['people', 'passengers', 'crew', 'hostages', 'civilians', 'security_forces', 'attackers', 'men', 'women', 'children'];
const HELD_GROUPS = new Set(['hostages', 'passengers', 'people', 'crew', 'civilians', 'security_forces']);
const NONE: ReviewAction[] = [];
const NO_REFS: NonNullable<PictureClaim['reviews']> = [];

function time(published: string | undefined): number {
  if (!published) return Infinity;
  const t = Date.parse(published);
  return Number.isNaN(t) ? Infinity : t;
}

/** Picture ids are unique across reports: claim ids from extraction are only unique within one. */
export function pictureClaimId(reportId: string, claimId: string): string {
  return `${reportId.length > 12 ? reportId.slice(0, 12) : reportId}:${claimId}`;
}

/** The report as each claim shows it: enough to read the claim; the rest (id: `reportId`) is in `picture.reports`. */
function claimReportRef(r: ReportInput): ClaimReportRef {
  return { outlet: r.outlet ?? null, published: r.published ?? null };
}

function fullReportRef(r: ReportInput): ReportRef {
  const ref: ReportRef = { id: r.id, outlet: r.outlet ?? null, published: r.published ?? null };
  if (r.url) ref.url = r.url;
  if (r.title) ref.title = r.title;
  return ref;
}

const valueKey = (v: FigureValue) => `${v.low}|${v.high}|${v.hedge}`;

function sigOf(it: Item): string {
  const c = it.claim;
  return it.sig ??= c.type === 'figure' ? `f|${c.measure}|${c.group}|${valueKey(c.value)}` : `e|${c.event}|${c.negated ? 1 : 0}`;
}

/** A report in the state: its place in publish order and its claims as the picture reads them. */
interface Entry {
  report: ReportInput;
  claims: Claim[];
  /** Publish time (ms, unknown = Infinity), then seq, then id: the sort key. */
  t: number;
  seq: number;
  /**
   * Position in publish order: ½, 1½, 2½… as reports are appended; a late arrival takes the middle of
   * the gap between its neighbours, so that no other report moves (all are numbered again only when a
   * gap can no longer be halved). Never a whole number: V8 keeps a numeric field, or an array, in the
   * representation its first values have, and a first fractional position would turn the whole-number
   * positions copied into 100 000 claims and timeline entries into boxed doubles at once, deoptimising
   * the functions that read them (measured: 49 deoptimisations in the first late report, 14 without).
   */
  idx: number;
  ref: ClaimReportRef;
  items: Item[];
  /** Nesting checks of this report, kept until its claims or the groups' parents change. */
  nesting: Check[] | null;
  /** The report as `picture.reports` lists it. */
  listed?: PictureReport;
}

/** A claim in the state; it is also the mention of its source that source resolution reads. */
interface Item extends SourceMention {
  entry: Entry;
  claim: Claim;
  /** The claim as given, before a reviewer's correction. */
  input: Claim;
  order: number;
  id: string;
  reviews: ReviewAction[];
  rejected: boolean;
  confirmed: boolean;
  original?: PictureClaim['original'];
  /** The claim's identity without its source (made on first use: only syndication reads it), and its sentence (lower case). */
  sig?: string;
  sentence: string | null;
  sourceKey: string;
  copyOf?: string;
  work?: WorkClaim;
  event?: WorkEvent;
}

/** A working claim that knows its report. */
interface StateWork extends WorkClaim { entry: Entry }

interface FigureState {
  key: string;
  measure: string;
  group: string;
  /** The figure as its timeline entries name it: one object, so that an entry tells its figure. */
  ref: { measure: string; group: string };
  works: WorkClaim[];
  figure: Figure | null;
  checks: Check[];
  timeline: StampedList;
  /** Claims added since the last computation, and whether any existing claim was replaced or moved. */
  pending: WorkClaim[];
  rebuild: boolean;
  /** Resumable state: the history walk, breakdown votes, corrections, timeline's last shown values. */
  walk: HistoryWalk | null;
  votes: Map<string, number>;
  evidence: number;
  corrections: WorkClaim[];
  tollChecks: Check[];
  seen: Map<string, string>;
  /** History entries already on the timeline; the first timeline entry the last computation changed. */
  timelineFrom?: number;
  lineFrom?: number;
}

export class IncidentState {
  private readonly entries: Entry[] = [];
  private readonly entryById = new Map<string, Entry>();
  /** Items by picture claim id, made on first need (a breakdown's part looking up its total). */
  private itemIndex: Map<string, Item> | null = null;
  private itemCount = 0;
  private readonly figures = new Map<string, FigureState>();
  private readonly dirty = new Set<string>();
  private readonly dirtyEntries = new Set<Entry>();
  private readonly reviews: ReviewAction[];
  private readonly claimReviews = new Map<string, ReviewAction[]>();
  private readonly figureOverrides = new Map<string, ReviewAction[]>();
  private readonly sourceDecisions: SourceDecision[] = [];
  private readonly rawIdCount = new Map<string, number>();
  /** First claim per (claim identity, sentence), for syndication by identical sentences. */
  private bySignature = new Map<string, Map<string, Item>>();
  private sources = new Map<string, SourceIdentity>();
  private identitySig = new Map<string, string>();
  private parents = new Map<string, string | undefined>();
  private otherScope = 0;
  private needsFullCopies = false;
  /** Reports added since the last computation that sort before a report held already. */
  private late = new Set<Entry>();
  private picture: Picture | null = null;
  /** Figure entries of the timeline, merged; extended in place while figures only gain later claims. */
  private figureLine = new StampedList();
  private lineFresh = true;
  /** Figures whose timeline changed from `lineFrom` on in this computation. */
  private lineChanged: FigureState[] = [];
  private stats: Map<string, SourceStat> | null = null;
  /** Figures recomputed from scratch in this computation (their increments' totals may have moved). */
  private recomputed: FigureState[] = [];
  private renumbered = true;
  /** The items in report order, as the mentions source resolution reads. */
  private mentions: Item[] = [];
  private eventGroups: Map<string, PictureEvent> | null = null;
  private tally: SourceTally | undefined;
  private mentionsValid = false;
  private partWorks: WorkClaim[] = [];
  private eventWorks: WorkEvent[] = [];
  /** By source key: the ref its claims share when they name it as shown, with no channel (checked on use). */
  private plainRefs = new Map<string, PictureSourceRef>();
  /** Figure keys by measure and group, made once: a key made per claim costs a string and its hash. */
  private figureKeys = new Map<string, Map<string, string>>();

  constructor(readonly incident: string, reviews: ReviewAction[] = []) {
    // Undone actions are ignored; oldest first so the newest decision wins.
    this.reviews = reviews.filter((r) => !r.undoneAt)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const r of this.reviews) {
      if (r.target.claimId) push(this.claimReviews, r.target.claimId, r);
      else if (r.target.figure && r.action === 'override') push(this.figureOverrides, `${r.target.figure.measure}/${r.target.figure.group}`, r);
      else { const d = sourceDecision(r); if (d) this.sourceDecisions.push(d); }
    }
  }

  get claimCount(): number {
    return this.itemCount;
  }

  get reportCount(): number {
    return this.entries.length;
  }

  /** Highest arrival number seen (the store's seq), or -1. */
  get maxSeq(): number {
    let m = -1;
    for (const e of this.entries) if (Number.isFinite(e.seq) && e.seq > m) m = e.seq;
    return m;
  }

  has(reportId: string): boolean {
    return this.entryById.has(reportId);
  }

  /** Adds reports (already known ids are ignored); the picture is brought up to date by `compute`. */
  add(reports: ReconcileInput['reports']): void {
    const seen = new Set<string>();
    const fresh = reports.filter((r) => {
      if (this.entryById.has(r.report.id) || seen.has(r.report.id)) return false;
      seen.add(r.report.id);
      return true;
    });
    if (!fresh.length) return;
    // A claim review names a bare claim id only while that id is unique in the incident.
    if (this.claimReviews.size) {
      for (const r of fresh) for (const c of r.claims) {
        if (!c) continue;
        const n = (this.rawIdCount.get(c.id) ?? 0) + 1;
        this.rawIdCount.set(c.id, n);
        if (n === 2 && this.claimReviews.has(c.id) && this.entries.length) this.needsFullCopies = true;
      }
    }
    const made = fresh.map((r) => this.entryOf(r.report, r.claims));
    made.sort(compareEntries);
    const last = this.entries.at(-1);
    const appended = !last || compareEntries(last, made[0]) < 0;
    let renumber = false;
    if (appended) {
      const base = last ? Math.floor(last.idx) + 1.5 : 0.5;
      made.forEach((e, i) => { e.idx = base + i; });
      this.entries.push(...made);
    } else {
      // A late arrival takes a position between its neighbours: nothing after it moves.
      for (const e of made) {
        const at = this.insertionPoint(e);
        this.entries.splice(at, 0, e);
        const before = this.entries[at - 1];
        const after = this.entries[at + 1];
        e.idx = !before ? after.idx - 1 : !after ? Math.floor(before.idx) + 1.5 : (before.idx + after.idx) / 2;
        if (before && after && !(before.idx < e.idx && e.idx < after.idx)) renumber = true;
        this.late.add(e);
      }
    }
    for (const e of made) {
      this.entryById.set(e.report.id, e);
      this.prepare(e);
      this.dirtyEntries.add(e);
      // Source resolution reads mentions by position: a late report's go after the others'.
      if (this.mentionsValid) for (const it of e.items) this.mentions.push(it);
    }
    // Halving a gap ran out of precision: number every report again, and redo all that reads positions.
    if (renumber) {
      this.entries.forEach((e, i) => { e.idx = i + 0.5; for (const it of e.items) it.reportIndex = e.idx; });
      this.mentionsValid = false;
      this.needsFullCopies = true;
      this.renumbered = true;
      for (const f of this.figures.values()) { this.dirty.add(f.key); f.rebuild = true; }
    }
    if (this.needsFullCopies && this.claimReviews.size) {
      // Reviews by bare id may have changed target: prepare everything again.
      this.figures.clear();
      this.otherScope = 0;
      this.mentionsValid = false;
      for (const e of this.entries) { this.prepare(e); this.dirtyEntries.add(e); }
    }
    this.picture = null;
  }

  /** Where a report goes among the entries (binary search on the sort key). */
  private insertionPoint(e: Entry): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareEntries(this.entries[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private entryOf(report: ReportInput, claims: Claim[]): Entry {
    const ref = claimReportRef(report);
    // The position is given by `add` (NaN until then keeps the field a double, see `idx`).
    return { report, claims, t: time(report.published), seq: report.seq ?? Infinity, idx: NaN, ref, items: [], nesting: null, listed: undefined };
  }

  /** Claims with reviewer corrections applied (originals kept), ready to resolve. */
  private prepare(e: Entry): void {
    if (this.itemIndex) for (const it of e.items) this.itemIndex.delete(it.id);
    this.itemCount -= e.items.length;
    e.items = [];
    e.nesting = null;
    const r = e.report;
    const prefix = pictureClaimId(r.id, '');
    e.claims.forEach((c0, k) => {
      if (!c0 || (c0.type !== 'figure' && c0.type !== 'event')) return;
      // Imported claims may lack what extraction always gives; a figure without a value says nothing.
      if (c0.type === 'figure' && (!c0.value || typeof c0.value !== 'object')) return;
      if (c0.type === 'figure' && c0.scope === 'other') { this.otherScope++; return; }
      // Joined, not added: `prefix + id` is a V8 cons string (two pieces and a pointer), which every
      // map lookup and every JSON.stringify of the id (claims, history, timeline, checks) reads through.
      const id = [prefix, c0.id].join('');
      const rs = this.claimReviews.size === 0 ? NONE : [
        ...(this.claimReviews.get(id) ?? []),
        ...(this.rawIdCount.get(c0.id) === 1 ? this.claimReviews.get(c0.id) ?? [] : []),
      ];
      let claim: Claim = c0;
      let original: PictureClaim['original'];
      let rejected = false;
      let confirmed = false;
      for (const rv of rs) {
        if (rv.action === 'reject') rejected = true;
        else if (rv.action === 'confirm') confirmed = true;
        else if (rv.action === 'correct' && claim.type === 'figure') {
          const p = rv.payload ?? {};
          const fixed: FigureClaim = { ...claim };
          original = original ?? {};
          if (p.value && typeof p.value === 'object') { original.value ??= claim.value; fixed.value = p.value as FigureValue; }
          if (typeof p.measure === 'string') { original.measure ??= claim.measure; fixed.measure = p.measure as FigureClaim['measure']; }
          if (typeof p.group === 'string') { original.group ??= claim.group; fixed.group = p.group; }
          if (p.source && typeof p.source === 'object') {
            original.source ??= { name: claim.source.name, kind: claim.source.kind };
            fixed.source = { ...claim.source, ...(p.source as object) };
          }
          claim = fixed;
        }
      }
      // Position in the report: span start, then input order (hand-coded claims often have no spans).
      const order = (typeof c0.span?.start === 'number' ? c0.span.start : 0) * 65536 + k;
      if (!claim.span) claim = { ...claim, span: { start: 0, end: 0 } };
      const s = claim.source ?? { name: '', kind: 'media' as SourceKind };
      const it: Item = {
        uid: id, reportIndex: e.idx, at: k, name: s.name, kind: s.kind, org: s.org ? s.org : undefined, outlet: r.outlet ? r.outlet : undefined, raw: undefined,
        entry: e, claim, input: c0, order, id, reviews: rs, rejected, confirmed, original, sig: undefined,
        copyOf: undefined, work: undefined, event: undefined,
        sentence: sentenceOf(r.text, claim), sourceKey: '',
      };
      e.items.push(it);
      this.itemIndex?.set(id, it);
      this.itemCount++;
    });
  }

  /** Brings the picture up to date and returns it. */
  compute(generatedAt?: string): Picture {
    if (this.picture) return withStamp(this.picture, generatedAt);
    // 1. Sources, over every mention (named ones cost a map lookup each after the first).
    // Mentions in the order they came, kept between computations (the resolver reads their positions);
    // the resolver's tally of them too, so that it only tallies the new ones.
    if (!this.mentionsValid) {
      this.mentions = [];
      this.tally = undefined;
      // Indexed loops here and below: this long function runs once per picture, often before it is
      // optimised, and a for…of step then costs an iterator result object (100 000 of them).
      for (let i = 0; i < this.entries.length; i++) {
        const e = this.entries[i];
        for (let j = 0; j < e.items.length; j++) { const it = e.items[j]; it.reportIndex = e.idx; this.mentions.push(it); }
      }
      this.mentionsValid = true;
    }
    const { sources, keys, tally, changed } = resolveSources(this.mentions, this.tally, this.sourceDecisions);
    this.tally = tally;
    const changedKeys = new Set<string>();
    const sigs = new Map<string, string>();
    let identityMoved = false;
    for (const [key, id] of sources) {
      const s = `${id.name}\u0000${id.kind}\u0000${id.org ?? ''}\u0000${id.tags.includes('military') ? 1 : 0}`;
      sigs.set(key, s);
      if (this.identitySig.get(key) !== s) { changedKeys.add(key); if (this.identitySig.has(key)) identityMoved = true; }
    }
    for (const key of this.identitySig.keys()) if (!sigs.has(key)) { changedKeys.add(key); identityMoved = true; }
    this.identitySig = sigs;
    this.sources = sources;
    let sourcesMoved = false;
    const recheck = (i: number) => {
      const it = this.mentions[i];
      const key = keys[i];
      if (key !== it.sourceKey || changedKeys.has(key)) {
        if (it.sourceKey !== '') sourcesMoved = true;
        it.sourceKey = key;
        this.dirtyEntries.add(it.entry);
      }
    };
    // A source that changed name, kind or organisation reaches every claim it made.
    if (changed === null || identityMoved) for (let i = 0; i < keys.length; i++) recheck(i);
    else for (const i of changed) recheck(i);
    // 2. Syndication. New reports link their own claims, and re-link what they change: the claims
    // of the sentences where a late report's claim is now the first, and reports that name a new one
    // as their original. A speaker that changed identity re-links the whole incident.
    const fresh = [...this.dirtyEntries];
    let copiesMoved = false;
    if (this.needsFullCopies || sourcesMoved) {
      this.bySignature = new Map();
      for (let i = 0; i < this.entries.length; i++) { const items = this.entries[i].items; for (let j = 0; j < items.length; j++) this.linkCopy(items[j], true); }
    } else {
      copiesMoved = this.linkNew(fresh);
    }
    // Per-source statistics grow with new reports (each source's first and last report compared by
    // position); the lists of parts and events grow with appended ones. Anything else rebuilds them.
    const grown = this.needsFullCopies || sourcesMoved || copiesMoved || this.stats === null ? null : fresh;
    this.needsFullCopies = false;
    // 3. Rebuild the working claims of changed reports; their figures become dirty.
    const actorKeys = actorIndex(sources);
    for (const e of this.dirtyEntries) this.buildWorks(e, actorKeys);
    this.dirtyEntries.clear();
    // Events name their actor by a source's key; a source's names can change with any report.
    let actorsMoved = false;
    for (const w of this.eventWorks) {
      const k = actorKeyOf(w.actor, actorKeys);
      if (k !== w.actorKey) { w.actorKey = k; actorsMoved = true; }
    }

    // 4. Figures: the dirty ones again from their claims.
    let heldReach = false;
    for (const k of this.dirty) {
      const f = this.figures.get(k);
      if (f && (f.measure === 'freed' || f.measure === 'held')) heldReach = true;
    }
    if (heldReach) for (const f of this.figures.values()) if (f.measure === 'held') this.dirty.add(f.key);
    const parentsChanged: string[] = [];
    for (const k of this.dirty) {
      const f = this.figures.get(k)!;
      if (!f.works.length) { this.figures.delete(k); this.lineFresh = true; if (this.parents.has(k)) { this.parents.delete(k); parentsChanged.push(k); } continue; }
      this.computeFigure(f);
      if (this.parents.get(k) !== f.figure!.parent || !this.parents.has(k)) { this.parents.set(k, f.figure!.parent); parentsChanged.push(k); }
    }
    // "All hostages freed" against counts still held, after every figure is current.
    const freed = heldReach ? [...this.figures.values()].filter((f) => f.measure === 'freed') : [];
    const allFreed: WorkClaim[] = [];
    for (const ff of freed) {
      if (!HELD_GROUPS.has(ff.group)) continue;
      for (const w of ff.works) if (w.pc.quantifier === 'all' && !w.rejected && !w.pc.copyOf) allFreed.push(w);
    }
    allFreed.sort(byTime);
    for (const k of this.dirty) {
      const f = this.figures.get(k);
      if (!f || f.measure !== 'held') continue;
      allFreedConflicts(allFreed, f);
      if (!this.figureOverrides.has(`${f.measure}/${f.group}`)) heldAfterAllFreed(freed, f);
    }
    // Nesting compares claims of one report against the groups' parents and effective values.
    const parentMap = new Map<string, string | undefined>();
    for (const f of this.figures.values()) parentMap.set(f.key, f.figure!.parent);
    if (parentsChanged.length) for (const e of this.entries) e.nesting = null;
    else for (const f of this.recomputed) for (let i = 0; i < f.works.length; i++) if (f.works[i].claim.increment) this.entryAt(f.works[i]).nesting = null;
    this.recomputed = [];
    this.dirty.clear();

    // 5. Assemble.
    const mi = (m: string) => { const i = (MEASURES as readonly string[]).indexOf(m); return i < 0 ? 99 : i; };
    const gi = (g: string) => { const i = GROUP_ORDER.indexOf(g); return i < 0 ? 99 : i; };
    const states = [...this.figures.values()].sort((a, b) => mi(a.measure) - mi(b.measure) || gi(a.group) - gi(b.group) || (a.group < b.group ? -1 : 1));
    const figures = states.map((f) => f.figure!);
    // A late report with parts or events puts them between held ones: those lists are made again.
    let lateLists = false;
    for (const e of this.late) for (const it of e.items) if (it.event || (it.work && (it.work.pc.parts_of || it.work.partsTotal))) lateLists = true;
    this.late.clear();
    const listsGrown = lateLists ? null : grown;
    if (!listsGrown) { this.partWorks = []; this.eventWorks = []; }
    const partsFrom = listsGrown ?? this.entries;
    for (let i = 0; i < partsFrom.length; i++) {
      const items = partsFrom[i].items;
      for (let j = 0; j < items.length; j++) {
        const it = items[j];
        if (it.work && (it.work.pc.parts_of || it.work.partsTotal)) this.partWorks.push(it.work);
        if (it.event) this.eventWorks.push(it.event);
      }
    }
    const partWorks = this.partWorks;
    const eventWorks = this.eventWorks;
    if (this.renumbered) for (const w of eventWorks) w.reportIndex = this.entryById.get(w.pc.reportId)!.idx;
    this.renumbered = false;
    const nesting: Check[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (!e.nesting) {
        const works: WorkClaim[] = [];
        for (let j = 0; j < e.items.length; j++) { const w = e.items[j].work; if (w) works.push(w); }
        e.nesting = nestingChecks(parentMap, works);
      }
      for (let j = 0; j < e.nesting.length; j++) nesting.push(e.nesting[j]);
    }
    const checks: Check[] = [
      ...breakdownChecks(partWorks),
      ...nesting,
      ...hostageAccounting(figures),
      ...states.flatMap((f) => f.checks.filter((c) => c.kind === 'toll_down')),
      ...states.flatMap((f) => f.checks.filter((c) => c.kind !== 'toll_down')),
    ];
    // Event groups grow with appended reports while no actor changed name; else they are regrouped.
    if (!listsGrown || actorsMoved || !this.eventGroups) {
      this.eventGroups = new Map();
      addToEvents(this.eventGroups, eventWorks);
    } else {
      addToEvents(this.eventGroups, listsGrown.flatMap((e) => e.items.flatMap((it) => (it.event ? [it.event] : []))));
    }
    const pictureEvents = [...this.eventGroups.values()];
    this.mergeFigureLine(states);
    const timeline = mergeTwo(eventTimeline(pictureEvents, (id) => this.entryById.get(id)?.idx ?? 0), this.figureLine);
    const picture: Picture = {
      incident: this.incident,
      figures,
      events: pictureEvents,
      sources: this.sourceList(grown),
      checks,
      timeline,
      reports: this.entries.map((e) => {
        if (e.listed) return e.listed;
        const pr: PictureReport = { ...fullReportRef(e.report), claims: e.claims.length };
        if (e.report.copyOf) pr.copyOf = e.report.copyOf;
        if (e.report.externalId) pr.externalId = e.report.externalId;
        if (e.report.seq !== undefined) pr.seq = e.report.seq;
        e.listed = pr;
        return pr;
      }),
    };
    if (this.otherScope) picture.otherScope = this.otherScope;
    this.picture = picture;
    return withStamp(picture, generatedAt);
  }

  /**
   * The figures' timelines merged into one. Figures that only changed from some entry on (appended
   * claims, a walk resumed at a late report) leave every entry earlier than the earliest change where
   * it is. From there on, the entries of the other figures stay in the order they have, and the
   * changed figures' entries are merged in (on equal times, in the order of the figures).
   */
  private mergeFigureLine(states: FigureState[]): void {
    const changed = this.lineChanged;
    this.lineChanged = [];
    const line = this.figureLine;
    if (this.lineFresh) {
      this.figureLine = mergeStamped(states.map((f) => f.timeline));
      this.lineFresh = false;
      return;
    }
    let first: { list: StampedList; i: number } | null = null;
    for (const f of changed) {
      const i = f.lineFrom ?? f.timeline.length;
      if (i < f.timeline.length && (!first || stampCompare(f.timeline, i, first.list, first.i) < 0)) first = { list: f.timeline, i };
    }
    if (!first) return;
    const at = first;
    const moved = new Set<object>(changed.map((f) => f.ref));
    const rank = new Map<object | undefined, number>(states.map((f, i) => [f.ref, i]));
    // A few thousand entries of a few figures: a heap merge, stable in the order of the figures.
    const fresh = mergeByHeap(states.filter((f) => moved.has(f.ref)).map((f) => f.timeline.slice(firstAtOrAfter(f.timeline, at.list, at.i))));
    const cut = firstAtOrAfter(line, at.list, at.i);
    // Written over in place (the old entries from the cut on read from a copy): no array shrinks and grows again.
    const old = line.slice(cut);
    const kept = old.entries;
    let k = cut;
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < kept.length && moved.has(kept[i].figure!)) i++;
      if (i >= kept.length || j >= fresh.length) break;
      const c = stampCompare(old, i, fresh, j) || rank.get(kept[i].figure)! - rank.get(fresh.entries[j].figure)!;
      if (c <= 0) line.put(k++, old, i++);
      else line.put(k++, fresh, j++);
    }
    for (; i < kept.length; i++) if (!moved.has(kept[i].figure!)) line.put(k++, old, i);
    for (; j < fresh.length; j++) line.put(k++, fresh, j);
    line.truncate(k);
  }

  private entryAt(w: WorkClaim): Entry {
    return (w as StateWork).entry;
  }

  /**
   * Links the claims of new reports, in publish order. A late report's claim that comes before the
   * first claim of its sentence and identity takes that place: every claim of that sentence is linked
   * again, in order. So are the reports that name a new report as their original (a copy can arrive
   * first). True when a claim held before changed its copy status.
   */
  private linkNew(fresh: Entry[]): boolean {
    fresh.sort(compareEntries);
    const redo = new Set<string>();
    const copies = new Set<Entry>();
    const ids = new Set(fresh.map((e) => e.report.id));
    for (const e of this.entries) if (e.report.copyOf !== undefined && ids.has(e.report.copyOf) && !this.dirtyEntries.has(e)) copies.add(e);
    for (const e of copies) for (const it of e.items) if (it.sentence) redo.add(it.sentence);
    for (const e of fresh) {
      for (const it of e.items) {
        if (it.sentence && !redo.has(it.sentence)) {
          const bySig = this.bySignature.get(it.sentence);
          const first = bySig?.get(sigOf(it));
          if (first && compareEntries(first.entry, e) > 0) redo.add(it.sentence);
        }
        if (!it.sentence || !redo.has(it.sentence)) this.linkCopy(it, false);
      }
    }
    if (!redo.size && !copies.size) return false;
    const held = new Set(this.dirtyEntries);
    for (const sentence of redo) this.bySignature.delete(sentence);
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i];
      const all = copies.has(e);
      for (let j = 0; j < e.items.length; j++) {
        const it = e.items[j];
        if (all || (it.sentence !== null && redo.has(it.sentence))) this.linkCopy(it, true);
      }
    }
    for (const e of this.dirtyEntries) if (!held.has(e)) return true;
    return false;
  }

  /** Copy of a claim in the report this one copies, or the same sentence first seen in another outlet. */
  private linkCopy(it: Item, full: boolean): void {
    const before = it.copyOf;
    it.copyOf = undefined;
    const r = it.entry.report;
    const orig = r.copyOf !== undefined ? this.entryById.get(r.copyOf) : undefined;
    let done = false;
    if (orig && orig !== it.entry) {
      const ownVoice = (x: Item, outlet: string | undefined) => x.claim.source?.kind === 'media'
        && (!x.claim.source.name || normName(x.claim.source.name) === normName(outlet ?? '') || x.claim.source.name === 'outlet');
      const sig = sigOf(it);
      const match = orig.items.find((o) => sigOf(o) === sig
        && (o.sourceKey === it.sourceKey || (ownVoice(o, orig.report.outlet) && ownVoice(it, r.outlet))));
      if (match) { it.copyOf = match.id; done = true; }
    }
    if (!done && it.sentence) {
      let bySig = this.bySignature.get(it.sentence);
      if (!bySig) { bySig = new Map(); this.bySignature.set(it.sentence, bySig); }
      const sig = sigOf(it);
      const first = bySig.get(sig);
      if (first && first !== it && first.entry !== it.entry && first.entry.report.outlet !== r.outlet) it.copyOf = first.id;
      else if (!first) bySig.set(sig, it);
    }
    if (!full) return;
    if (before !== it.copyOf) this.dirtyEntries.add(it.entry);
  }

  /** The working claims of one report, from its items, sources and copy links. */
  private buildWorks(e: Entry, actorKeys: Map<string, string>): void {
    // Claim ids within the report, for the links between its claims (most reports have none).
    let local: Map<string, string> | null = null;
    for (const it of e.items) {
      const c = it.claim;
      if (c.type === 'figure' && (c.parts_of || c.repeat_of)) { local = new Map(); break; }
    }
    if (local) for (const it of e.items) local.set(it.input.id, it.id);
    const works: WorkClaim[] = [];
    let linked = false;
    const r = e.report;
    const published = r.published ?? null;
    for (const it of e.items) {
      const c = it.claim;
      const src = this.sourceRef(it);
      const reviewRefs = it.reviews.length === 0 ? NO_REFS : it.reviews.map((rv) => {
        const x: NonNullable<PictureClaim['reviews']>[number] = { id: rv.id, action: rv.action, who: rv.who, at: rv.at };
        if (rv.why) x.why = rv.why;
        return x;
      });
      if (c.type === 'figure') {
        // Two fixed shapes (absent fields undefined, which JSON leaves out): V8 keeps 100 000 of them
        // fast only when they share a few hidden classes. Most claims have no links, copy, quantifier
        // or review: the lean shape leaves those six out, which JSON.stringify would otherwise look at
        // and skip for every claim (~15 % of the claims' JSON time). The fields the walk sets later
        // are in both, last, so the key order (and the JSON) is the same either way. In a report with
        // links every claim takes the full shape: a repeat's target gains `repeat_of` below.
        const quantifier = typeof c.quantifier === 'string' ? c.quantifier : undefined;
        const pc: PictureClaim = local === null && it.copyOf === undefined && quantifier === undefined
          && reviewRefs.length === 0 && it.original === undefined ? {
            id: it.id, reportId: r.id, source: src, report: e.ref, span: c.span, value: c.value, status: 'latest',
            sentence: c.sentence, text: typeof c.text === 'string' ? c.text : undefined,
            increment: undefined, correction: undefined, confirmed: undefined, confirmedBy: undefined,
          } : {
            id: it.id, reportId: r.id, source: src, report: e.ref, span: c.span, value: c.value, status: 'latest',
            sentence: c.sentence, text: typeof c.text === 'string' ? c.text : undefined,
            parts_of: c.parts_of ? local?.get(c.parts_of) ?? c.parts_of : undefined,
            repeat_of: c.repeat_of ? local?.get(c.repeat_of) ?? c.repeat_of : undefined,
            copyOf: it.copyOf, quantifier,
            reviews: reviewRefs.length ? reviewRefs : undefined, original: it.original,
            increment: undefined, correction: undefined, confirmed: undefined, confirmedBy: undefined,
          };
        if (pc.parts_of || pc.repeat_of) linked = true;
        const w: StateWork = {
          entry: e, pc, claim: c, reportIndex: e.idx, order: it.order, published,
          sourceKey: src.key, sourceName: src.name, kind: src.kind, org: src.org, effective: c.value,
          reviewerConfirmed: it.confirmed, rejected: it.rejected, partsTotal: undefined, figureKey: undefined,
        };
        const oldKey = it.work ? this.figureKey(it.work.claim) : null;
        if (oldKey !== null) {
          const f = this.figures.get(oldKey)!;
          w.figureKey = f.key;
          const i = f.works.indexOf(it.work!);
          if (i >= 0) f.works[i] = w;
          const j = f.pending.indexOf(it.work!);
          if (j >= 0) f.pending[j] = w;
          f.rebuild = true;
          this.dirty.add(oldKey);
        } else {
          const key = this.figureKey(c);
          let f = this.figures.get(key);
          if (!f) {
            f = {
              key, measure: c.measure, group: c.group, ref: { measure: c.measure, group: c.group }, works: [], figure: null, checks: [], timeline: new StampedList(), pending: [], rebuild: true,
              walk: null, votes: new Map(), evidence: 0, corrections: [], tollChecks: [], seen: new Map(),
            };
            this.figures.set(key, f);
          }
          w.figureKey = f.key;
          f.works.push(w);
          f.pending.push(w);
          this.dirty.add(key);
        }
        it.work = w;
        works.push(w);
      } else if (c.type === 'event') {
        const ec = c as EventClaim;
        const pc: PictureEventClaim = { id: it.id, reportId: r.id, source: src, report: e.ref, span: c.span };
        if (ec.sentence) pc.sentence = ec.sentence;
        if (ec.time) pc.time = ec.time;
        if (ec.negated) pc.negated = true;
        if (ec.trigger) pc.trigger = ec.trigger;
        if (it.copyOf) pc.copyOf = it.copyOf;
        const w: WorkEvent = {
          pc, event: ec.event, actorKey: actorKeyOf(ec.actor, actorKeys), reportIndex: e.idx, order: it.order,
          published, rejected: it.rejected,
        };
        if (ec.actor) w.actor = ec.actor;
        if (ec.target) w.target = ec.target;
        if (ec.place) w.place = ec.place;
        it.event = w;
      }
    }
    e.nesting = null;
    if (!linked) return;
    // A headline in the outlet's voice repeated in the body with its source ("26 hostages dead" ...
    // "twenty-six hostages were killed, the military's spokesman said"): the attributed one is the evidence.
    const byId = new Map(works.map((w) => [w.pc.id, w]));
    for (const w of works) {
      const t = w.pc.repeat_of ? byId.get(w.pc.repeat_of) : undefined;
      if (!t || t.pc.repeat_of || t.kind !== 'media' || w.kind === 'media') continue;
      w.pc.repeat_of = undefined;
      t.pc.repeat_of = w.pc.id;
    }
    // Totals that have parts, for the breakdown checks.
    for (const w of works) if (w.pc.parts_of) { const t = byId.get(w.pc.parts_of); if (t) t.partsTotal = true; }
  }

  private itemById(): Map<string, Item> {
    if (!this.itemIndex) {
      this.itemIndex = new Map();
      for (const e of this.entries) for (const it of e.items) this.itemIndex.set(it.id, it);
    }
    return this.itemIndex;
  }

  private figureKey(c: FigureClaim): string {
    let byGroup = this.figureKeys.get(c.measure);
    if (!byGroup) { byGroup = new Map(); this.figureKeys.set(c.measure, byGroup); }
    let key = byGroup.get(c.group);
    if (key === undefined) { key = figureKeyOf(c.measure, c.group); byGroup.set(c.group, key); }
    return key;
  }

  private sourceRef(it: Item): PictureSourceRef {
    const id = this.sources.get(it.sourceKey)!;
    const raw = it.claim.source?.name?.trim();
    const as = raw && raw !== id.name ? raw : undefined;
    const via = it.claim.source?.via || undefined;
    // Most claims name their source as it is shown, with no channel: those share one read-only ref.
    if (as === undefined && via === undefined) {
      const shared = this.plainRefs.get(id.key);
      if (shared && shared.name === id.name && shared.kind === id.kind && shared.key === id.key && shared.org === id.org) return shared;
    }
    const ref: PictureSourceRef = { name: id.name, kind: id.kind, key: id.key };
    if (as !== undefined) ref.as = as;
    if (via !== undefined) ref.via = via;
    if (id.org) ref.org = id.org;
    if (as === undefined && via === undefined) this.plainRefs.set(id.key, ref);
    return ref;
  }

  private computeFigure(f: FigureState): void {
    const held = f.works.length - f.pending.length;
    const last = held > 0 ? f.works[held - 1] as StateWork : undefined;
    for (const w of f.pending) w.reportIndex = this.entryAt(w).idx;
    f.pending.sort(byTime);
    // Keep the claims in time order: the new ones sit at the end, sorted among themselves, unless a
    // late report's claims go between held ones; the walk then resumes from the first of them.
    let from = held;
    if (f.pending.length && last && compareWork(last, f.pending[0] as StateWork) > 0) {
      from = this.firstAfter(f.works, held, f.pending[0] as StateWork);
      // The works hold the new claims at their end: merged in from the back, in place, and the
      // figure's claims (in the same order) alongside when the walk resumes.
      const claims = !f.rebuild && f.walk !== null ? f.figure!.claims : null;
      if (claims) for (const w of f.pending) claims.push(w.pc);
      const works = f.works;
      let i = held - 1;
      let k = works.length - 1;
      for (let j = f.pending.length - 1; j >= 0; k--) {
        const w = i >= from && compareWork(works[i] as StateWork, f.pending[j] as StateWork) > 0 ? works[i--] : f.pending[j--];
        works[k] = w;
        if (claims) claims[k] = w.pc;
      }
    } else if (f.pending.length) {
      f.works.splice(held, f.pending.length, ...f.pending);
    }
    if (f.rebuild || f.walk === null) {
      this.recomputeFigure(f);
      this.recomputed.push(f);
      this.lineFresh = true;
    } else if (from < held) {
      f.lineFrom = this.resumeFigure(f, from);
      this.recomputed.push(f);
      this.lineChanged.push(f);
    } else {
      // Later claims only: resume the walk where it stopped.
      const walk = f.walk!;
      walk.superseded = [];
      const fresh: WorkClaim[] = [];
      for (const w of f.pending) {
        w.reportIndex = this.entryAt(w).idx;
        this.vote(f, w);
        walkStep(walk, w);
        if (w.pc.correction) { f.corrections.push(w); fresh.push(w); }
      }
      for (const c of tollDownChecks(fresh)) f.tollChecks.push(c);
      for (const w of walk.superseded) { w.pc.confirmed = undefined; w.pc.confirmedBy = undefined; }
      walk.superseded = null;
      const claims = f.figure!.claims;
      for (const w of f.pending) claims.push(w.pc);
      const historyFrom = f.timelineFrom ?? 0;
      f.figure = figureFromWalk(f.measure, f.group, parentGroup(f.group, this.namedParent(f)), claims, walk,
        this.figureOverrides.get(`${f.measure}/${f.group}`) ?? []);
      const added = extendFigureTimeline(f.figure, f.pending, historyFrom, f.seen, timeOf, f.ref);
      f.timeline.append(added);
      f.lineFrom = f.timeline.length - added.length;
      if (added.length) this.lineChanged.push(f);
    }
    f.timelineFrom = f.figure!.history!.length;
    const latest = [...f.walk!.lastBySource.values()].sort(byTime);
    f.checks = [...f.tollChecks, ...partyClaimChecks(latest)];
    f.pending = [];
    f.rebuild = false;
  }

  /** The first of works[0…end) that sorts after `w` (works are in time order). */
  private firstAfter(works: WorkClaim[], end: number, w: StateWork): number {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareWork(works[mid] as StateWork, w) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The walk again from works[from] (the first claim a late report put before held ones). A claim's
   * step reads only its own source's earlier claims, except an increment, which with none of its own
   * adds to the figure's latest total. So when no other source's claim after that point is an
   * increment, only the late claims' sources are walked again; the other sources' history and
   * timeline entries are kept (a timeline entry reads the last value shown under its source's name:
   * no other source of the figure may share one). Else every claim after the point is walked again.
   * Returns the first timeline entry that changed.
   */
  private resumeFigure(f: FigureState, from: number): number {
    const works = f.works;
    const old = f.walk!;
    const late = new Set<WorkClaim>(f.pending);
    const touched = new Map<string, string>();
    const names = new Set<string>();
    for (const w of f.pending) if (isEvidence(w)) { touched.set(w.sourceKey, w.sourceName); names.add(w.sourceName); }
    if (names.size !== touched.size) return this.resumeAll(f, from);
    for (const w of old.lastBySource.values()) if (names.has(w.sourceName) && touched.get(w.sourceKey) !== w.sourceName) return this.resumeAll(f, from);
    for (let i = from; i < works.length; i++) {
      const w = works[i];
      if (w.claim.increment && !late.has(w) && !touched.has(w.sourceKey) && isEvidence(w)) return this.resumeAll(f, from);
    }
    // The touched sources' state just before the point, read backwards (the walk is changed in place:
    // other sources' last claims stay what they are).
    const walk = old;
    walk.superseded = [];
    for (const key of touched.keys()) { walk.lastBySource.delete(key); walk.lastCounted.delete(key); }
    const need = new Set(touched.keys());
    const needCounted = new Set(touched.keys());
    let lastAny: WorkClaim | undefined;
    for (let i = from - 1; i >= 0 && (need.size || needCounted.size || !lastAny); i--) {
      const w = works[i];
      if (!isEvidence(w)) continue;
      lastAny ??= w;
      if (need.delete(w.sourceKey)) walk.lastBySource.set(w.sourceKey, w);
      if (needCounted.has(w.sourceKey) && pointValue(w.effective) !== null) { walk.lastCounted.set(w.sourceKey, w); needCounted.delete(w.sourceKey); }
    }
    walk.lastAny = lastAny;
    for (const [key, name] of touched) {
      const prev = walk.lastBySource.get(key);
      if (prev) f.seen.set(name, formatValue(prev.effective, prev.pc.text, prev.pc.quantifier));
      else f.seen.delete(name);
    }
    // Old history and timeline entries from the point on, in step with the held claims after it.
    const oldHistory = old.history;
    let kept = 0;
    let keptShown = 0;
    for (let i = from; i < works.length; i++) {
      const w = works[i];
      if (!late.has(w) && isEvidence(w)) kept++;
    }
    for (let i = oldHistory.length - kept; i < oldHistory.length; i++) if (oldHistory[i].change !== 'same') keptShown++;
    const shown = f.timeline.length - keptShown;
    const keptHistory = oldHistory.slice(oldHistory.length - kept);
    const keptLine = f.timeline.slice(shown);
    oldHistory.length -= kept;
    const timeline = f.timeline;
    timeline.truncate(shown);
    let h = 0;
    let t = 0;
    const what = `: ${f.measure} ${f.group} `;
    for (const w of f.pending) this.vote(f, w);
    for (let i = from; i < works.length; i++) {
      const w = works[i];
      const fresh = late.has(w);
      if (!isEvidence(w)) { if (fresh) walkStep(walk, w); continue; }
      let was: HistoryEntry | undefined;
      if (!fresh) was = keptHistory[h++];
      const shownBefore = was !== undefined && was.change !== 'same';
      if (shownBefore) t++;
      if (fresh || touched.has(w.sourceKey)) {
        if (!fresh) {
          w.effective = w.claim.value;
          w.pc.confirmed = undefined;
          w.pc.confirmedBy = undefined;
          w.pc.increment = undefined;
          w.pc.correction = undefined;
        }
        walkStep(walk, w);
        const entry = figureEntry(f.ref, what, walk.history[walk.history.length - 1], w, f.seen);
        if (entry) timeline.push(entry, timeOf(w), w.reportIndex, w.pc.span.start);
      } else {
        walk.history.push(was!);
        walk.lastAny = w;
        if (shownBefore) timeline.take(keptLine, t - 1);
      }
    }
    for (const w of walk.superseded!) { w.pc.confirmed = undefined; w.pc.confirmedBy = undefined; }
    walk.superseded = null;
    // Corrections of the other sources keep their checks.
    const checkOf = new Map<WorkClaim, Check>();
    f.corrections.forEach((w, i) => { if (!touched.has(w.sourceKey)) checkOf.set(w, f.tollChecks[i]); });
    f.corrections = works.filter((w) => w.pc.correction);
    f.tollChecks = f.corrections.map((w) => checkOf.get(w) ?? tollDownChecks([w])[0]);
    f.figure = figureFromWalk(f.measure, f.group, parentGroup(f.group, this.namedParent(f)), f.figure!.claims, walk,
      this.figureOverrides.get(`${f.measure}/${f.group}`) ?? []);
    return shown;
  }

  /** The walk again from works[from] over every claim after it; the state there read off the claims before. */
  private resumeAll(f: FigureState, from: number): number {
    const works = f.works;
    const old = f.walk!;
    const walk = startWalk();
    const lastByName = new Map<string, WorkClaim>();
    let steps = 0;
    for (let i = 0; i < from; i++) {
      const w = works[i];
      if (w.rejected || w.pc.copyOf || w.pc.repeat_of) continue;
      walk.lastBySource.set(w.sourceKey, w);
      if (pointValue(w.effective) !== null) walk.lastCounted.set(w.sourceKey, w);
      walk.lastAny = w;
      lastByName.set(w.sourceName, w);
      steps++;
    }
    walk.history = old.history.slice(0, steps);
    let shown = 0;
    for (let i = 0; i < steps; i++) if (walk.history[i].change !== 'same') shown++;
    for (let i = from; i < works.length; i++) this.resetWork(works[i]);
    for (const w of f.pending) this.vote(f, w);
    walk.superseded = [];
    for (let i = from; i < works.length; i++) walkStep(walk, works[i]);
    for (const w of walk.superseded) { w.pc.confirmed = undefined; w.pc.confirmedBy = undefined; }
    walk.superseded = null;
    f.walk = walk;
    f.corrections = works.filter((w) => w.pc.correction);
    f.tollChecks = tollDownChecks(f.corrections);
    f.figure = figureFromWalk(f.measure, f.group, parentGroup(f.group, this.namedParent(f)), f.figure!.claims, walk,
      this.figureOverrides.get(`${f.measure}/${f.group}`) ?? []);
    // Each source's last shown value before the point, as the timeline words a change from it.
    f.seen = new Map();
    for (const [name, w] of lastByName) f.seen.set(name, formatValue(w.effective, w.pc.text, w.pc.quantifier));
    f.timeline.truncate(shown);
    f.timeline.append(extendFigureTimeline(f.figure, works, steps, f.seen, timeOf, f.ref));
    return shown;
  }

  /** A working claim as before any walk: its report's position now, its own value, no marks from a walk. */
  private resetWork(w: WorkClaim): void {
    w.reportIndex = this.entryAt(w).idx;
    w.effective = w.claim.value;
    w.pc.confirmed = undefined;
    w.pc.confirmedBy = undefined;
    w.pc.increment = undefined;
    w.pc.correction = undefined;
  }

  private vote(f: FigureState, w: WorkClaim): void {
    if (w.pc.copyOf || w.pc.repeat_of || w.rejected) return;
    f.evidence++;
    const total = w.pc.parts_of ? this.itemById().get(w.pc.parts_of) : undefined;
    if (total && total.claim.type === 'figure') f.votes.set(total.claim.group, (f.votes.get(total.claim.group) ?? 0) + 1);
  }

  /** The parent its breakdowns name ("43 men" of "80 people"), by majority. */
  private namedParent(f: FigureState): string | undefined {
    // Breakdowns that disagree on the whole (43 men of 80 people, 58 men of 104 passengers): people.
    let named: string | undefined = f.votes.size === 1 ? [...f.votes.keys()][0] : undefined;
    // Soldiers are part of "the 26 dead hostages" in one report and not in another: a group that is
    // a part of people by definition moves under a breakdown's total only when every claim says so.
    if (named && PEOPLE_PARTS.has(f.group) && (f.votes.get(named) ?? 0) < f.evidence) named = undefined;
    return named;
  }

  private recomputeFigure(f: FigureState): void {
    f.votes = new Map();
    f.evidence = 0;
    for (const w of f.works) {
      this.resetWork(w);
      this.vote(f, w);
    }
    const walk = startWalk();
    buildHistory(f.works, walk);
    f.walk = walk;
    f.corrections = f.works.filter((w) => w.pc.correction);
    f.figure = figureFromWalk(f.measure, f.group, parentGroup(f.group, this.namedParent(f)), f.works.map((w) => w.pc), walk,
      this.figureOverrides.get(`${f.measure}/${f.group}`) ?? []);
    f.seen = new Map();
    f.timeline = extendFigureTimeline(f.figure, f.works, 0, f.seen, timeOf, f.ref);
    f.tollChecks = tollDownChecks(f.corrections);
  }

  private sourceList(grown: Entry[] | null): PictureSource[] {
    if (!grown || !this.stats) this.stats = new Map();
    const stats = this.stats;
    const normOfName = new Map<string, string>();
    for (const e of grown ?? this.entries) for (const it of e.items) {
      const key = it.sourceKey;
      let s = stats.get(key);
      if (!s) { s = { n: 0, first: null, last: null, outlets: new Set<string>() }; stats.set(key, s); }
      if (!it.copyOf) s.n++;
      // The earliest and the latest report that gives a publish time (new reports can be late ones).
      if (e.report.published) {
        if (s.first === null || compareEntries(e, s.first) < 0) s.first = e;
        if (s.last !== e && (s.last === null || compareEntries(e, s.last) > 0)) s.last = e;
      }
      const outlet = it.claim.source?.via ?? e.report.outlet;
      if (outlet && !s.outlets.has(outlet)) {
        let own = normOfName.get(key);
        if (own === undefined) { own = normName(this.sources.get(key)!.name); normOfName.set(key, own); }
        if (normName(outlet) !== own) s.outlets.add(outlet);
      }
    }
    return [...this.sources.values()].filter((s) => stats.has(s.key)).map((s) => {
      const st = stats.get(s.key)!;
      const ps: PictureSource = {
        key: s.key, name: s.name, kind: s.kind, aliases: [...s.aliases].sort(), claims: st.n,
        firstSeen: st.first?.report.published ?? null, lastSeen: st.last?.report.published ?? null, outlets: [...st.outlets].sort(),
      };
      if (s.org) ps.org = s.org;
      return ps;
    }).sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : 1));
  }
}

interface SourceStat { n: number; first: Entry | null; last: Entry | null; outlets: Set<string> }

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function compareEntries(a: Entry, b: Entry): number {
  return (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || (a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1)
    || (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0);
}

/** A claim's time on the timeline: its report's publish time, parsed once per report. */
const timeOf = (w: { pc: PictureClaim }) => (w as unknown as StateWork).entry.t;

/** Evidence: not rejected, not a syndicated copy, not a repeat inside its own report (the walk skips the rest). */
function isEvidence(w: WorkClaim): boolean {
  return !w.rejected && !w.pc.copyOf && !w.pc.repeat_of;
}

function compareWork(a: StateWork, b: StateWork): number {
  const x = a.entry.idx;
  const y = b.entry.idx;
  return (x < y ? -1 : x > y ? 1 : 0) || a.order - b.order;
}



function withStamp(p: Picture, generatedAt?: string): Picture {
  if (!generatedAt) return p;
  const { incident, ...rest } = p;
  return { incident, generatedAt, ...rest };
}

/** The sentence of a claim, normalised, when long enough to say that two outlets printed the same words. */
function sentenceOf(text: string | undefined, c: Claim): string | null {
  if (!text || !c.sentence) return null;
  if (c.sentence.end - c.sentence.start < 40) return null;
  let s = text.slice(c.sentence.start, c.sentence.end).toLowerCase();
  if (/[^\S ]| {2}/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s.length >= 40 ? s : null;
}

/** Every name and alias of every source, normalised, to its key: events name their actor that way. */
function actorIndex(sources: Map<string, SourceIdentity>): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of sources.values()) {
    const n = normName(s.name);
    if (!m.has(n)) m.set(n, s.key);
  }
  for (const s of sources.values()) for (const a of s.aliases) {
    const n = normName(a);
    if (!m.has(n)) m.set(n, s.key);
  }
  return m;
}

/** The event's actor as a source key when it names a known source ("the BLA"), else its own words. */
function actorKeyOf(actor: string | undefined, index: Map<string, string>): string {
  if (!actor) return '';
  const n = normName(actor);
  return index.get(n) ?? n;
}

/** An "all freed" claim contradicts a later claim, by someone else, that people are still held. */
function allFreedConflicts(allFreed: WorkClaim[], f: FigureState): void {
  if (!HELD_GROUPS.has(f.group) || !allFreed.length) return;
  for (const w of f.works) {
    if (w.pc.status !== 'latest') continue;
    if ((w.effective.low ?? 0) <= 0 && w.effective.hedge !== 'vague') continue;
    if (w.effective.low === 0 && w.effective.high === 0) continue;
    const contradicted = allFreed.find((a) => a.sourceKey !== w.sourceKey
      && (a.reportIndex < w.reportIndex || (a.reportIndex === w.reportIndex && a.order < w.order)));
    if (!contradicted) continue;
    f.figure!.conflicts.push({
      kind: 'all_freed_vs_held',
      message: `${contradicted.sourceName} (${contradicted.kind}) says all ${contradicted.claim.group} were freed; ` +
        `afterwards ${w.sourceName} (${w.kind}) says ${formatValue(w.effective, w.claim.text as string | undefined)} ${w.claim.group} are still held`,
      claims: [contradicted.pc.id, w.pc.id],
    });
  }
}

/**
 * "All hostages were freed" from a credible source, with no credible count of people still held
 * after it, puts the held estimate at 0 (party claims of hostages still held stay shown, and conflict).
 */
function heldAfterAllFreed(freedFigures: FigureState[], f: FigureState): void {
  const same = freedFigures.find((ff) => ff.group === f.group);
  if (!same) return;
  let last: WorkClaim | undefined;
  for (const w of same.works) {
    if (w.pc.quantifier !== 'all' || w.rejected || w.pc.copyOf || w.pc.repeat_of || (w.kind === 'militant' && !w.reviewerConfirmed)) continue;
    if (!last || w.reportIndex > last.reportIndex || (w.reportIndex === last.reportIndex && w.order > last.order)) last = w;
  }
  if (!last) return;
  const l = last;
  const laterCredible = f.works.some((w) => w.pc.status === 'latest' && (w.kind !== 'militant' || w.pc.confirmed)
    && (w.reportIndex > l.reportIndex || (w.reportIndex === l.reportIndex && w.order > l.order)));
  if (laterCredible) return;
  const fig = f.figure!;
  const when = l.published ? `, ${l.published}` : '';
  fig.estimate = {
    low: 0, best: 0, high: 0, used: [l.pc.id],
    rule: `best = 0: ${l.sourceName} says all ${fig.group} were freed (${l.pc.report.outlet ?? 'unknown outlet'}${when}) ` +
      `and no credible source has given a count still held since. Computed before: ${fig.estimate.rule}`,
  };
}
