-- The SQL StatisticsService sends (copied from src/main/java/org/rightsdesk/dashboard/StatisticsService.java,
-- with the bind parameters filled in as the app would for the requests run.sh times), each under
-- EXPLAIN (ANALYZE, BUFFERS). run.sh extracts "Execution Time" per query; the full plans stay in the output.
--   psql -v today=2026-11-23 -v soon=2026-11-30 -v from=2026-05-25 -v year_from=2025-11-23 \
--        -v q_from=2026-10-01 -v q_to=2026-12-31 -f explain.sql rightsdesk_bench
\set ON_ERROR_STOP on
\pset pager off

\echo '### summary.open_by_regime_stage'
EXPLAIN (ANALYZE, BUFFERS)
SELECT regime, category, SUM(n) AS n FROM case_report_day WHERE measure = 'OPEN' AND school = '*' GROUP BY regime, category;

\echo '### summary.due_soon (total)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = 'OPEN_DUE' AND on_day >= :'today' AND on_day <= :'soon' AND school = '*';

\echo '### summary.due_soon (first 50)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT p.reference, p.regime, p.school, i.handling_group, p.stage, p.due_date FROM (
  SELECT r.reference, r.regime, r.school, r.stage, r.due_date FROM case_report r
   WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL)
     AND r.due_date >= :'today' AND r.due_date <= :'soon'
   ORDER BY r.due_date NULLS LAST, r.reference LIMIT 50 OFFSET 0) p
  JOIN information_request i ON i.reference = p.reference ORDER BY p.due_date NULLS LAST, p.reference;

\echo '### summary.overdue (total)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = 'OPEN_DUE' AND on_day < :'today' AND school = '*';

\echo '### summary.overdue (first 50)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT p.reference, p.regime, p.school, i.handling_group, p.stage, p.due_date FROM (
  SELECT r.reference, r.regime, r.school, r.stage, r.due_date FROM case_report r
   WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL) AND r.due_date < :'today'
   ORDER BY r.due_date NULLS LAST, r.reference LIMIT 50 OFFSET 0) p
  JOIN information_request i ON i.reference = p.reference ORDER BY p.due_date NULLS LAST, p.reference;

\echo '### summary.timeliness (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT on_day, regime, category, SUM(n) AS n FROM case_report_day
 WHERE measure = 'ANSWERED' AND on_day BETWEEN :'from' AND :'today' AND regime IN ('SAR', 'FOI', 'EIR')
   AND school = '*' GROUP BY on_day, regime, category;

\echo '### summary.outcomes (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT category, SUM(n) AS n FROM case_report_day WHERE measure = 'OUTCOME' AND on_day BETWEEN :'from' AND :'today'
   AND school = '*' GROUP BY category;

\echo '### summary.received_per_week (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT on_day, SUM(n) AS n FROM case_report_day WHERE measure = 'RECEIVED' AND on_day BETWEEN :'from' AND :'today'
   AND school = '*' GROUP BY on_day;

\echo '### summary.closed_per_week (default 26 weeks)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT on_day, SUM(n) AS n FROM case_report_day WHERE measure = 'CLOSED' AND on_day BETWEEN :'from' AND :'today'
   AND school = '*' GROUP BY on_day;

\echo '### summary.closed_per_week (one year, regime=FOI)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT on_day, SUM(n) AS n FROM case_report_day WHERE measure = 'CLOSED' AND on_day BETWEEN :'year_from' AND :'today'
   AND school = '*' AND regime = 'FOI' GROUP BY on_day;

\echo '### summary.timeliness (one year, regime=FOI)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT on_day, regime, category, SUM(n) AS n FROM case_report_day
 WHERE measure = 'ANSWERED' AND on_day BETWEEN :'year_from' AND :'today' AND regime IN ('SAR', 'FOI', 'EIR')
   AND school = '*' AND regime = 'FOI' GROUP BY on_day, regime, category;

\echo '### quarterly'
EXPLAIN (ANALYZE, BUFFERS)
SELECT measure, regime, category, SUM(n) AS n FROM case_report_day
 WHERE measure IN ('RECEIVED', 'OPEN', 'RECEIVED_ANSWERED', 'RECEIVED_OUTCOME', 'RECEIVED_S12')
   AND on_day BETWEEN :'q_from' AND :'q_to' AND regime IN ('SAR', 'FOI', 'EIR')
   AND school = '*' GROUP BY measure, regime, category;

\echo '### dashboard.schools'
EXPLAIN (ANALYZE, BUFFERS)
SELECT DISTINCT school FROM case_report_day WHERE measure = 'RECEIVED' AND school NOT IN ('', '*') ORDER BY school;

\echo '### dashboard.open_cases (stage=IN_PROGRESS, total)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT COALESCE(SUM(n), 0) FROM case_report_day WHERE measure = 'OPEN' AND school = '*' AND category = 'IN_PROGRESS';

\echo '### dashboard.open_cases (stage=IN_PROGRESS, first 50)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT p.reference, p.regime, p.school, i.handling_group, p.stage, p.due_date FROM (
  SELECT r.reference, r.regime, r.school, r.stage, r.due_date FROM case_report r
   WHERE r.status <> 'CLOSED' AND r.stage = 'IN_PROGRESS'
   ORDER BY r.due_date NULLS LAST, r.reference LIMIT 50 OFFSET 0) p
  JOIN information_request i ON i.reference = p.reference ORDER BY p.due_date NULLS LAST, p.reference;

\echo '### dashboard.open_cases (due=OVERDUE, page 2)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT p.reference, p.regime, p.school, i.handling_group, p.stage, p.due_date FROM (
  SELECT r.reference, r.regime, r.school, r.stage, r.due_date FROM case_report r
   WHERE r.status <> 'CLOSED' AND (r.clock_status = 'RUNNING' OR r.clock_status IS NULL) AND r.due_date < :'today'
   ORDER BY r.due_date NULLS LAST, r.reference LIMIT 50 OFFSET 50) p
  JOIN information_request i ON i.reference = p.reference ORDER BY p.due_date NULLS LAST, p.reference;
