-- Each report's claims as one JSON array text, written with the claims in the same transaction: reading an
-- incident's claims is then one value per report, not a group_concat over the claims table (0.12-0.16 s
-- of a 100 000-claim `show`). The claims table stays: it is what queries by claim id, measure or source
-- use. A table of its own, not a column of reports: scans of reports (incident summaries, fingerprints)
-- would otherwise read a page of claims per report.
CREATE TABLE report_claims (
  report_id TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
INSERT INTO report_claims (report_id, json)
SELECT r.id, coalesce((SELECT '[' || group_concat(c.json, ',' ORDER BY c.ord) || ']' FROM claims c WHERE c.report_id = r.id), '[]')
FROM reports r;

-- Reports in publish order (unknown times last), as incidentClaims and listReports ask for them: read in
-- index order instead of sorted in a temporary b-tree.
CREATE INDEX reports_in_order ON reports(incident, published_ms IS NULL, published_ms, seq);
