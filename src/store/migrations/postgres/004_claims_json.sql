-- Each report's claims as one JSON array text, written with the claims in the same transaction: reading an
-- incident's claims is then one value and one JSON.parse per report instead of a join with a parse per
-- claim. The claims table stays: it is what queries by claim id, measure or source use. text, not json:
-- kept and returned as written (json::text gives the text as stored). A table of its own, not a column of
-- reports: scans of reports would otherwise read the claims too.
CREATE TABLE report_claims (
  report_id TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
INSERT INTO report_claims (report_id, json)
SELECT r.id, coalesce((SELECT '[' || string_agg(c.json::text, ',' ORDER BY c.ord) || ']' FROM claims c WHERE c.report_id = r.id), '[]')
FROM reports r;

-- Reports in publish order (unknown times last), as incidentClaims and listReports ask for them.
CREATE INDEX reports_in_order ON reports (incident, (published_ms IS NULL), published_ms, seq);
