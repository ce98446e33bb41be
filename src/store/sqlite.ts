// Embedded store: one SQLite file (better-sqlite3), WAL so readers never block the writer,
// busy_timeout so several processes can write the same file, immediate transactions for writes
// so a writer never has to upgrade a read lock (which would fail with SQLITE_BUSY at once).
import Database from 'better-sqlite3';
import type { Claim } from '../extract/types.js';
import { loadMigrations } from './migrations.js';
import { SnapshotFiles } from './snapshot-files.js';
import {
  CLAIM_COLUMNS, FINGERPRINT_COLUMNS, INCIDENT_SUMMARY_SQL, checkSchemaVersion, REPORT_COLUMNS, REPORT_INSERT_COLUMNS,
  claimRows, claimsJson, fingerprintFromRow, reportFromRow, reportValues, reportsWithClaims, reviewActionFromRow, reviewActionValues, versionFromRow,
} from './rows.js';
import type {
  ClaimOrigin, ExistingReport, IncidentSummary, IncidentVersion, NewReport, NewReviewAction, PictureSnapshot, PutResult, ReportFingerprint, ReportWithClaims,
  ReviewAction, Store, StoredReport,
} from './types.js';

type Row = Record<string, unknown>;
type Item = { report: NewReport; claims: Claim[]; extractorVersion: string };

const BUSY_TIMEOUT_MS = 15_000;
/** Ids per existingIds statement. */
const ID_CHUNK = 5_000;

/**
 * Switches a file to WAL. The switch needs the file to itself, and SQLite answers "database is
 * locked" at once, without its busy handler, when another process is opening or switching the same
 * new file at that moment; so this waits and tries again until the busy timeout, as the handler would.
 */
function useWal(db: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    let mode: unknown;
    try {
      mode = db.pragma('journal_mode', { simple: true });
      // (an in-memory database has no journal to switch)
      if (mode === 'wal' || mode === 'memory') return;
      mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode === 'wal') return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw err;
    }
    // (refused with an error, or answered with the old mode: another process holds the file)
    if (Date.now() > deadline) throw new Error(`could not switch to WAL journaling (journal mode stays ${String(mode)})`);
    Atomics.wait(pause, 0, 0, Math.min(5 + attempt * 5, 50));
  }
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private stmts: ReturnType<typeof prepare> | null = null;
  /** Picture snapshots: files beside the database file (see snapshot-files.ts). */
  private readonly snapshots: SnapshotFiles;

  constructor(readonly path: string) {
    this.snapshots = new SnapshotFiles(`${path}.pictures`);
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    try {
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      useWal(this.db);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.db.pragma('foreign_keys = ON');
    // NORMAL is durable against process crashes in WAL mode (only an OS crash may lose the last commits).
    this.db.pragma('synchronous = NORMAL');
  }

  private get s(): ReturnType<typeof prepare> {
    if (!this.stmts) throw new Error('store not migrated: call migrate() first');
    return this.stmts;
  }

  async migrate(): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
      const current = row.v ?? 0;
      const migrations = loadMigrations('sqlite');
      checkSchemaVersion(current, migrations.at(-1)?.version ?? 0, `database file ${this.path}`);
      for (const m of migrations) {
        if (m.version <= current) continue;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      }
    }).immediate();
    this.stmts = prepare(db);
  }

  async putReport(report: NewReport, claims: Claim[], extractorVersion: string): Promise<PutResult> {
    return this.writeBatch([{ report, claims, extractorVersion }])[0];
  }

  async putReports(items: Item[]): Promise<PutResult[]> {
    // One transaction per batch: a crash rolls the whole batch back, so only whole reports exist.
    return this.writeBatch(items);
  }

  private writeBatch(items: Item[]): PutResult[] {
    const s = this.s;
    const run = this.db.transaction((batch: Item[]) => {
      const now = new Date().toISOString();
      const out: PutResult[] = [];
      for (const { report, claims, extractorVersion } of batch) {
        const existing = s.reportIncident.get(report.id) as { incident: string } | undefined;
        if (existing) {
          out.push({ id: report.id, created: false, incident: existing.incident });
          continue;
        }
        s.ensureIncident.run(report.incident, report.incident, now);
        const rows = claimRows(report.id, claims);
        s.insertReport.run(...reportValues(report, extractorVersion, now, rows));
        writeClaims(s, report.id, rows);
        out.push({ id: report.id, created: true, incident: report.incident });
      }
      return out;
    });
    return run.immediate(items);
  }

  async hasReport(id: string): Promise<boolean> {
    return this.s.reportIncident.get(id) !== undefined;
  }

  async existingIds(ids: string[]): Promise<Map<string, ExistingReport>> {
    const out = new Map<string, ExistingReport>();
    // One statement for any number of ids: they travel as a JSON array.
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows = this.s.existingIds.all(JSON.stringify(ids.slice(i, i + ID_CHUNK))) as Row[];
      for (const r of rows) out.set(r.id as string, { incident: r.incident as string, claims: Number(r.claim_count) });
    }
    return out;
  }

  async listFingerprints(afterSeq = 0): Promise<ReportFingerprint[]> {
    return (this.s.fingerprints.all(afterSeq) as Row[]).map(fingerprintFromRow);
  }

  async setSignatures(items: Array<{ id: string; signature: string }>): Promise<void> {
    const s = this.s;
    this.db.transaction(() => {
      for (const it of items) s.setSignature.run(it.signature, it.id);
    }).immediate();
  }

  async getReport(id: string): Promise<StoredReport | null> {
    const row = this.s.getReport.get(id) as Row | undefined;
    return row ? reportFromRow(row) : null;
  }

  async listIncidents(): Promise<IncidentSummary[]> {
    return (this.s.listIncidents.all() as Row[]).map(incidentFromRow);
  }

  async listReports(incident: string): Promise<StoredReport[]> {
    return (this.s.listReports.all(incident) as Row[]).map(reportFromRow);
  }

  async incidentClaims(incident: string): Promise<ReportWithClaims[]> {
    return reportsWithClaims(this.s.incidentClaims.iterate(incident) as IterableIterator<Row>);
  }

  async incidentClaimsSince(incident: string, afterSeq: number): Promise<ReportWithClaims[]> {
    return reportsWithClaims(this.s.incidentClaimsSince.iterate(incident, afterSeq) as IterableIterator<Row>);
  }

  async incidentVersion(incident: string): Promise<IncidentVersion | null> {
    const row = this.s.incidentVersion.get(incident) as Row | undefined;
    return row ? versionFromRow(row) : null;
  }

  async pictureSnapshot(incident: string, key?: string): Promise<PictureSnapshot | null> {
    return this.snapshots.read(incident, key);
  }

  async pictureSnapshotKey(incident: string): Promise<string | null> {
    return this.snapshots.readKey(incident);
  }

  async putPictureSnapshot(incident: string, key: string, chunks: readonly Buffer[]): Promise<void> {
    this.snapshots.write(incident, key, chunks);
  }

  async replaceClaims(reportId: string, claims: Claim[], extractorVersion: string): Promise<void> {
    const s = this.s;
    this.db.transaction(() => {
      if (!s.reportIncident.get(reportId)) throw new Error(`no report with id ${reportId}`);
      s.deleteClaims.run(reportId);
      const rows = claimRows(reportId, claims);
      writeClaims(s, reportId, rows);
      s.setClaimInfo.run(extractorVersion, rows.length, reportId);
    }).immediate();
  }

  async reportIds(origin?: ClaimOrigin): Promise<string[]> {
    const rows = (origin ? this.s.idsByOrigin.all(origin) : this.s.allIds.all()) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  async getReportWithClaims(id: string): Promise<ReportWithClaims | null> {
    return this.db.transaction(() => {
      const row = this.s.getReport.get(id) as Row | undefined;
      if (!row) return null;
      const claims = (this.s.reportClaims.all(id) as Array<{ json: string }>).map((r) => JSON.parse(r.json) as Claim);
      return { report: reportFromRow(row), claims };
    })();
  }

  async moveReport(id: string, incident: string): Promise<boolean> {
    return (await this.moveReports([id], incident)) > 0;
  }

  async moveReports(ids: readonly string[], incident: string): Promise<number> {
    const s = this.s;
    return this.db.transaction(() => {
      const found = ids.filter((id) => s.reportIncident.get(id));
      if (found.length === 0) return 0;
      s.ensureIncident.run(incident, incident, new Date().toISOString());
      for (const id of found) s.moveReport.run(incident, id);
      return found.length;
    }).immediate();
  }

  async setIncidentName(slug: string, name: string): Promise<void> {
    this.s.upsertIncidentName.run(slug, name, new Date().toISOString());
  }

  async addReviewAction(action: NewReviewAction): Promise<ReviewAction> {
    const s = this.s;
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      s.ensureIncident.run(action.incident, action.incident, now);
      const info = s.insertReviewAction.run(...reviewActionValues(action, now));
      return reviewActionFromRow(s.getReviewAction.get(info.lastInsertRowid) as Row);
    }).immediate();
  }

  async listReviewActions(incident: string, options?: { includeUndone?: boolean }): Promise<ReviewAction[]> {
    const all = options?.includeUndone ?? true;
    const rows = (all ? this.s.listReviewActions : this.s.listActiveReviewActions).all(incident) as Row[];
    return rows.map(reviewActionFromRow);
  }

  async getReviewAction(id: number): Promise<ReviewAction | null> {
    const row = this.s.getReviewAction.get(id) as Row | undefined;
    return row ? reviewActionFromRow(row) : null;
  }

  async undoReviewAction(id: number, who?: string, why?: string): Promise<ReviewAction | null> {
    const s = this.s;
    return this.db.transaction(() => {
      s.undoReviewAction.run(new Date().toISOString(), who ?? null, why ?? null, id);
      const row = s.getReviewAction.get(id) as Row | undefined;
      return row ? reviewActionFromRow(row) : null;
    }).immediate();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * A report's claims as one JSON array text: kept in report_claims since migration 004 (written with the
 * claims, in the same transaction); built from the claims rows only for a report that lacks it
 * (group_concat ... ORDER BY needs SQLite 3.44). coalesce evaluates its second argument only when needed.
 */
const CLAIMS_ARRAY = `coalesce((SELECT rc.json FROM report_claims rc WHERE rc.report_id = r.id),
  (SELECT '[' || group_concat(c.json, ',' ORDER BY c.ord) || ']' FROM claims c WHERE c.report_id = r.id))`;

/** A report's claims, as rows and as one JSON array text (report_claims), in the caller's transaction. */
function writeClaims(s: ReturnType<typeof prepare>, reportId: string, rows: unknown[][]): void {
  for (const v of rows) s.insertClaim.run(...v);
  s.putClaimsJson.run(reportId, claimsJson(rows));
}

function incidentFromRow(row: Row): IncidentSummary {
  return {
    slug: row.slug as string,
    name: row.name as string,
    reports: Number(row.reports),
    claims: Number(row.claims),
    firstPublished: (row.first_published as string | null) ?? null,
    lastPublished: (row.last_published as string | null) ?? null,
  };
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

function prepare(db: Database.Database) {
  const reportCols = 'seq, ' + REPORT_COLUMNS.join(', ');
  return {
    reportIncident: db.prepare('SELECT incident FROM reports WHERE id = ?'),
    ensureIncident: db.prepare('INSERT OR IGNORE INTO incidents (slug, name, created_at) VALUES (?, ?, ?)'),
    upsertIncidentName: db.prepare(`INSERT INTO incidents (slug, name, created_at) VALUES (?, ?, ?)
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name`),
    insertReport: db.prepare(`INSERT INTO reports (${REPORT_INSERT_COLUMNS.join(', ')})
      VALUES (${placeholders(REPORT_INSERT_COLUMNS.length)})`),
    existingIds: db.prepare('SELECT id, incident, claim_count FROM reports WHERE id IN (SELECT value FROM json_each(?))'),
    fingerprints: db.prepare(`SELECT ${FINGERPRINT_COLUMNS} FROM reports WHERE seq > ? ORDER BY seq`),
    setSignature: db.prepare('UPDATE reports SET signature = ? WHERE id = ?'),
    insertClaim: db.prepare(`INSERT INTO claims (${CLAIM_COLUMNS.join(', ')})
      VALUES (${placeholders(CLAIM_COLUMNS.length)})`),
    getReport: db.prepare(`SELECT ${reportCols} FROM reports WHERE id = ?`),
    listIncidents: db.prepare(INCIDENT_SUMMARY_SQL),
    listReports: db.prepare(`SELECT ${reportCols} FROM reports WHERE incident = ?
      ORDER BY published_ms IS NULL, published_ms, seq`),
    // One row per report with its claims as one JSON array (one parse per report, not per claim, and
    // one statement: one snapshot, no sort of the claims).
    incidentClaims: db.prepare(`SELECT ${reportCols}, ${CLAIMS_ARRAY} AS claims_json FROM reports r WHERE incident = ?
      ORDER BY published_ms IS NULL, published_ms, seq`),
    reportClaims: db.prepare('SELECT json FROM claims WHERE report_id = ? ORDER BY ord'),
    incidentClaimsSince: db.prepare(`SELECT ${reportCols}, ${CLAIMS_ARRAY} AS claims_json FROM reports r
      WHERE incident = ? AND seq > ? ORDER BY published_ms IS NULL, published_ms, seq`),
    incidentVersion: db.prepare('SELECT report_count, picture_appends, picture_rebuilds FROM incidents WHERE slug = ?'),
    moveReport: db.prepare('UPDATE reports SET incident = ? WHERE id = ?'),
    deleteClaims: db.prepare('DELETE FROM claims WHERE report_id = ?'),
    setClaimInfo: db.prepare('UPDATE reports SET extractor_version = ?, claim_count = ? WHERE id = ?'),
    putClaimsJson: db.prepare(`INSERT INTO report_claims (report_id, json) VALUES (?, ?)
      ON CONFLICT (report_id) DO UPDATE SET json = excluded.json`),
    allIds: db.prepare('SELECT id FROM reports ORDER BY seq'),
    idsByOrigin: db.prepare('SELECT id FROM reports WHERE origin = ? ORDER BY seq'),
    insertReviewAction: db.prepare(`INSERT INTO review_actions (incident, target, action, payload, who, why, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    getReviewAction: db.prepare('SELECT * FROM review_actions WHERE id = ?'),
    listReviewActions: db.prepare('SELECT * FROM review_actions WHERE incident = ? ORDER BY id'),
    listActiveReviewActions: db.prepare(
      'SELECT * FROM review_actions WHERE incident = ? AND undone_at IS NULL ORDER BY id'),
    undoReviewAction: db.prepare(`UPDATE review_actions SET undone_at = ?, undone_by = ?, undone_why = ?
      WHERE id = ? AND undone_at IS NULL`),
  };
}
