-- Deadline rules 2026.12: every date is the earliest defensible one, other readings are named as
-- alternatives. The SQL cannot run the deadline engine, so this migration's work is its step
-- (main/services/requests/recompute.ts), run in the same transaction: open requests stored with
-- older rules are recomputed, and each one whose binding date moves gets a timeline entry.
-- An index keeps that look-up (and any later rules change) from scanning every request.
CREATE INDEX IF NOT EXISTS requests_rules_version ON requests (rules_version);
