-- Initial schema for the embedded store (SQLite).
-- Times are ISO-8601 text; published_ms is the parsed publish time used for ordering,
-- because ISO strings with different offsets do not sort as text.

CREATE TABLE incidents (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  incident TEXT NOT NULL REFERENCES incidents(slug),
  outlet TEXT,
  published TEXT,
  published_ms REAL,
  url TEXT,
  title TEXT,
  text TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('extracted', 'imported')),
  external_id TEXT,
  copy_of TEXT,
  extra TEXT,
  extractor_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  claim_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reports_by_incident ON reports(incident, published_ms, seq);
CREATE INDEX reports_by_origin ON reports(origin, seq);

-- One row per claim; json is the whole claim as given (unknown fields kept),
-- the other columns are copies for querying.
CREATE TABLE claims (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  claim_id TEXT NOT NULL,
  type TEXT NOT NULL,
  measure TEXT,
  grp TEXT,
  event TEXT,
  hedge TEXT,
  low REAL,
  high REAL,
  source_name TEXT,
  source_kind TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (report_id, ord)
) WITHOUT ROWID;
CREATE INDEX claims_by_measure ON claims(measure, grp);
CREATE INDEX claims_by_source ON claims(source_name);

CREATE TABLE review_actions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident TEXT NOT NULL REFERENCES incidents(slug),
  target TEXT NOT NULL,
  action TEXT NOT NULL,
  payload TEXT,
  who TEXT NOT NULL,
  why TEXT,
  at TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT,
  undone_why TEXT
);
CREATE INDEX review_actions_by_incident ON review_actions(incident, id);
