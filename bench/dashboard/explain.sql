-- The SQL StatisticsService sends (copied from src/main/java/org/rightsdesk/dashboard/StatisticsService.java,
-- with the bind parameters filled in as the app would for the requests run.sh times), each under
-- EXPLAIN (ANALYZE, BUFFERS). run.sh extracts "Execution Time" per query; the full plans stay in the output.
--   psql -v today=2026-11-23 -v soon=2026-11-30 -v from=2026-05-25 -v year_from=2025-11-23 \
--        -v q_from=2026-10-01 -v q_to=2026-12-31 -f explain.sql rightsdesk_bench
\set ON_ERROR_STOP on
\pset pager off

\echo '### summary.open_by_regime_stage'
EXPLAIN (ANALYZE, BUFFERS)
SELECT regime, stage, COUNT(*) AS n FROM case_report WHERE status <> 'CLOSED' GROUP BY regime, stage;

\echo '### summary.due_soon'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.reference, r.regime, r.school, i.handling_group, r.stage, r.due_date
  FROM case_report r JOIN information_request i ON i.reference = r.reference
 WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL)
   AND r.due_date >= :'today' AND r.due_date <= :'soon' ORDER BY r.due_date, r.reference;

\echo '### summary.overdue'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.reference, r.regime, r.school, i.handling_group, r.stage, r.due_date
  FROM case_report r JOIN information_request i ON i.reference = r.reference
 WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL)
   AND r.due_date < :'today' ORDER BY r.due_date, r.reference;

\echo '### summary.timeliness (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT regime, response_sent_on, on_time, extended FROM case_report
 WHERE response_sent_on BETWEEN :'from' AND :'today' AND on_time IS NOT NULL AND regime IN ('SAR', 'FOI', 'EIR');

\echo '### summary.outcomes (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT outcome, COUNT(*) AS n FROM case_report WHERE closed_on BETWEEN :'from' AND :'today'
   AND outcome IS NOT NULL GROUP BY outcome;

\echo '### summary.received_per_week (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT received_on AS d FROM case_report WHERE received_on BETWEEN :'from' AND :'today';

\echo '### summary.closed_per_week (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT closed_on AS d FROM case_report WHERE closed_on BETWEEN :'from' AND :'today';

\echo '### summary.closed_per_week (one year, regime=FOI)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT closed_on AS d FROM case_report WHERE closed_on BETWEEN :'year_from' AND :'today' AND regime = 'FOI';

\echo '### summary.timeliness (one year, regime=FOI)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT regime, response_sent_on, on_time, extended FROM case_report
 WHERE response_sent_on BETWEEN :'year_from' AND :'today' AND on_time IS NOT NULL AND regime IN ('SAR', 'FOI', 'EIR')
   AND regime = 'FOI';

\echo '### quarterly'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.regime, r.status, r.outcome, r.on_time, r.extended, f.over_cost_limit
  FROM case_report r LEFT JOIN fee_notice f ON f.case_reference = r.reference
 WHERE r.received_on BETWEEN :'q_from' AND :'q_to' AND r.regime IN ('SAR', 'FOI', 'EIR');

\echo '### dashboard.schools'
EXPLAIN (ANALYZE, BUFFERS)
SELECT DISTINCT school FROM case_report WHERE school IS NOT NULL ORDER BY school;

\echo '### dashboard.open_cases (stage=IN_PROGRESS)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.reference, r.regime, r.school, i.handling_group, r.stage, r.due_date
  FROM case_report r JOIN information_request i ON i.reference = r.reference
 WHERE r.status <> 'CLOSED' AND r.stage = 'IN_PROGRESS'
 ORDER BY CASE WHEN r.due_date IS NULL THEN 1 ELSE 0 END, r.due_date, r.reference;
