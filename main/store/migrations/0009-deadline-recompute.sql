-- Deadline rules 2026.12: every date is the earliest defensible one, other readings are named as
-- alternatives. The SQL cannot run the deadline engine: open requests stored with older rules are
-- recomputed after the last migration (AFTER_MIGRATIONS in migrations/index.ts,
-- main/services/requests/recompute.ts), and each one whose binding date moves gets a timeline entry.
-- An index keeps that look-up (and any later rules change) from scanning every request.
CREATE INDEX IF NOT EXISTS requests_rules_version ON requests (rules_version);
