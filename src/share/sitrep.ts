// The situation report as data: what a sitrep says, built from a picture, before any Markdown or HTML.
// Every figure statement names its source; a party's claim is worded as a claim and marked unconfirmed
// unless an independent source or a reviewer confirmed it. Footnotes point at the report and quote the
// stored sentence.
import type { FigureValue } from '../extract/types.js';
import type { Figure, Picture, PictureClaim, PictureEvent } from '../reconcile/types.js';
import { evidenceOf, reportUrls, type ReportTexts } from './rows.js';

export interface Note {
  n: number;
  outlet: string | null;
  published: string | null;
  url: string | null;
  quote: string | null;
}

/** One source's latest statement of a figure, worded: "ISPR says 26". */
export interface Statement {
  text: string;
  note: number;
  party: boolean;
  confirmed: boolean;
}

export interface FigureSection {
  label: string;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  statements: Statement[];
  contested: boolean;
}

export interface EventLine {
  date: string | null;
  text: string;
}

export interface Sitrep {
  incident: string;
  /** What the report calls the incident: its display name, or the slug in words while it has none. */
  title: string;
  asOf: string | null;
  /** Set when compared with an earlier sitrep: its time and what moved since. */
  since?: { at: string; changes: string[] };
  reports: number;
  headline: FigureSection[];
  breakdown: FigureSection[];
  contested: Array<{ label: string; messages: string[]; statements: Statement[] }>;
  events: EventLine[];
  checks: string[];
  sources: Array<{ name: string; kind: string; claims: number; outlets: string[] }>;
  notes: Note[];
}

export function formatValue(v: FigureValue): string {
  const { low, high } = v;
  switch (v.hedge) {
    case 'exact': return String(low ?? high);
    case 'about': return `about ${low === high || high === null ? low : Math.round(((low ?? 0) + high) / 2)}`;
    case 'at_least': return `at least ${low}`;
    case 'at_most': return `at most ${high}`;
    case 'range': return `${low}–${high}`;
    case 'vague': return `an unspecified number (${low ?? '?'}–${high ?? '?'})`;
    default: return low === high ? String(low) : `${low ?? '?'}–${high ?? '?'}`;
  }
}

export function label(f: Pick<Figure, 'measure' | 'group'>): string {
  return `${f.measure} (${f.group.replace(/_/g, ' ')})`;
}

function day(iso: string | null | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

class Notes {
  readonly list: Note[] = [];
  private readonly bySentence = new Map<string, number>();
  constructor(private readonly texts: ReportTexts, private readonly urls: ReadonlyMap<string, string>) {}
  /** One note per quoted sentence: claims from the same sentence of the same report share it. */
  of(c: PictureClaim | PictureEvent['claims'][number]): number {
    const span = c.sentence ?? c.span;
    const key = `${c.reportId}@${span.start}-${span.end}`;
    const known = this.bySentence.get(key);
    if (known) return known;
    const n = this.list.length + 1;
    this.list.push({
      n,
      outlet: c.report.outlet,
      published: c.report.published,
      url: c.report.url ?? this.urls.get(c.reportId) ?? null,
      quote: evidenceOf(c, this.texts),
    });
    this.bySentence.set(key, n);
    return n;
  }
}

function statementOf(c: PictureClaim, notes: Notes, measure: string, group: string): Statement {
  const party = c.source.kind === 'militant';
  const confirmed = party && c.confirmed === true;
  const what = `${formatValue(c.value)} ${group.replace(/_/g, ' ')} ${measure}`;
  const when = day(c.report.published);
  const via = c.report.outlet ? `, via ${c.report.outlet}` : '';
  const text = party
    ? `${c.source.name} claims ${what}${confirmed ? ` (confirmed by ${c.confirmedBy?.length ? 'an independent source' : 'a reviewer'})` : ' (unconfirmed)'}${when ? ` (${when}${via})` : ''}`
    : `${c.source.name} (${c.source.kind}): ${what}${when ? ` (${when}${via})` : ''}`;
  return { text, note: notes.of(c), party, confirmed };
}

function section(f: Figure, notes: Notes): FigureSection {
  const latest = f.claims.filter((c) => c.status === 'latest');
  return {
    label: label(f),
    low: f.estimate.low,
    best: f.estimate.best,
    high: f.estimate.high,
    rule: f.estimate.rule,
    statements: latest.map((c) => statementOf(c, notes, f.measure, f.group)),
    contested: f.conflicts.length > 0,
  };
}

const ORDER = ['killed', 'injured', 'missing', 'held', 'freed', 'displaced', 'arrested', 'present', 'affected', 'other'];

function eventLine(e: PictureEvent, kinds: ReadonlyMap<string, string>, notes: Notes): EventLine {
  const who = e.actor ? `${e.actor}: ` : '';
  const whom = e.target ? ` of ${e.target}` : '';
  const where = e.place ? ` at ${e.place}` : '';
  const what = `${who}${e.event.replace(/_/g, ' ')}${whom}${where}`;
  const partyOnly = e.sources.length > 0 && e.sources.every((s) => kinds.get(s) === 'militant');
  const refs = e.claims.filter((c) => !c.copyOf).slice(0, 3).map((c) => `[${notes.of(c)}]`).join('');
  const text = partyOnly
    ? `${e.sources.join(' and ')} claims: ${what} (unconfirmed) ${refs}`
    : `${what} (per ${e.sources.join(', ')}) ${refs}`;
  return { date: day(e.time?.iso ?? e.firstReported), text: text.trim() };
}

/** "jaffar-express-hijacking" reads as "Jaffar Express Hijacking" until someone names the incident. */
export function incidentTitle(slug: string, name?: string | null): string {
  if (name && name !== slug) return name;
  return slug.replace(/-/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

export function buildSitrep(p: Picture, texts: ReportTexts, asOf: string | null = null, name?: string | null): Sitrep {
  const notes = new Notes(texts, reportUrls(p));
  const figures = [...p.figures].sort((a, b) => ORDER.indexOf(a.measure) - ORDER.indexOf(b.measure));
  const headline = figures.filter((f) => !f.parent).map((f) => section(f, notes));
  const breakdown = figures.filter((f) => f.parent).map((f) => section(f, notes));
  const contested = figures.filter((f) => f.conflicts.length).map((f) => ({
    label: label(f),
    messages: f.conflicts.map((c) => c.message),
    statements: f.claims.filter((c) => f.conflicts.some((k) => k.claims.includes(c.id))).map((c) => statementOf(c, notes, f.measure, f.group)),
  }));
  const kinds = new Map(p.sources.map((s) => [s.name, s.kind]));
  const when = (e: PictureEvent) => day(e.time?.iso ?? e.firstReported) ?? '9999';
  const events = p.events
    .filter((e) => !e.negated)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (when(a.e) < when(b.e) ? -1 : when(a.e) > when(b.e) ? 1 : a.i - b.i))
    .map(({ e }) => eventLine(e, kinds, notes));
  let latest: string | null = null;
  for (const r of p.reports) if (r.published && (latest === null || r.published > latest)) latest = r.published;
  return {
    incident: p.incident,
    title: incidentTitle(p.incident, name),
    asOf: asOf ?? latest,
    reports: p.reports.length,
    headline,
    breakdown,
    contested,
    events,
    checks: p.checks.filter((c) => !c.ok).map((c) => c.message),
    sources: p.sources.map((s) => ({ name: s.name, kind: s.kind, claims: s.claims, outlets: s.outlets })),
    notes: notes.list,
  };
}

function estimateText(e: { low: number | null; best: number | null; high: number | null } | undefined): string {
  if (!e) return 'no figure';
  const best = e.best === null ? 'no best figure' : String(e.best);
  return e.low === e.best && e.high === e.best ? best : `${best} (${e.low ?? '?'}–${e.high ?? 'open'})`;
}

/** What moved between two pictures of the same incident: estimates that changed, appeared or went away. */
export function changesSince(before: Picture, now: Picture): string[] {
  const key = (f: Figure) => `${f.measure}/${f.group}`;
  const old = new Map(before.figures.map((f) => [key(f), f]));
  const out: string[] = [];
  for (const f of now.figures) {
    const was = old.get(key(f));
    old.delete(key(f));
    const a = estimateText(was?.estimate);
    const b = estimateText(f.estimate);
    if (!was) out.push(`${label(f)}: new, ${b}`);
    else if (a !== b) out.push(`${label(f)}: ${a} → ${b}`);
  }
  for (const f of old.values()) out.push(`${label(f)}: no longer reported (was ${estimateText(f.estimate)})`);
  const newReports = now.reports.length - before.reports.length;
  if (newReports > 0) out.unshift(`${newReports} new report${newReports === 1 ? '' : 's'}`);
  return out;
}
