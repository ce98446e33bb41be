-- Each report's claims as one JSON array text on its row, written with the claims in the same transaction:
-- reading an incident's claims is then one column per report, one JSON.parse each, instead of a join over
-- the claims table with a parse per claim. The claims table stays: it is what queries by claim id, measure
-- or source use. text, not json: stored and returned as written (json::text keeps the text as given).
-- Not a column the picture-change triggers watch: it changes only with claim_count's update.
ALTER TABLE reports ADD COLUMN claims_json TEXT;
UPDATE reports r SET claims_json = coalesce(
  (SELECT '[' || string_agg(c.json::text, ',' ORDER BY c.ord) || ']' FROM claims c WHERE c.report_id = r.id), '[]');
