-- Open work without touching closed cases: partial indexes hold only the rows that are not closed, so the
-- lists' first page is read in due-date order and stops after a page, however many cases are closed.
-- Queries must repeat the predicate (status <> 'CLOSED') for PostgreSQL to use them.
CREATE INDEX ix_case_report_open_due ON case_report (due_date, reference) WHERE status <> 'CLOSED';
CREATE INDEX ix_case_report_open_stage ON case_report (stage, due_date, reference) WHERE status <> 'CLOSED';

-- The counts are read from the key's index alone (an index-only scan): a day's counters are written over
-- time and end up scattered over the table, and past days rarely change, so their pages stay all-visible.
ALTER TABLE case_report_day DROP CONSTRAINT case_report_day_pkey;
ALTER TABLE case_report_day ADD CONSTRAINT case_report_day_pkey PRIMARY KEY (measure, on_day, regime, school, category) INCLUDE (n);
