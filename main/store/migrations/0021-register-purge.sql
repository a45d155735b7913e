-- Retention reaches the disclosures and breach registers (storage limitation, GDPR Art. 5(1)(e)).
-- A purged disclosure or breach keeps its row, dates, codes and counts, so the transparency
-- statistics and the breach register's 72-hour figures for past periods keep their numbers;
-- purged_at says when its personal fields became the marker, and makes a purge idempotent.
ALTER TABLE disclosures ADD COLUMN purged_at TEXT;
ALTER TABLE breaches ADD COLUMN purged_at TEXT;
