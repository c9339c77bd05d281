-- Counts per day behind the dashboard's figures, so that a panel reads a few hundred rows per period
-- whatever the number of cases (issue #9's benchmark: 1M cases may cost at most 1.5x the time of 10k).
-- CaseReportRefresher keeps them in the transaction that rewrites a case's case_report row: it takes the
-- old row's contributions away and adds the new row's. Written for both H2 and PostgreSQL.
--
-- measure            on_day            category
-- RECEIVED           received_on       ''
-- CLOSED             closed_on         ''
-- OUTCOME            closed_on         outcome
-- ANSWERED           response_sent_on  IN_TIME | EXTENDED | LATE
-- OPEN               received_on       stage    (not closed)
-- OPEN_DUE           due_date          stage    (not closed, clock running or not yet started)
-- RECEIVED_ANSWERED  received_on       IN_TIME | EXTENDED | LATE
-- RECEIVED_OUTCOME   received_on       outcome  (closed)
-- RECEIVED_S12       received_on       ''       (closed, refused over the FOI cost limit)
-- regime is UNTRIAGED where the case has none yet, school '' where it has none. Each count is kept for the
-- case's school and again under school '*', all schools together, which figures without a school filter read.
CREATE TABLE case_report_day (
    measure    VARCHAR(20)  NOT NULL,
    on_day     DATE         NOT NULL,
    regime     VARCHAR(30)  NOT NULL,
    school     VARCHAR(60)  NOT NULL,
    category   VARCHAR(30)  NOT NULL,
    n          BIGINT       NOT NULL,
    PRIMARY KEY (measure, on_day, regime, school, category)
);

-- the quarterly figures' s12 row needs the fee estimate; kept on the row so that its old contribution is known
ALTER TABLE case_report ADD COLUMN over_cost_limit BOOLEAN;
UPDATE case_report SET over_cost_limit = (SELECT f.over_cost_limit FROM fee_notice f WHERE f.case_reference = case_report.reference);

-- open work is read through the indexes of the vendor migrations (db/vendor/*), partial where the database can
DROP INDEX ix_case_report_open;

INSERT INTO case_report_day (measure, on_day, regime, school, category, n)
SELECT measure, on_day, regime, school, category, COUNT(*)
  FROM (
    SELECT 'RECEIVED' AS measure, received_on AS on_day, COALESCE(regime, 'UNTRIAGED') AS regime,
           COALESCE(school, '') AS school, '' AS category
      FROM case_report
    UNION ALL
    SELECT 'CLOSED', closed_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), ''
      FROM case_report WHERE closed_on IS NOT NULL
    UNION ALL
    SELECT 'OUTCOME', closed_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), outcome
      FROM case_report WHERE closed_on IS NOT NULL AND outcome IS NOT NULL
    UNION ALL
    SELECT 'ANSWERED', response_sent_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''),
           CASE WHEN NOT on_time THEN 'LATE' WHEN extended IS NULL THEN 'IN_TIME' ELSE 'EXTENDED' END
      FROM case_report WHERE on_time IS NOT NULL
    UNION ALL
    SELECT 'OPEN', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), stage
      FROM case_report WHERE status <> 'CLOSED'
    UNION ALL
    SELECT 'OPEN_DUE', due_date, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), stage
      FROM case_report
     WHERE status <> 'CLOSED' AND (clock_status = 'RUNNING' OR clock_status IS NULL) AND due_date IS NOT NULL
    UNION ALL
    SELECT 'RECEIVED_ANSWERED', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''),
           CASE WHEN NOT on_time THEN 'LATE' WHEN extended IS NULL THEN 'IN_TIME' ELSE 'EXTENDED' END
      FROM case_report WHERE on_time IS NOT NULL
    UNION ALL
    SELECT 'RECEIVED_OUTCOME', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), outcome
      FROM case_report WHERE status = 'CLOSED' AND outcome IS NOT NULL
    UNION ALL
    SELECT 'RECEIVED_S12', received_on, COALESCE(regime, 'UNTRIAGED'), COALESCE(school, ''), ''
      FROM case_report WHERE status = 'CLOSED' AND outcome = 'REFUSED' AND over_cost_limit = TRUE
  ) c
 GROUP BY measure, on_day, regime, school, category;

INSERT INTO case_report_day (measure, on_day, regime, school, category, n)
SELECT measure, on_day, regime, '*', category, SUM(n) FROM case_report_day GROUP BY measure, on_day, regime, category;
