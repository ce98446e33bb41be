// Mapping between the Store's objects and table rows, shared by both backends.
import type { Claim } from '../extract/types.js';
import type { IncidentVersion, NewReport, NewReviewAction, ReportFingerprint, ReportWithClaims, ReviewAction, StoredReport } from './types.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Column values of a report row, in REPORT_INSERT_COLUMNS order. */
export const REPORT_COLUMNS = [
  'id', 'incident', 'outlet', 'published', 'published_ms', 'url', 'title', 'text', 'origin',
  'external_id', 'copy_of', 'extra', 'extractor_version', 'ingested_at', 'claim_count',
] as const;

/** Columns written when a report is inserted: the read columns plus the write-only signature. */
export const REPORT_INSERT_COLUMNS = [...REPORT_COLUMNS, 'signature'] as const;

/** The SELECT list of listFingerprints (both dialects). */
export const FINGERPRINT_COLUMNS = 'seq, id, url, published, signature';

export function fingerprintFromRow(row: Record<string, unknown>): ReportFingerprint {
  return {
    seq: Number(row.seq),
    id: row.id as string,
    url: (row.url as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    signature: (row.signature as string | null) ?? null,
  };
}

/** `claims` are the report's claim rows (claimRows): their count goes on the report row. */
export function reportValues(
  r: NewReport, extractorVersion: string, ingestedAt: string, claims: unknown[][],
): unknown[] {
  // PostgreSQL text cannot hold U+0000 and SQLite would turn a lone surrogate into U+FFFD:
  // refuse both on both backends so they behave alike and a report always reads back as written.
  for (const key of ['id', 'incident', 'text', 'outlet', 'published', 'url', 'title', 'externalId', 'copyOf'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (v.includes('\u0000')) throw new Error(`report ${key} contains a NUL character (U+0000); strip it before storing`);
    if (LONE_SURROGATE.test(v)) throw new Error(`report ${key} is not well-formed Unicode (lone surrogate)`);
  }
  return [
    r.id, r.incident, r.outlet ?? null, r.published ?? null, publishedMs(r.published), r.url ?? null,
    r.title ?? null, r.text, r.origin, r.externalId ?? null, r.copyOf ?? null,
    r.extra === undefined ? null : JSON.stringify(r.extra), extractorVersion, ingestedAt, claims.length,
    r.signature ?? null,
  ];
}

/** Parsed publish time for ordering; null when missing or unparseable (sorted last). */
export function publishedMs(published: string | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms : null;
}

/** Column values of a claim row, in CLAIM_COLUMNS order. */
export const CLAIM_COLUMNS = [
  'report_id', 'ord', 'claim_id', 'type', 'measure', 'grp', 'event', 'hedge', 'low', 'high',
  'source_name', 'source_kind', 'json',
] as const;

export function claimValues(reportId: string, ord: number, c: Claim): unknown[] {
  const any = c as Record<string, unknown>;
  const value = isObject(any.value) ? any.value : {};
  const source = isObject(any.source) ? any.source : {};
  return [
    reportId, ord, any.id == null ? String(ord) : String(any.id), str(any.type) ?? 'unknown',
    str(any.measure), str(any.group), str(any.event), str(value.hedge), num(value.low), num(value.high),
    str(source.name), str(source.kind), JSON.stringify(c),
  ];
}

/** A report's claim rows, in CLAIM_COLUMNS order. */
export function claimRows(reportId: string, claims: Claim[]): unknown[][] {
  return claims.map((c, i) => claimValues(reportId, i, c));
}

const JSON_COLUMN = CLAIM_COLUMNS.indexOf('json');

/** The claims of a report as one JSON array text (report_claims.json), from their rows: each claim stringified once. */
export function claimsJson(rows: unknown[][]): string {
  return `[${rows.map((v) => v[JSON_COLUMN] as string).join(',')}]`;
}

/** A report row read with its claims as one JSON array text (`claims_json`, from report_claims or built). */
export function reportWithClaimsFromRow(row: Record<string, unknown>): ReportWithClaims {
  return { report: reportFromRow(row), claims: row.claims_json == null ? [] : JSON.parse(row.claims_json as string) as Claim[] };
}

/**
 * Report rows with their claims, each parsed as it arrives. Rows all read first (`all()`) would keep
 * every report's claims text alive (19 MB for 100 000 claims) until the last row is in: the scavenges
 * in between copy those texts twice, into the old generation, although each is garbage once parsed.
 */
export function reportsWithClaims(rows: Iterable<Record<string, unknown>>): ReportWithClaims[] {
  const out: ReportWithClaims[] = [];
  for (const row of rows) out.push(reportWithClaimsFromRow(row));
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Parses a json column: SQLite gives text, PostgreSQL's json type arrives already parsed. */
export function fromJson<T>(v: unknown): T | null {
  if (v == null) return null;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

export function reportFromRow(row: Record<string, unknown>): StoredReport {
  const r: StoredReport = {
    id: row.id as string,
    incident: row.incident as string,
    text: row.text as string,
    origin: row.origin as StoredReport['origin'],
    ingestedAt: row.ingested_at as string,
    extractorVersion: row.extractor_version as string,
    seq: Number(row.seq),
  };
  // Optional fields are left out, not set to undefined, so a stored report deep-equals its input.
  if (row.outlet != null) r.outlet = row.outlet as string;
  if (row.published != null) r.published = row.published as string;
  if (row.url != null) r.url = row.url as string;
  if (row.title != null) r.title = row.title as string;
  if (row.external_id != null) r.externalId = row.external_id as string;
  if (row.copy_of != null) r.copyOf = row.copy_of as string;
  const extra = fromJson<Record<string, unknown>>(row.extra);
  if (extra != null) r.extra = extra;
  return r;
}

export function reviewActionValues(a: NewReviewAction, now: string): unknown[] {
  return [
    a.incident, a.target, a.action, a.payload == null ? null : JSON.stringify(a.payload),
    a.who, a.why ?? null, a.at ?? now,
  ];
}

export function reviewActionFromRow(row: Record<string, unknown>): ReviewAction {
  return {
    id: Number(row.id),
    incident: row.incident as string,
    target: row.target as string,
    action: row.action as string,
    payload: fromJson<Record<string, unknown>>(row.payload),
    who: row.who as string,
    why: (row.why as string | null) ?? null,
    at: row.at as string,
    undoneAt: (row.undone_at as string | null) ?? null,
    undoneBy: (row.undone_by as string | null) ?? null,
    undoneWhy: (row.undone_why as string | null) ?? null,
  };
}

/** Shared SELECT list for listIncidents; both dialects accept it. */
export const INCIDENT_SUMMARY_SQL = `
SELECT i.slug, i.name,
  (SELECT count(*) FROM reports r WHERE r.incident = i.slug) AS reports,
  (SELECT coalesce(sum(r.claim_count), 0) FROM reports r WHERE r.incident = i.slug) AS claims,
  (SELECT r.published FROM reports r WHERE r.incident = i.slug AND r.published_ms IS NOT NULL
     ORDER BY r.published_ms, r.seq LIMIT 1) AS first_published,
  (SELECT r.published FROM reports r WHERE r.incident = i.slug AND r.published_ms IS NOT NULL
     ORDER BY r.published_ms DESC, r.seq DESC LIMIT 1) AS last_published
FROM incidents i
ORDER BY i.slug`;

/** Publish order: unknown publish time last, then arrival order. */
export const REPORT_ORDER = 'published_ms IS NULL, published_ms, seq';

/** Refuses a database whose schema was written by a newer sitrep: running old code on it could lose data. */
export function checkSchemaVersion(current: number, known: number, where: string): void {
  if (current > known) {
    throw new Error(`${where} has schema version ${current}, newer than this sitrep knows (${known}): upgrade sitrep`);
  }
}

/** PostgreSQL's bigint arrives as a string: counters are numbers either way. */
export function versionFromRow(row: Record<string, unknown>): IncidentVersion {
  return { reports: Number(row.report_count), appends: Number(row.picture_appends), rebuilds: Number(row.picture_rebuilds) };
}
