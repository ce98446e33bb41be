// claims -> picture. Pure and deterministic: the same input gives the same picture, byte for byte.
// Reports are read in publish order (unknown times last), then arrival order (seq), then id.
import type { Claim, EventClaim, FigureClaim, FigureValue, SourceKind } from '../extract/types.js';
import { MEASURES } from '../extract/types.js';
import { breakdownChecks, hostageAccounting, nestingChecks, partyClaimChecks, tollDownChecks } from './checks.js';
import { buildTimeline, groupEvents, type WorkEvent } from './events.js';
import { figureOf, type WorkClaim } from './figures.js';
import { parentGroup, PEOPLE_PARTS } from './groups.js';
import { normName, resolveSources, type SourceMention } from './sources.js';
import { formatValue } from './values.js';
import type {
  Check, Figure, Picture, PictureClaim, PictureEventClaim, PictureReport, PictureSource, PictureSourceRef,
  ReconcileInput, ReportInput, ReportRef, ReviewAction,
} from './types.js';

export type * from './types.js';
export { renderPictureText } from './render-text.js';

const GROUP_ORDER = ['people', 'passengers', 'crew', 'hostages', 'civilians', 'security_forces', 'attackers', 'men', 'women', 'children'];

function time(published: string | undefined): number {
  if (!published) return Infinity;
  const t = Date.parse(published);
  return Number.isNaN(t) ? Infinity : t;
}

/** Picture ids are unique across reports: claim ids from extraction are only unique within one. */
export function pictureClaimId(reportId: string, claimId: string): string {
  return `${reportId.length > 12 ? reportId.slice(0, 12) : reportId}:${claimId}`;
}

function reportRef(r: ReportInput): ReportRef {
  const ref: ReportRef = { id: r.id, outlet: r.outlet ?? null, published: r.published ?? null };
  if (r.url) ref.url = r.url;
  if (r.title) ref.title = r.title;
  return ref;
}

const sentenceKey = (text: string | undefined, c: Claim): string | null => {
  if (!text || !c.sentence) return null;
  const s = text.slice(c.sentence.start, c.sentence.end).toLowerCase().replace(/\s+/g, ' ').trim();
  return s.length >= 40 ? s : null;
};

const valueKey = (v: FigureValue) => `${v.low}|${v.high}|${v.hedge}`;

export function reconcileIncident(input: ReconcileInput): Picture {
  // 1. Reports in publish order.
  const reports = input.reports
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => time(a.report.published) - time(b.report.published)
      || (a.report.seq ?? Infinity) - (b.report.seq ?? Infinity)
      || (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : a.i - b.i));
  const reportIndex = new Map(reports.map((r, i) => [r.report.id, i]));

  // 2. Reviews (undone ones ignored), oldest first so the newest decision wins.
  const reviews = (input.reviews ?? []).filter((r) => !r.undoneAt)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rawIdCount = new Map<string, number>();
  if (reviews.length) for (const r of reports) for (const c of r.claims) rawIdCount.set(c.id, (rawIdCount.get(c.id) ?? 0) + 1);
  const claimReviews = new Map<string, ReviewAction[]>();
  const figureOverrides = new Map<string, ReviewAction[]>();
  for (const r of reviews) {
    if (r.target.claimId) {
      const list = claimReviews.get(r.target.claimId) ?? [];
      list.push(r);
      claimReviews.set(r.target.claimId, list);
    } else if (r.target.figure && r.action === 'override') {
      const k = `${r.target.figure.measure}/${r.target.figure.group}`;
      const list = figureOverrides.get(k) ?? [];
      list.push(r);
      figureOverrides.set(k, list);
    }
  }
  const NONE: ReviewAction[] = [];
  const reviewsOf = (reportId: string, c: Claim): ReviewAction[] => {
    if (claimReviews.size === 0) return NONE;
    return [
      ...(claimReviews.get(pictureClaimId(reportId, c.id)) ?? []),
      ...(rawIdCount.get(c.id) === 1 ? claimReviews.get(c.id) ?? [] : []),
    ];
  };

  // 3. Claims with reviewer corrections applied; originals kept.
  interface Item { claim: Claim; reportIdx: number; order: number; id: string; reviews: ReviewAction[]; rejected: boolean; confirmed: boolean; original?: PictureClaim['original'] }
  const items: Item[] = [];
  let otherScope = 0;
  reports.forEach((r, reportIdx) => {
    r.claims.forEach((c0, k) => {
      if (!c0 || (c0.type !== 'figure' && c0.type !== 'event')) return;
      // Imported claims may lack what extraction always gives; a figure without a value says nothing.
      if (c0.type === 'figure' && (!c0.value || typeof c0.value !== 'object')) return;
      if (c0.type === 'figure' && c0.scope === 'other') { otherScope++; return; }
      const rs = reviewsOf(r.report.id, c0);
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
      items.push({ claim, reportIdx, order, id: pictureClaimId(r.report.id, c0.id), reviews: rs, rejected, confirmed, original });
    });
  });

  // 4. Sources.
  const mentions: SourceMention[] = items.map((it) => {
    const s = it.claim.source ?? { name: '', kind: 'media' as SourceKind };
    const m: SourceMention = { uid: it.id, reportIndex: it.reportIdx, order: it.order, name: s.name, kind: s.kind };
    if (s.org) m.org = s.org;
    const outlet = reports[it.reportIdx].report.outlet;
    if (outlet) m.outlet = outlet;
    return m;
  });
  const { byMention, sources } = resolveSources(mentions);
  const sourceRef = (it: Item): PictureSourceRef => {
    const id = sources.get(byMention.get(it.id)!)!;
    const ref: PictureSourceRef = { name: id.name, kind: id.kind, key: id.key };
    const raw = it.claim.source?.name?.trim();
    if (raw && raw !== id.name) ref.as = raw;
    if (it.claim.source?.via) ref.via = it.claim.source.via;
    if (id.org) ref.org = id.org;
    return ref;
  };

  // 5. Syndication: claims repeated by a copy of another report, or the same sentence in another outlet.
  const localId = new Map<string, string>(); // reportIdx + raw id -> picture id
  for (const it of items) localId.set(`${it.reportIdx}\u0000${it.claim.id}`, it.id);
  const copyOf = new Map<string, string>();
  const bySignature = new Map<string, { id: string; outlet: string | undefined; reportIdx: number }>();
  const claimSig = (it: Item, withSource: boolean) => {
    const c = it.claim;
    const base = c.type === 'figure' ? `f|${c.measure}|${c.group}|${valueKey(c.value)}` : `e|${c.event}|${c.negated ? 1 : 0}`;
    return withSource ? `${base}|${byMention.get(it.id)}` : base;
  };
  const byReport = new Map<number, Item[]>();
  for (const it of items) {
    const list = byReport.get(it.reportIdx) ?? [];
    list.push(it);
    byReport.set(it.reportIdx, list);
  }
  for (const it of items) {
    const r = reports[it.reportIdx].report;
    const origIdx = r.copyOf !== undefined ? reportIndex.get(r.copyOf) : undefined;
    if (origIdx !== undefined && origIdx !== it.reportIdx) {
      const orig = reports[origIdx].report;
      const ownVoice = (x: Item, outlet: string | undefined) => x.claim.source?.kind === 'media'
        && (!x.claim.source.name || normName(x.claim.source.name) === normName(outlet ?? '') || x.claim.source.name === 'outlet');
      const mySig = claimSig(it, false);
      const match = (byReport.get(origIdx) ?? []).find((o) => claimSig(o, false) === mySig
        && (byMention.get(o.id) === byMention.get(it.id) || (ownVoice(o, orig.outlet) && ownVoice(it, r.outlet))));
      if (match) { copyOf.set(it.id, match.id); continue; }
    }
    const sk = sentenceKey(r.text, it.claim);
    if (sk) {
      const sig = `${claimSig(it, false)}|${sk}`;
      const first = bySignature.get(sig);
      if (first && first.reportIdx !== it.reportIdx && first.outlet !== r.outlet) copyOf.set(it.id, first.id);
      else if (!first) bySignature.set(sig, { id: it.id, outlet: r.outlet, reportIdx: it.reportIdx });
    }
  }

  // 6. Figures.
  const refs = reports.map((r) => reportRef(r.report));
  const works: WorkClaim[] = [];
  const events: WorkEvent[] = [];
  const itemById = new Map(items.map((it) => [it.id, it]));
  for (const it of items) {
    const r = reports[it.reportIdx].report;
    const c = it.claim;
    const src = sourceRef(it);
    const base = {
      id: it.id, reportId: r.id, source: src, report: refs[it.reportIdx], span: c.span,
    };
    const reviewRefs = it.reviews.map((rv) => {
      const x: NonNullable<PictureClaim['reviews']>[number] = { id: rv.id, action: rv.action, who: rv.who, at: rv.at };
      if (rv.why) x.why = rv.why;
      return x;
    });
    if (c.type === 'figure') {
      const pc: PictureClaim = { ...base, value: c.value, status: 'latest' };
      if (c.sentence) pc.sentence = c.sentence;
      if (typeof c.text === 'string') pc.text = c.text;
      if (c.parts_of) pc.parts_of = localId.get(`${it.reportIdx}\u0000${c.parts_of}`) ?? c.parts_of;
      if (c.repeat_of) pc.repeat_of = localId.get(`${it.reportIdx}\u0000${c.repeat_of}`) ?? c.repeat_of;
      if (copyOf.has(it.id)) pc.copyOf = copyOf.get(it.id);
      if (typeof c.quantifier === 'string') pc.quantifier = c.quantifier;
      if (reviewRefs.length) pc.reviews = reviewRefs;
      if (it.original) pc.original = it.original;
      const w: WorkClaim = {
        pc, claim: c, reportIndex: it.reportIdx, order: it.order, published: r.published ?? null,
        sourceKey: src.key, sourceName: src.name, kind: src.kind, effective: c.value,
        reviewerConfirmed: it.confirmed, rejected: it.rejected,
      };
      if (src.org) w.org = src.org;
      works.push(w);
    } else if (c.type === 'event') {
      const e = c as EventClaim;
      const pc: PictureEventClaim = { ...base };
      if (e.sentence) pc.sentence = e.sentence;
      if (e.time) pc.time = e.time;
      if (e.negated) pc.negated = true;
      if (e.trigger) pc.trigger = e.trigger;
      if (copyOf.has(it.id)) pc.copyOf = copyOf.get(it.id);
      const w: WorkEvent = {
        pc, event: e.event, actorKey: actorKey(e.actor, sources), reportIndex: it.reportIdx, order: it.order,
        published: r.published ?? null, rejected: it.rejected,
      };
      if (e.actor) w.actor = e.actor;
      if (e.target) w.target = e.target;
      if (e.place) w.place = e.place;
      events.push(w);
    }
  }
  // A headline in the outlet's voice repeated in the body with its source ("26 hostages dead" ...
  // "twenty-six hostages were killed, the military's spokesman said"): the attributed one is the evidence.
  const workById = new Map(works.map((w) => [w.pc.id, w]));
  for (const w of works) {
    const t = w.pc.repeat_of ? workById.get(w.pc.repeat_of) : undefined;
    if (!t || t.pc.repeat_of || t.kind !== 'media' || w.kind === 'media') continue;
    delete w.pc.repeat_of;
    t.pc.repeat_of = w.pc.id;
  }
  const byFigure = new Map<string, WorkClaim[]>();
  for (const w of works) {
    const k = `${w.claim.measure}\u0000${w.claim.group}`;
    const list = byFigure.get(k) ?? [];
    list.push(w);
    byFigure.set(k, list);
  }
  const figures: Figure[] = [];
  for (const [k, list] of byFigure) {
    const [measure, group] = k.split('\u0000');
    // The parent its breakdowns name ("43 men" of "80 people"), by majority.
    const votes = new Map<string, number>();
    for (const w of list) {
      if (w.pc.copyOf || w.pc.repeat_of || w.rejected) continue;
      const total = w.pc.parts_of ? itemById.get(w.pc.parts_of) : undefined;
      if (total && total.claim.type === 'figure') votes.set(total.claim.group, (votes.get(total.claim.group) ?? 0) + 1);
    }
    // Breakdowns that disagree on the whole (43 men of 80 people, 58 men of 104 passengers): people.
    let named: string | undefined = votes.size === 1 ? [...votes.keys()][0] : undefined;
    // Soldiers are part of "the 26 dead hostages" in one report and not in another: a group that is
    // a part of people by definition moves under a breakdown's total only when every claim says so.
    const evidence = list.filter((w) => !w.pc.copyOf && !w.pc.repeat_of && !w.rejected).length;
    if (named && PEOPLE_PARTS.has(group) && (votes.get(named) ?? 0) < evidence) named = undefined;
    figures.push(figureOf(measure, group, parentGroup(group, named), list, figureOverrides.get(`${measure}/${group}`) ?? []));
  }
  const mi = (m: string) => { const i = (MEASURES as readonly string[]).indexOf(m); return i < 0 ? 99 : i; };
  const gi = (g: string) => { const i = GROUP_ORDER.indexOf(g); return i < 0 ? 99 : i; };
  figures.sort((a, b) => mi(a.measure) - mi(b.measure) || gi(a.group) - gi(b.group) || (a.group < b.group ? -1 : 1));

  // 7. Conflicts across figures: "all hostages freed" against a count still held, said afterwards.
  allFreedConflicts(works, figures);
  heldAfterAllFreed(works, figures, new Set(figureOverrides.keys()));

  // 8. Checks.
  const checks: Check[] = [
    ...breakdownChecks(works),
    ...nestingChecks(figures, works),
    ...hostageAccounting(figures),
    ...tollDownChecks(works),
    ...partyClaimChecks(works),
  ];

  // 9. Events, timeline, sources, reports.
  const pictureEvents = groupEvents(events);
  const timeline = buildTimeline(pictureEvents, figures, reportIndex);
  const stats = new Map<string, { n: number; first: string | null; last: string | null; outlets: Set<string> }>();
  for (const it of items) {
    const key = byMention.get(it.id)!;
    const s = stats.get(key) ?? { n: 0, first: null, last: null, outlets: new Set<string>() };
    const r = reports[it.reportIdx].report;
    if (!copyOf.has(it.id)) s.n++;
    // Reports are in publish order: the first claim seen is the earliest, the last the latest.
    const p = r.published ?? null;
    if (p && s.first === null) s.first = p;
    if (p) s.last = p;
    const outlet = it.claim.source?.via ?? r.outlet;
    if (outlet && !s.outlets.has(outlet) && normName(outlet) !== normName(sources.get(key)!.name)) s.outlets.add(outlet);
    stats.set(key, s);
  }
  const pictureSources: PictureSource[] = [...sources.values()].filter((s) => stats.has(s.key)).map((s) => {
    const st = stats.get(s.key)!;
    const ps: PictureSource = {
      key: s.key, name: s.name, kind: s.kind, aliases: [...s.aliases].sort(), claims: st.n,
      firstSeen: st.first, lastSeen: st.last, outlets: [...st.outlets].sort(),
    };
    if (s.org) ps.org = s.org;
    return ps;
  }).sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : 1));
  const pictureReports: PictureReport[] = reports.map((r) => {
    const pr: PictureReport = { ...reportRef(r.report), claims: r.claims.length };
    if (r.report.copyOf) pr.copyOf = r.report.copyOf;
    if (r.report.seq !== undefined) pr.seq = r.report.seq;
    return pr;
  });

  const picture: Picture = {
    incident: input.incident,
    figures,
    events: pictureEvents,
    sources: pictureSources,
    checks,
    timeline,
    reports: pictureReports,
  };
  if (input.generatedAt) picture.generatedAt = input.generatedAt;
  if (otherScope) picture.otherScope = otherScope;
  return picture;
}

/** The event's actor as a source key when it names a known source ("the BLA"), else its own words. */
function actorKey(actor: string | undefined, sources: Map<string, { key: string; name: string; aliases: string[] }>): string {
  if (!actor) return '';
  const n = normName(actor);
  for (const s of sources.values()) {
    if (normName(s.name) === n || s.aliases.some((a) => normName(a) === n)) return s.key;
  }
  return n;
}

const HELD_GROUPS = new Set(['hostages', 'passengers', 'people', 'crew', 'civilians', 'security_forces']);

/**
 * "All hostages were freed" from a credible source, with no credible count of people still held
 * after it, puts the held estimate at 0 (party claims of hostages still held stay shown, and conflict).
 */
function heldAfterAllFreed(works: WorkClaim[], figures: Figure[], overridden: Set<string>): void {
  for (const f of figures) {
    if (f.measure !== 'held' || overridden.has(`${f.measure}/${f.group}`)) continue;
    const allFreed = works.filter((w) => w.claim.measure === 'freed' && w.claim.group === f.group
      && w.pc.quantifier === 'all' && !w.rejected && !w.pc.copyOf && !w.pc.repeat_of
      && (w.kind !== 'militant' || w.reviewerConfirmed));
    const last = allFreed[allFreed.length - 1];
    if (!last) continue;
    const laterCredible = works.some((w) => w.claim.measure === 'held' && w.claim.group === f.group
      && w.pc.status === 'latest' && (w.kind !== 'militant' || w.pc.confirmed)
      && (w.reportIndex > last.reportIndex || (w.reportIndex === last.reportIndex && w.order > last.order)));
    if (laterCredible) continue;
    const when = last.published ? `, ${last.published}` : '';
    f.estimate = {
      low: 0, best: 0, high: 0, used: [last.pc.id],
      rule: `best = 0: ${last.sourceName} says all ${f.group} were freed (${last.pc.report.outlet ?? 'unknown outlet'}${when}) ` +
        `and no credible source has given a count still held since. Computed before: ${f.estimate.rule}`,
    };
  }
}

/** An "all freed" claim contradicts a later claim, by someone else, that people are still held. */
function allFreedConflicts(works: WorkClaim[], figures: Figure[]): void {
  const allFreed = works.filter((w) => w.claim.measure === 'freed' && w.pc.quantifier === 'all'
    && !w.rejected && !w.pc.copyOf && HELD_GROUPS.has(w.claim.group));
  if (!allFreed.length) return;
  for (const f of figures) {
    if (f.measure !== 'held' || !HELD_GROUPS.has(f.group)) continue;
    for (const w of works) {
      if (w.claim.measure !== 'held' || w.claim.group !== f.group || w.pc.status !== 'latest') continue;
      if ((w.effective.low ?? 0) <= 0 && w.effective.hedge !== 'vague') continue;
      if (w.effective.low === 0 && w.effective.high === 0) continue;
      const contradicted = allFreed.find((a) => a.sourceKey !== w.sourceKey
        && (a.reportIndex < w.reportIndex || (a.reportIndex === w.reportIndex && a.order < w.order)));
      if (!contradicted) continue;
      f.conflicts.push({
        kind: 'all_freed_vs_held',
        message: `${contradicted.sourceName} (${contradicted.kind}) says all ${contradicted.claim.group} were freed; ` +
          `afterwards ${w.sourceName} (${w.kind}) says ${formatValue(w.effective, w.claim.text as string | undefined)} ${w.claim.group} are still held`,
        claims: [contradicted.pc.id, w.pc.id],
      });
    }
  }
}
