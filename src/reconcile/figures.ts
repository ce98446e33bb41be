// One figure (measure, group): history per source, supersession, increments, corrections,
// confirmation, the estimate with its rule, and conflicts between sources.
import type { FigureClaim, FigureValue, SourceKind } from '../extract/types.js';
import { CUMULATIVE, SHRINKING } from './groups.js';
import type { Conflict, Estimate, Figure, HistoryEntry, LatestEntry, PictureClaim, ReviewAction } from './types.js';
import { addValues, bounds, formatValue, lowerBound, materiallyDifferent, pointValue, sameValue, upperBound } from './values.js';

/** A figure claim while the picture is being built. */
export interface WorkClaim {
  pc: PictureClaim;
  claim: FigureClaim;
  reportIndex: number;
  order: number;
  published: string | null;
  sourceKey: string;
  sourceName: string;
  kind: SourceKind;
  org?: string;
  /** The total this claim stands for (an increment added to its base). */
  effective: FigureValue;
  reviewerConfirmed: boolean;
  rejected: boolean;
  /** A total that parts of its report name (for the breakdown checks). */
  partsTotal?: boolean;
  /** Its figure's key (figureKeyOf), when the caller keeps one: saves making it again per claim. */
  figureKey?: string;
}

/** Report positions are compared, not subtracted: they are fractional (see state.ts), the result of a comparison never is. */
const byReport = (a: WorkClaim, b: WorkClaim) => (a.reportIndex < b.reportIndex ? -1 : a.reportIndex > b.reportIndex ? 1 : 0);
const byTime = (a: WorkClaim, b: WorkClaim) => byReport(a, b) || a.order - b.order;

/** Not new evidence: rejected, a syndicated copy, or a repeat inside its own report. */
function isEvidence(w: WorkClaim): boolean {
  return !w.rejected && !w.pc.copyOf && !w.pc.repeat_of;
}

/** Where a figure's history walk stands: it can resume when later claims arrive. */
export interface HistoryWalk {
  lastBySource: Map<string, WorkClaim>;
  /** Each source's last claim that names a number ("all hostages freed" names none). */
  lastCounted: Map<string, WorkClaim>;
  lastAny?: WorkClaim;
  history: HistoryEntry[];
  /**
   * Claims a later one of the same source superseded in the last steps (their confirmation is stale);
   * null while nobody asks (a walk over every claim from the start supersedes most of them).
   */
  superseded: WorkClaim[] | null;
}

export function startWalk(): HistoryWalk {
  return { lastBySource: new Map(), lastCounted: new Map(), history: [], superseded: null };
}

/** Statuses, increments and corrections, walking each source's claims in publish order. */
export function buildHistory(claims: WorkClaim[], walk: HistoryWalk = startWalk()): HistoryEntry[] {
  claims.sort(byTime);
  for (const w of claims) walkStep(walk, w);
  return walk.history;
}

/** One claim, later than every claim walked so far. */
export function walkStep(walk: HistoryWalk, w: WorkClaim): void {
  if (w.rejected) { w.pc.status = 'rejected'; return; }
  if (w.pc.copyOf) { w.pc.status = 'copy'; return; }
  if (w.pc.repeat_of) { w.pc.status = 'repeat'; return; }
  const prev = walk.lastBySource.get(w.sourceKey);
  if (w.claim.increment) {
    // "another 50": added to what this source said before, else to the figure's latest total.
    const base = prev ?? walk.lastAny;
    w.effective = base
      ? addValues(base.effective, w.claim.value)
      : { low: w.claim.value.low, high: null, hedge: 'at_least' };
    w.pc.increment = { by: w.claim.value, base: base ? base.pc.id : null, total: w.effective };
  }
  let change: HistoryEntry['change'] = 'first';
  // A number is compared with the source's last number: 51 freed, then "all freed", then 49 is a
  // correction from 51.
  const counted = pointValue(w.effective) !== null && pointValue(prev?.effective ?? w.effective) === null
    ? walk.lastCounted.get(w.sourceKey) ?? prev : prev;
  if (w.claim.increment) change = 'increment';
  else if (counted) {
    const a = pointValue(counted.effective);
    const b = pointValue(w.effective);
    change = sameValue(counted.effective, w.effective) ? 'same'
      : a !== null && b !== null ? (b > a ? 'up' : b < a ? 'down' : 'same') : 'up';
  }
  // Only a count that said "not fewer than" more can be corrected down ("as many as 2,000" then 1,870 is not).
  const was = counted ? lowerBound(counted.effective) : null;
  if (counted && change === 'down' && CUMULATIVE.has(w.claim.measure) && was !== null && was > (upperBound(w.effective) ?? Infinity)) {
    w.pc.correction = { from: counted.pc.id, previous: counted.effective, direction: 'down' };
  }
  if (pointValue(w.effective) !== null) walk.lastCounted.set(w.sourceKey, w);
  if (prev) { prev.pc.status = 'superseded'; walk.superseded?.push(prev); }
  w.pc.status = 'latest';
  walk.lastBySource.set(w.sourceKey, w);
  walk.lastAny = w;
  walk.history.push({ source: w.sourceName, claimId: w.pc.id, change });
}

/** Different speakers for different organisations; a party cannot confirm another party. */
function independent(a: WorkClaim, b: WorkClaim): boolean {
  if (a.sourceKey === b.sourceKey) return false;
  if (a.org && (a.org === b.org || a.org === b.sourceName)) return false;
  if (b.org && b.org === a.sourceName) return false;
  if (a.kind === 'militant' && b.kind === 'militant') return false;
  return true;
}

const OPEN = new Set(['at_least', 'vague']);

// Confirmation needs a specific compatible value: "many" confirms nothing, and "at least 20"
// does not confirm "at least 100" (both only say "not fewer than"); see confirm().
/** Marks each latest claim confirmed when an independent source's latest value is compatible. */
export function confirm(latest: WorkClaim[]): void {
  // Bounds once per claim. Candidates come from the claims sorted by lower bound: a closed interval
  // can only overlap closed ones starting within its own span (less the longest closed span), while
  // open-ended ones ("at least") overlap everything from their bound up. L sources cost about
  // L log L plus the overlaps found, not L².
  const n = latest.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const open: boolean[] = new Array(n);
  const vague: boolean[] = new Array(n);
  const closed: number[] = [];
  const openIdx: number[] = [];
  let maxLen = 0;
  for (let i = 0; i < n; i++) {
    const b = bounds(latest[i].effective);
    lo[i] = b.lo;
    hi[i] = b.hi;
    open[i] = OPEN.has(latest[i].effective.hedge);
    vague[i] = latest[i].effective.hedge === 'vague';
    if (vague[i]) continue;
    if (b.hi === Infinity) openIdx.push(i);
    else { closed.push(i); if (b.hi - b.lo > maxLen) maxLen = b.hi - b.lo; }
  }
  const byLo = (a: number, b: number) => lo[a] - lo[b] || a - b;
  closed.sort(byLo);
  openIdx.sort(byLo);
  const firstAtLeast = (list: number[], x: number) => {
    let l = 0;
    let r = list.length;
    while (l < r) { const m = (l + r) >> 1; if (lo[list[m]] < x) l = m + 1; else r = m; }
    return l;
  };
  const mark = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = latest[i];
    const by: number[] = [];
    if (!vague[i]) {
      const take = (j: number) => {
        if (j === i || (open[i] && open[j])) return;
        if (!(lo[i] <= hi[j] && lo[j] <= hi[i])) return;
        if (!independent(w, latest[j])) return;
        by.push(j);
      };
      for (let k = firstAtLeast(closed, lo[i] - maxLen); k < closed.length && lo[closed[k]] <= hi[i]; k++) take(closed[k]);
      for (let k = 0; k < openIdx.length && lo[openIdx[k]] <= hi[i]; k++) take(openIdx[k]);
    }
    w.pc.confirmed = by.length > 0 || w.reviewerConfirmed;
    w.pc.confirmedBy = by.length ? inOrder(by, mark).map((j) => latest[j].pc.id) : undefined;
  }
}

/**
 * Indices in ascending order, without Array.prototype.sort's scratch copy (one per confirmed claim,
 * 14 000 of them in a big incident): a few are put in order in place; with hundreds of sources a claim
 * confirmed by many others has them marked and read back.
 */
function inOrder(xs: number[], mark: Uint8Array): number[] {
  if (xs.length < 32) {
    for (let i = 1; i < xs.length; i++) {
      const x = xs[i];
      let j = i - 1;
      while (j >= 0 && xs[j] > x) { xs[j + 1] = xs[j]; j--; }
      xs[j + 1] = x;
    }
    return xs;
  }
  for (const j of xs) mark[j] = 1;
  const out: number[] = [];
  for (let j = 0; j < mark.length; j++) if (mark[j]) { mark[j] = 0; out.push(j); }
  return out;
}

/** Claims by a party to the violence count only once someone independent gives a compatible value. */
function credible(w: WorkClaim): boolean {
  return w.kind !== 'militant' || w.pc.confirmed === true;
}

const name = (w: WorkClaim) => `${w.sourceName}, ${formatValue(w.effective, w.claim.text as string | undefined)}`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

/**
 * The credible latest claims that a credible claim of a later report makes stale: a cumulative count
 * under a later lower bound, a shrinking count above a later upper bound. One sweep from the latest
 * report back, keeping the highest lower bound and the lowest upper bound seen in later reports
 * (a figure has hundreds of sources: comparing each pair cost L²).
 */
export function staleClaims(credibleNow: WorkClaim[]): Set<WorkClaim> {
  const stale = new Set<WorkClaim>();
  const measure = (w: WorkClaim) => w.claim.measure;
  if (!credibleNow.some((w) => CUMULATIVE.has(measure(w)) || SHRINKING.has(measure(w)))) return stale;
  const newest = [...credibleNow].sort((a, b) => byReport(b, a));
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (let i = 0; i < newest.length;) {
    // Claims of one report are not compared with each other: judge the whole report, then add it.
    let j = i;
    while (j < newest.length && newest[j].reportIndex === newest[i].reportIndex) j++;
    for (let k = i; k < j; k++) {
      const w = newest[k];
      if (CUMULATIVE.has(measure(w))) {
        const wHigh = upperBound(w.effective) ?? lowerBound(w.effective);
        if (wHigh !== null && maxLow > wHigh) stale.add(w);
      } else if (SHRINKING.has(measure(w))) {
        const wLow = lowerBound(w.effective);
        if (wLow !== null && minHigh < wLow) stale.add(w);
      }
    }
    for (let k = i; k < j; k++) {
      const lo = lowerBound(newest[k].effective);
      const hi = upperBound(newest[k].effective);
      if (lo !== null && lo > maxLow) maxLow = lo;
      if (hi !== null && hi < minHigh) minHigh = hi;
    }
    i = j;
  }
  return stale;
}

/**
 * The estimate, with the rule in words:
 * - best: the latest official figure confirmed by an independent source; else the latest official
 *   figure; else the median of the latest values of the other credible sources.
 * - low: the lowest value a credible source gives, lifted by the highest credible "at least".
 * - high: the highest upper bound among them (null when every claim is open-ended).
 * - best is never below a credible "at least" (it is raised, and the rule says so).
 * Unconfirmed claims by a party to the conflict are shown but never used.
 */
export function estimate(latest: WorkClaim[]): Estimate {
  const credibleNow = latest.filter(credible);
  // A cumulative count that someone credible has since put higher is stale (80 freed on Tuesday
  // under 354 freed on Thursday): it stays in the history but not in the estimate.
  // Missing counts shrink the same way (54 missing on Wednesday, 22 on Sunday). Bounds, not points:
  // "as many as 12" is no count that makes "8" stale, "at least 960" makes "dozens" stale.
  const staleSet = staleClaims(credibleNow);
  const stale = credibleNow.filter((w) => staleSet.has(w));
  const pool = credibleNow.filter((w) => !staleSet.has(w));
  const left = latest.filter((w) => !credible(w));
  const leftNote = (left.length
    ? ` Not used: unconfirmed party claim${left.length > 1 ? 's' : ''} (${left.map(name).join('; ')}).`
    : '') + (stale.length ? ` Stale (a later credible count is ${SHRINKING.has(stale[0].claim.measure) ? 'lower' : 'higher'}): ${stale.map(name).join('; ')}.` : '');
  if (pool.length === 0) {
    return {
      low: null, best: null, high: null, used: [],
      rule: latest.length
        ? `No credible figure: only unconfirmed claims by a party to the conflict.${leftNote}`
        : 'No claims.',
    };
  }
  // Newest report first; within one report a number beats an open bound ("26" over "at least 25").
  const HEDGE_RANK: Record<string, number> = { exact: 0, about: 1, range: 2, at_least: 3, at_most: 3, vague: 4 };
  const newestFirst = [...pool].sort((a, b) => byReport(b, a)
    || HEDGE_RANK[a.effective.hedge] - HEDGE_RANK[b.effective.hedge] || b.order - a.order);
  const officials = newestFirst.filter((w) => w.kind === 'official' && pointValue(w.effective) !== null);
  let best: number | null = null;
  let bestRule = '';
  const used = new Set<string>();
  const confirmedOfficial = officials.find((w) => (w.pc.confirmedBy?.length ?? 0) > 0 || w.reviewerConfirmed);
  if (confirmedOfficial) {
    best = pointValue(confirmedOfficial.effective);
    used.add(confirmedOfficial.pc.id);
    for (const id of confirmedOfficial.pc.confirmedBy ?? []) used.add(id);
    const confirmers = new Set(confirmedOfficial.pc.confirmedBy ?? []);
    const by = latest.filter((w) => confirmers.has(w.pc.id)).map((w) => w.sourceName);
    bestRule = `best = latest official figure confirmed by an independent source (${name(confirmedOfficial)}; confirmed by ${by.length ? by.join(', ') : 'a reviewer'})`;
  } else if (officials.length) {
    best = pointValue(officials[0].effective);
    used.add(officials[0].pc.id);
    bestRule = `best = latest official figure, not independently confirmed (${name(officials[0])})`;
  } else {
    const points = pool.map((w) => ({ w, p: pointValue(w.effective) })).filter((x) => x.p !== null);
    if (points.length) {
      best = median(points.map((x) => x.p as number));
      for (const x of points) used.add(x.w.pc.id);
      bestRule = points.length === 1
        ? `best = the only credible source's latest value (${name(points[0].w)})`
        : `best = median of the latest values of ${points.length} independent sources (${points.map((x) => name(x.w)).join('; ')})`;
    } else {
      bestRule = 'best = none: the credible claims are vague';
    }
  }
  // low: the lowest value a credible source gives, lifted by the highest credible "at least".
  let low: number | null = null;
  let lowFrom: WorkClaim | undefined;
  let lowKind: 'at_least' | 'lowest' = 'lowest';
  let high: number | null = null;
  let highFrom: WorkClaim | undefined;
  for (const w of pool) {
    const lo = lowerBound(w.effective);
    const open = w.effective.hedge === 'at_least' || w.effective.hedge === 'vague';
    if (lo !== null && !open && (low === null || (lowKind === 'lowest' && lo < low))) { low = lo; lowFrom = w; }
    const hi = upperBound(w.effective);
    if (hi !== null && (high === null || hi > high)) { high = hi; highFrom = w; }
  }
  // A witness's or an unnamed "at least 20" far above an official figure that someone independent
  // confirms is a contested claim (shown as a conflict), not a floor for the estimate.
  const outliers: WorkClaim[] = [];
  for (const w of pool) {
    const lo = lowerBound(w.effective);
    const open = w.effective.hedge === 'at_least' || w.effective.hedge === 'vague';
    if (!open || lo === null) continue;
    if (confirmedOfficial && best !== null && w.kind !== 'official'
      && materiallyDifferent(w.effective, { low: best, high: best, hedge: 'exact' })) { outliers.push(w); continue; }
    if (low === null || lo > low || (lo === low && lowKind === 'lowest')) {
      low = lo; lowFrom = w; lowKind = 'at_least';
    }
  }
  if (lowFrom) used.add(lowFrom.pc.id);
  if (highFrom) used.add(highFrom.pc.id);
  const notes: string[] = [];
  // A credible "at least 100" means the best guess cannot be below 100.
  if (best !== null && low !== null && low > best) {
    notes.push(`best raised to the highest credible lower bound (${lowFrom!.sourceName}: ${low})`);
    best = low;
  }
  if (best !== null && high !== null && high < best) {
    notes.push(`high raised to best (the highest credible upper bound, ${high}, is below it)`);
    high = best;
  }
  if (best !== null && low === null) low = best;
  const lowRule = !lowFrom ? 'low = none given'
    : lowKind === 'at_least' ? `low = highest credible open lower bound ("at least", vague words) (${name(lowFrom)})`
    : `low = lowest credible latest value (${name(lowFrom)})`;
  const highRule = highFrom ? `high = highest credible upper bound (${name(highFrom)})` : 'high = open: no credible claim caps the figure';
  const outlierNote = outliers.length ? ` Contested, not used for low: ${outliers.map(name).join('; ')}.` : '';
  const rule = `${bestRule}; ${lowRule}; ${highRule}.${notes.length ? ` Note: ${notes.join('; ')}.` : ''}${outlierNote}${leftNote}`;
  return { low, best, high, rule, used: [...used].sort() };
}

/** Applies a reviewer override ({low?, best?, high?}); the newest active override wins per field. */
export function applyOverride(e: Estimate, overrides: ReviewAction[]): Estimate {
  let out = e;
  for (const r of overrides) {
    const p = r.payload ?? {};
    const num = (k: string): number | null | undefined => {
      const v = p[k] ?? (k === 'best' ? p.value : undefined);
      return typeof v === 'number' || v === null ? v : undefined;
    };
    const override: NonNullable<Estimate['override']> = { who: r.who, at: r.at, reviewId: r.id };
    if (r.why) override.why = r.why;
    const changed: string[] = [];
    const next = { ...out };
    for (const k of ['low', 'best', 'high'] as const) {
      const v = num(k);
      if (v !== undefined) { next[k] = v; override[k] = v; changed.push(`${k} = ${v ?? 'none'}`); }
    }
    if (!changed.length) continue;
    next.override = override;
    next.rule = `Reviewer override by ${r.who} (${r.at}${r.why ? `: ${r.why}` : ''}): ${changed.join(', ')}. Computed: ${e.rule}`;
    out = next;
  }
  return out;
}

/**
 * A cumulative count that a later, non-party source puts higher than an earlier one has grown;
 * it is not a contradiction (80 freed on Tuesday, 354 freed on Wednesday).
 */
function grewSince(a: WorkClaim, b: WorkClaim): boolean {
  if (!CUMULATIVE.has(a.claim.measure) || a.reportIndex === b.reportIndex || a.published === b.published) return false;
  const [older, newer] = byTime(a, b) < 0 ? [a, b] : [b, a];
  const po = pointValue(older.effective) ?? lowerBound(older.effective);
  const pn = pointValue(newer.effective) ?? lowerBound(newer.effective);
  return newer.kind !== 'militant' && po !== null && pn !== null && pn > po;
}

/** Missing counts fall as people are found: a later, lower count from a non-party is an update. */
function shrankSince(a: WorkClaim, b: WorkClaim): boolean {
  if (!SHRINKING.has(a.claim.measure) || a.reportIndex === b.reportIndex || a.published === b.published) return false;
  const [older, newer] = byTime(a, b) < 0 ? [a, b] : [b, a];
  const po = pointValue(older.effective) ?? upperBound(older.effective);
  const pn = pointValue(newer.effective) ?? upperBound(newer.effective);
  return newer.kind !== 'militant' && po !== null && pn !== null && pn < po;
}

/** Pairs of latest values from different sources that cannot both be true (see materiallyDifferent). */
export function conflicts(latest: WorkClaim[]): Conflict[] {
  const out: Conflict[] = [];
  const live = latest.filter((w) => !w.rejected);
  for (let i = 0; i < live.length && out.length < 20; i++) {
    for (let j = i + 1; j < live.length && out.length < 20; j++) {
      const a = live[i];
      const b = live[j];
      if (a.sourceKey === b.sourceKey || !materiallyDifferent(a.effective, b.effective)) continue;
      if (grewSince(a, b) || shrankSince(a, b)) continue;
      out.push({
        kind: 'values_differ',
        message: `${a.sourceName} (${a.kind}) says ${formatValue(a.effective, a.claim.text as string | undefined)}; ` +
          `${b.sourceName} (${b.kind}) says ${formatValue(b.effective, b.claim.text as string | undefined)}`,
        claims: [a.pc.id, b.pc.id],
      });
    }
  }
  return out;
}

export function latestOf(claims: WorkClaim[]): WorkClaim[] {
  return claims.filter((w) => w.pc.status === 'latest');
}

export function latestEntries(latest: WorkClaim[]): LatestEntry[] {
  return latest.map((w) => {
    const e: LatestEntry = { source: w.sourceName, kind: w.kind, claimId: w.pc.id, value: w.effective, published: w.published };
    if (w.pc.confirmed !== undefined) e.confirmed = w.pc.confirmed;
    return e;
  });
}

export function figureOf(measure: string, group: string, parent: string | undefined, claims: WorkClaim[],
  overrides: ReviewAction[]): Figure {
  const walk = startWalk();
  buildHistory(claims, walk);
  return figureFromWalk(measure, group, parent, claims.map((w) => w.pc), walk, overrides);
}

/** The figure from a finished walk: what depends on each source's latest value only. */
export function figureFromWalk(measure: string, group: string, parent: string | undefined, claims: PictureClaim[],
  walk: HistoryWalk, overrides: ReviewAction[]): Figure {
  const latest = [...walk.lastBySource.values()].sort(byTime);
  confirm(latest);
  const fig: Figure = {
    measure,
    group,
    claims,
    latest: latestEntries(latest),
    estimate: applyOverride(estimate(latest), overrides),
    conflicts: conflicts(latest),
    history: walk.history,
  };
  if (parent) fig.parent = parent;
  return fig;
}

export { byTime };
