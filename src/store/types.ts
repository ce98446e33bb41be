// One store interface, two backends (embedded SQLite and PostgreSQL).
import type { Claim, ReportMeta } from '../extract/types.js';

/** How a report's claims came to be: run through our extractor, or coded elsewhere and imported. */
export type ClaimOrigin = 'extracted' | 'imported';

export interface NewReport extends ReportMeta {
  /** Content hash (sha256 hex); the identity of the report. */
  id: string;
  incident: string;
  text: string;
  origin: ClaimOrigin;
  /** Id given by the source of an import ("r17"), kept for reference. */
  externalId?: string;
  /** Id of the report this one is a near-identical copy of (syndication). */
  copyOf?: string;
  /** Free-form extra metadata (imported unknown fields, ingest details). */
  extra?: Record<string, unknown>;
  /**
   * Near-duplicate signature of the text (encodeSignature of src/ingest/web/near-duplicate.ts), stored for
   * copy detection; write-only: stored reports do not carry it (see listFingerprints).
   */
  signature?: string;
}

export interface ExistingReport {
  incident: string;
  claims: number;
}

/** What copy and revision detection needs of a stored report, without its text. */
export interface ReportFingerprint {
  seq: number;
  id: string;
  url: string | null;
  published: string | null;
  /** null for reports stored before signatures were kept (or by a writer that did not compute one). */
  signature: string | null;
}

export interface StoredReport extends NewReport {
  /** ISO time the report entered the store. */
  ingestedAt: string;
  /** Extractor version that produced the current claims ("import" for imported ones). */
  extractorVersion: string;
  /** Sequence number in arrival order; stable and increasing. */
  seq: number;
}

export interface IncidentSummary {
  slug: string;
  name: string;
  reports: number;
  claims: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/**
 * Change counters of an incident, kept by the database itself (triggers), so writes by any process count.
 * A reader holding a picture compares them: `appends` moved alone means "read the reports after your
 * highest seq"; `rebuilds` moved means "start over" (reports moved in or out or replaced, review actions).
 */
export interface IncidentVersion {
  reports: number;
  appends: number;
  rebuilds: number;
}

/** A picture's JSON as written for an incident, and the key it was computed under (see pictures/snapshot.ts). */
export interface PictureSnapshot {
  key: string;
  json: Buffer;
}

export interface PutResult {
  id: string;
  /** false when the same report (same hash) was already stored: nothing changed. */
  created: boolean;
  incident: string;
}

export interface ReportWithClaims {
  report: StoredReport;
  claims: Claim[];
}

export interface Store {
  /** "sqlite" or "postgres". */
  readonly kind: string;
  /** Creates or upgrades the schema; safe to call on every start. */
  migrate(): Promise<void>;
  /** Stores a report and its claims in one transaction; an existing id changes nothing. */
  putReport(report: NewReport, claims: Claim[], extractorVersion: string): Promise<PutResult>;
  /** Several reports, each atomic, in one round of batched writes. */
  putReports(items: Array<{ report: NewReport; claims: Claim[]; extractorVersion: string }>): Promise<PutResult[]>;
  hasReport(id: string): Promise<boolean>;
  /**
   * Which of these ids are stored, with their incident and claim count, in one round trip (bulk ingest skips
   * known reports before extracting them).
   */
  existingIds(ids: string[]): Promise<Map<string, ExistingReport>>;
  /** Id, url, publish time and signature of every report with seq > afterSeq (default all), in seq order. */
  listFingerprints(afterSeq?: number): Promise<ReportFingerprint[]>;
  /** Sets signatures computed after the fact (reports stored without one); unknown ids are ignored. */
  setSignatures(items: Array<{ id: string; signature: string }>): Promise<void>;
  getReport(id: string): Promise<StoredReport | null>;
  listIncidents(): Promise<IncidentSummary[]>;
  /** Reports of an incident in publish order (unknown publish time last, then arrival order). */
  listReports(incident: string): Promise<StoredReport[]>;
  /** Everything the picture of an incident is computed from. */
  incidentClaims(incident: string): Promise<ReportWithClaims[]>;
  /**
   * The reports of an incident that arrived after `afterSeq` (seq > afterSeq), with their claims, in
   * publish order: what an in-memory picture (reconcile's PictureCache) needs to catch up.
   */
  incidentClaimsSince(incident: string, afterSeq: number): Promise<ReportWithClaims[]>;
  /** The incident's change counters (one indexed row); null for an unknown incident. */
  incidentVersion(incident: string): Promise<IncidentVersion | null>;
  /**
   * The incident's stored picture JSON and its key; null when none was stored. Given a key, null unless the
   * stored one has that key: a stale snapshot's JSON (70 MB for a large incident) is then not read.
   */
  pictureSnapshot(incident: string, key?: string): Promise<PictureSnapshot | null>;
  /** The key of the incident's stored picture, without its JSON; null when none was stored. */
  pictureSnapshotKey(incident: string): Promise<string | null>;
  /**
   * Stores (replaces) the incident's picture JSON, given in chunks, under a key (one word). A cache write: it
   * fails rather than wait long for a lock, and a reader sees the old snapshot or the new one, never a mix.
   */
  putPictureSnapshot(incident: string, key: string, chunks: readonly Buffer[]): Promise<void>;
  /** Replaces a report's claims atomically (re-extraction after an upgrade). */
  replaceClaims(reportId: string, claims: Claim[], extractorVersion: string): Promise<void>;
  /** Ids of reports with the given origin, in arrival order. */
  reportIds(origin?: ClaimOrigin): Promise<string[]>;
  /** One report and its claims (claims in stored order); null for an unknown id. */
  getReportWithClaims(id: string): Promise<ReportWithClaims | null>;
  /** Assigns a report to another incident (created on first use); false for an unknown id. */
  moveReport(id: string, incident: string): Promise<boolean>;
  /** Assigns several reports to an incident in one transaction (all or none); returns how many exist. */
  moveReports(ids: readonly string[], incident: string): Promise<number>;
  /** Creates the incident if needed and sets its display name (incidents start with name = slug). */
  setIncidentName(slug: string, name: string): Promise<void>;
  /** Records a reviewer's decision (audit log entry); creates the incident row on first use. */
  addReviewAction(action: NewReviewAction): Promise<ReviewAction>;
  /** Review actions of an incident in the order they were taken; undone ones included unless asked not to. */
  listReviewActions(incident: string, options?: { includeUndone?: boolean }): Promise<ReviewAction[]>;
  getReviewAction(id: number): Promise<ReviewAction | null>;
  /** Marks an action undone (kept in the log); null for an unknown id. Undoing twice changes nothing. */
  undoReviewAction(id: number, who?: string, why?: string): Promise<ReviewAction | null>;
  close(): Promise<void>;
}

/** A reviewer's decision: override an estimate, reject a claim, merge sources… The store does not interpret it. */
export interface NewReviewAction {
  incident: string;
  /** What the action is about, e.g. "figure:killed/security_forces" or "claim:<reportId>/<claimId>". */
  target: string;
  /** e.g. "override_estimate", "reject_claim". */
  action: string;
  payload?: Record<string, unknown> | null;
  who: string;
  why?: string | null;
  /** ISO time; defaults to now. */
  at?: string;
}

export interface ReviewAction {
  id: number;
  incident: string;
  target: string;
  action: string;
  payload: Record<string, unknown> | null;
  who: string;
  why: string | null;
  at: string;
  undoneAt: string | null;
  undoneBy: string | null;
  undoneWhy: string | null;
}
