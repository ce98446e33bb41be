-- Each report's claims as one JSON array text on its row, written with the claims in the same transaction:
-- reading an incident's claims is then one column per report, not a group_concat over the claims table
-- (0.12-0.16 s of a 100 000-claim `show`). The claims table stays: it is what queries by claim id, measure
-- or source use. Not a column the picture-change triggers watch: it changes only with claim_count's update.
ALTER TABLE reports ADD COLUMN claims_json TEXT;
UPDATE reports SET claims_json = coalesce(
  (SELECT '[' || group_concat(c.json, ',' ORDER BY c.ord) || ']' FROM claims c WHERE c.report_id = reports.id), '[]');
