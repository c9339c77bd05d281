-- Bulk data for the dashboard benchmark (issue #9), written straight into the tables the app fills:
-- information_request, case_event, case_report with its counts per day (case_report_day), and fee_notice.
-- Set-based only (generate_series); no per-row round trips. Run as a superuser (postgres) in the bench
-- database after the app has created the schema:
--   psql -v closed=10000 -v open=1000 -f generate.sql rightsdesk_bench
--
-- Shapes follow the app (CaseRepository, CaseWorkService, CaseReportRefresher, DemoData):
--  * a year of closed history (received 30..395 days ago), open work received mostly in the last 40 days,
--    so due dates sit around today (some overdue, some due soon);
--  * regimes FOI 45 %, SAR 35 %, EIR 17 %, BUSINESS_AS_USUAL 3 %; before triage the regime is mostly empty;
--  * schools city-academy / riverside-primary mostly on SARs (pupils), a few FOI/EIR, the rest none;
--  * about 8 % of answered SAR/FOI/EIR cases late, some extended (FOI public interest, SAR/EIR complex);
--  * due dates approximate the statutory clock (20 working days ~ 28 calendar days, one calendar month);
--    the dashboard only reads them, so exact bank-holiday arithmetic does not matter here.
-- The generated cases have no Camunda process instances or history: the dashboard never reads the engine.

\set ON_ERROR_STOP on
\timing on

-- every row is consistent by construction; skip the per-row FK triggers of the bulk load
SET session_replication_role = replica;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SELECT setseed(0.09);

CREATE TEMP TABLE bench_plan AS
WITH base AS (
  SELECT i,
         i <= :closed AS closed,
         (now() AT TIME ZONE 'Europe/London')::date AS today,
         random() AS r_regime, random() AS r_school, random() AS r_outcome, random() AS r_late,
         random() AS r_ext, random() AS r_recv, random() AS r_sent, random() AS r_stage, random() AS r_misc,
         random() AS r_id, random() AS r_channel, (random() * 480)::int AS minute_of_day
    FROM generate_series(1, :closed + :open) AS i
), staged AS (
  SELECT b.*,
         CASE WHEN b.closed THEN 'CLOSED'
              WHEN b.r_stage < 0.20 THEN 'TRIAGE'
              WHEN b.r_stage < 0.72 THEN 'IN_PROGRESS'
              WHEN b.r_stage < 0.82 THEN 'PAUSED_IDENTITY'
              WHEN b.r_stage < 0.86 THEN 'PAUSED_FEE'
              ELSE 'PAUSED_CLARIFICATION' END AS stage,
         CASE WHEN b.closed THEN b.today - 30 - floor(b.r_recv * 365)::int
              WHEN b.r_recv < 0.9 THEN b.today - floor(b.r_recv / 0.9 * 40)::int
              ELSE b.today - 40 - floor((b.r_recv - 0.9) * 500)::int END AS raw_received
    FROM base b
), regimed AS (
  SELECT s.*,
         -- received on a working day: weekend letters count from the Friday before (close enough here)
         s.raw_received - CASE extract(isodow FROM s.raw_received) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END AS received_on,
         CASE s.stage
              WHEN 'TRIAGE' THEN CASE WHEN s.r_regime < 0.70 THEN NULL         -- nothing proposed at intake
                                      WHEN s.r_regime < 0.85 THEN 'FOI'
                                      WHEN s.r_regime < 0.95 THEN 'SAR' ELSE 'EIR' END
              WHEN 'PAUSED_IDENTITY' THEN 'SAR'
              WHEN 'PAUSED_FEE' THEN CASE WHEN s.r_regime < 0.8 THEN 'FOI' ELSE 'EIR' END
              WHEN 'PAUSED_CLARIFICATION' THEN CASE WHEN s.r_regime < 0.6 THEN 'FOI' WHEN s.r_regime < 0.8 THEN 'EIR' ELSE 'SAR' END
              ELSE CASE WHEN s.r_regime < 0.45 THEN 'FOI'
                        WHEN s.r_regime < 0.80 THEN 'SAR'
                        WHEN s.r_regime < 0.97 THEN 'EIR' ELSE 'BUSINESS_AS_USUAL' END END AS regime
    FROM staged s
), schooled AS (
  SELECT g.*,
         CASE WHEN g.regime = 'SAR' THEN CASE WHEN g.r_school < 0.35 THEN 'city-academy'
                                              WHEN g.r_school < 0.65 THEN 'riverside-primary' END
              ELSE CASE WHEN g.r_school < 0.06 THEN 'city-academy'
                        WHEN g.r_school < 0.10 THEN 'riverside-primary' END END AS school,
         CASE WHEN g.stage IN ('CLOSED', 'IN_PROGRESS') THEN
                CASE WHEN g.regime = 'FOI' AND g.r_ext < 0.12 THEN 'PUBLIC_INTEREST'
                     WHEN g.regime = 'EIR' AND g.r_ext < 0.05 THEN 'COMPLEX'
                     WHEN g.regime = 'SAR' AND g.r_ext < 0.04 THEN 'COMPLEX' END END AS extended
    FROM regimed g
), dated AS (
  SELECT c.*,
         CASE WHEN c.stage = 'TRIAGE' THEN c.received_on + 28              -- provisional: earlier of FOI and SAR dates
              WHEN c.regime = 'BUSINESS_AS_USUAL' THEN NULL                -- no statutory clock
              WHEN c.regime = 'SAR' THEN (c.received_on + interval '1 month'
                                          + CASE WHEN c.extended IS NOT NULL THEN interval '2 months' ELSE interval '0' END)::date
                                         + CASE WHEN c.stage LIKE 'PAUSED%' THEN 20 ELSE 0 END
              ELSE c.received_on + 28 + CASE WHEN c.extended IS NOT NULL THEN 28 ELSE 0 END
                                      + CASE WHEN c.stage LIKE 'PAUSED%' THEN 20 ELSE 0 END END AS due_date
    FROM schooled c
), closed_out AS (
  SELECT d.*,
         CASE WHEN NOT d.closed THEN NULL
              WHEN d.regime = 'BUSINESS_AS_USUAL' THEN 'HANDLED_AS_BUSINESS_AS_USUAL'
              WHEN d.regime = 'SAR' THEN CASE WHEN d.r_outcome < 0.45 THEN 'PROVIDED_IN_FULL'
                                              WHEN d.r_outcome < 0.80 THEN 'PROVIDED_IN_PART'
                                              WHEN d.r_outcome < 0.88 THEN 'NOT_HELD'
                                              WHEN d.r_outcome < 0.95 THEN 'WITHDRAWN'
                                              ELSE 'IDENTITY_NOT_CONFIRMED' END
              ELSE CASE WHEN d.r_outcome < 0.40 THEN 'PROVIDED_IN_FULL'
                        WHEN d.r_outcome < 0.60 THEN 'PROVIDED_IN_PART'
                        WHEN d.r_outcome < 0.75 THEN 'NOT_HELD'
                        WHEN d.r_outcome < 0.87 THEN 'REFUSED'
                        WHEN d.r_outcome < 0.92 THEN 'LAPSED'
                        WHEN d.r_outcome < 0.95 THEN 'WITHDRAWN'
                        ELSE 'NOT_VALID' END END AS outcome,
         -- closed on the day the last message went: ~8 % a few days late, the rest up to two weeks early
         CASE WHEN NOT d.closed THEN NULL
              ELSE greatest(d.received_on + 1, least(d.today - 1,
                     CASE WHEN d.due_date IS NULL THEN d.received_on + 1 + floor(d.r_sent * 10)::int
                          WHEN d.r_late < 0.08 THEN d.due_date + 1 + floor(d.r_sent * 10)::int
                          ELSE d.due_date - floor(d.r_sent * 15)::int END)) END AS closed_on
    FROM dated d
)
SELECT o.*,
       'IR-' || extract(year FROM o.received_on)::int || '-' || lpad(o.i::text, 7, '0') AS reference,
       CASE WHEN o.closed THEN 'CLOSED' WHEN o.stage = 'TRIAGE' THEN 'RECEIVED' ELSE 'IN_PROGRESS' END AS status,
       CASE WHEN o.outcome IN ('WITHDRAWN', 'LAPSED', 'IDENTITY_NOT_CONFIRMED') THEN NULL ELSE o.closed_on END AS response_sent_on,
       CASE WHEN o.stage = 'TRIAGE' THEN NULL
            WHEN o.school IS NOT NULL AND o.regime = 'SAR' THEN 'school-' || o.school
            ELSE 'caseworkers' END AS handling_group,
       CASE WHEN o.stage = 'TRIAGE' OR o.regime = 'BUSINESS_AS_USUAL' THEN NULL
            WHEN o.stage LIKE 'PAUSED%' THEN 'PAUSED' ELSE 'RUNNING' END AS clock_status,
       (o.regime = 'SAR' AND o.r_id < 0.30) OR o.stage = 'PAUSED_IDENTITY' AS identity_asked,
       (o.regime IN ('FOI', 'EIR') AND o.r_id > 0.95) OR o.stage = 'PAUSED_CLARIFICATION' AS clarification_asked
  FROM closed_out o;

SELECT count(*) AS planned, count(*) FILTER (WHERE closed) AS closed FROM bench_plan;

INSERT INTO information_request (reference, status, regime, channel, received_at, requester_name, requester_email,
    requester_postal_address, requester_phone, description, on_behalf_of_name, on_behalf_of_relationship, subject_type,
    school, preferred_delivery, division, valid_request, validity_note, handling_group, outcome, response_text,
    response_sent_at, split_from, created_by, created_at, closed_at)
SELECT p.reference, p.status, p.regime,
       CASE WHEN p.r_channel < 0.55 THEN 'WEB' WHEN p.r_channel < 0.90 THEN 'EMAIL' WHEN p.r_channel < 0.97 THEN 'POST' ELSE 'PHONE' END,
       (p.received_on + time '09:00' + p.minute_of_day * interval '1 minute') AT TIME ZONE 'Europe/London',
       'Bench requester ' || p.i,
       CASE WHEN NOT (p.r_channel >= 0.90 AND p.r_channel < 0.97) THEN 'bench.requester' || p.i || '@example.invalid' END,
       CASE WHEN p.r_channel >= 0.90 AND p.r_channel < 0.97 THEN p.i || ' Bench Street, Exampletown, EX1 1AA' END,
       NULL,
       (ARRAY['Bench data: please send the minutes of the governing body meetings held in the last academic year, including any papers tabled and the register of attendance.',
              'Bench data: I would like a copy of all the personal data you hold about my child, including behaviour logs, safeguarding notes and emails that mention them.',
              'Bench data: how much did the trust spend on agency and supply staff in each of the last three financial years, broken down by school?',
              'Bench data: please provide the air quality readings and any monitoring reports for the area around the school gates since September.',
              'Bench data: my personnel file, my supervision notes and any emails or messages between managers that mention me by name or role.',
              'Bench data: the contract between the trust and its catering supplier, with the tender evaluation and any variations agreed since it was signed.',
              'Bench data: the planning documents, drainage surveys and consultation responses for the new sports hall on the playing field.'])[1 + (p.i % 7)]
         || ' Reference in our own records: bench-' || md5(p.i::text) || '.',
       CASE WHEN p.regime = 'SAR' AND p.school IS NOT NULL AND p.r_misc < 0.6 THEN 'Bench pupil ' || p.i END,
       CASE WHEN p.regime = 'SAR' AND p.school IS NOT NULL AND p.r_misc < 0.6 THEN 'PARENT' END,
       CASE WHEN p.stage = 'TRIAGE' THEN NULL
            WHEN p.regime = 'SAR' AND p.school IS NOT NULL THEN 'PUPIL'
            WHEN p.regime = 'SAR' AND p.r_misc < 0.3 THEN 'STAFF' ELSE 'OTHER' END,
       p.school, 'EMAIL', 'england-and-wales',
       CASE WHEN p.stage = 'TRIAGE' THEN NULL ELSE p.outcome IS DISTINCT FROM 'NOT_VALID' END,
       CASE WHEN p.outcome = 'NOT_VALID' THEN 'Bench data: no name or address for correspondence given.' END,
       p.handling_group, p.outcome,
       CASE WHEN p.response_sent_on IS NOT NULL THEN
         'Bench data: thank you for your request. We have searched the records named in your request and enclose the '
         || 'information we hold, with a schedule listing each document, the exemptions applied to any part withheld '
         || 'and the reasons. If you are unhappy with this response you may ask for an internal review within 40 working '
         || 'days, and then complain to the Information Commissioner. Case ' || p.reference || '.' END,
       CASE WHEN p.response_sent_on IS NOT NULL THEN (p.response_sent_on + time '11:00') AT TIME ZONE 'Europe/London' END,
       NULL,
       CASE WHEN p.r_channel < 0.55 THEN NULL ELSE 'bench-staff' END,
       (p.received_on + time '09:00' + p.minute_of_day * interval '1 minute') AT TIME ZONE 'Europe/London',
       CASE WHEN p.closed THEN (p.closed_on + time '11:05') AT TIME ZONE 'Europe/London' END
  FROM bench_plan p;

INSERT INTO case_report (reference, regime, school, handling_group, status, stage, received_on, due_date, clock_status,
    extended, closed_on, response_sent_on, on_time, outcome, over_cost_limit, refreshed_at)
SELECT p.reference, p.regime, p.school, p.handling_group, p.status, p.stage, p.received_on, p.due_date, p.clock_status,
       p.extended, p.closed_on, p.response_sent_on,
       CASE WHEN p.response_sent_on IS NULL OR p.due_date IS NULL THEN NULL ELSE p.response_sent_on <= p.due_date END,
       p.outcome,
       -- the fee notice's flag, for the cases that get one below
       CASE WHEN p.stage = 'PAUSED_FEE' OR (p.outcome = 'REFUSED' AND p.r_misc < 0.5) THEN p.closed END,
       coalesce((p.closed_on + time '11:05') AT TIME ZONE 'Europe/London', now())
  FROM bench_plan p;

-- the counts per day, grouped from case_report exactly as V12__case_report_counts.sql does
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

-- the case history: what the intake, triage, the pause phases, the response and closing append
INSERT INTO case_event (reference, event_type, occurred_on, recorded_at, actor, detail, clock_kind, clock_days, clock_event)
SELECT e.reference, e.event_type, e.occurred_on, (e.occurred_on + time '10:00') AT TIME ZONE 'Europe/London',
       e.actor, e.detail, e.clock_kind, e.clock_days, e.clock_event
  FROM (
    SELECT p.reference, 'RECEIVED' AS event_type, p.received_on AS occurred_on, NULL AS actor,
           'Received by ' || CASE WHEN p.r_channel < 0.55 THEN 'web' ELSE 'email' END AS detail,
           NULL AS clock_kind, NULL::int AS clock_days, false AS clock_event, 1 AS seq
      FROM bench_plan p
    UNION ALL
    SELECT p.reference, 'TRIAGED', p.received_on + 1, 'bench-caseworker',
           p.regime || CASE WHEN p.school IS NOT NULL THEN ', ' || p.school ELSE '' END, NULL, NULL, false, 2
      FROM bench_plan p WHERE p.stage <> 'TRIAGE'
    UNION ALL
    SELECT p.reference, 'IDENTITY_REQUESTED', p.received_on + 1, 'bench-caseworker', 'Evidence requested', NULL, NULL, true, 3
      FROM bench_plan p WHERE p.identity_asked
    UNION ALL
    SELECT p.reference, 'IDENTITY_VERIFIED', p.received_on + 6, 'bench-caseworker', 'Passport', NULL, NULL, true, 4
      FROM bench_plan p WHERE p.identity_asked AND p.stage <> 'PAUSED_IDENTITY'
    UNION ALL
    SELECT p.reference, 'CLARIFICATION_REQUESTED', p.received_on + 2, 'bench-caseworker', 'Which years do you mean?', NULL, NULL, true, 5
      FROM bench_plan p WHERE p.clarification_asked
    UNION ALL
    SELECT p.reference, 'CLARIFICATION_RECEIVED', p.received_on + 9, NULL, 'Answered through the link', NULL, NULL, true, 6
      FROM bench_plan p WHERE p.clarification_asked AND p.stage <> 'PAUSED_CLARIFICATION'
    UNION ALL
    SELECT p.reference, 'FEE_NOTICE_ISSUED', p.received_on + 5, 'bench-caseworker', 'Fees notice 25.00', NULL, NULL, true, 7
      FROM bench_plan p WHERE p.stage = 'PAUSED_FEE'
    UNION ALL
    SELECT p.reference, 'EXTENDED', p.received_on + 14, 'bench-caseworker', 'Public interest test / complex request',
           p.extended, CASE WHEN p.regime = 'SAR' THEN 2 ELSE 20 END, true, 8
      FROM bench_plan p WHERE p.extended IS NOT NULL
    UNION ALL
    SELECT p.reference, 'RESPONSE_PREPARED', p.closed_on, 'bench-caseworker', p.outcome, NULL, NULL, false, 9
      FROM bench_plan p WHERE p.closed AND p.response_sent_on IS NOT NULL
    UNION ALL
    SELECT p.reference, CASE WHEN p.response_sent_on IS NULL THEN p.outcome ELSE 'CLOSED' END, p.closed_on, NULL, p.outcome,
           NULL, NULL, false, 10
      FROM bench_plan p WHERE p.closed
  ) e
 ORDER BY e.occurred_on, e.reference, e.seq;

-- fee notices: FOI/EIR refusals over the cost limit (the quarterly s12 row), and the open fee waits
INSERT INTO fee_notice (case_reference, fee_regime, total, over_cost_limit, estimated_cost, cost_limit, breakdown,
    estimated_by, estimated_at, issued_on, pay_by)
SELECT p.reference, 'FOI',
       CASE WHEN p.closed THEN 0 ELSE 25.00 END,
       p.closed,
       CASE WHEN p.closed THEN 525.00 ELSE 25.00 END, 450.00,
       CASE WHEN p.closed THEN 'Bench data: 21 hours at 25.00' ELSE 'Bench data: 120 pages at 0.10, postage' END,
       'bench-caseworker', (p.received_on + 5 + time '10:00') AT TIME ZONE 'Europe/London',
       CASE WHEN p.closed THEN NULL ELSE p.received_on + 5 END,
       CASE WHEN p.closed THEN NULL ELSE p.received_on + 95 END
  FROM bench_plan p
 WHERE p.stage = 'PAUSED_FEE' OR (p.outcome = 'REFUSED' AND p.r_misc < 0.5);

-- the intake's reference counters stay ahead of what is here
INSERT INTO reference_counter (counter_year, last_value)
SELECT extract(year FROM received_on)::int, :closed + :open FROM bench_plan GROUP BY 1
ON CONFLICT (counter_year) DO UPDATE SET last_value = excluded.last_value;

DROP TABLE bench_plan;
RESET session_replication_role;

SELECT status, stage, count(*) FROM case_report GROUP BY 1, 2 ORDER BY 1, 2;
SELECT round(100.0 * count(*) FILTER (WHERE NOT on_time) / nullif(count(*) FILTER (WHERE on_time IS NOT NULL), 0), 1) AS late_percent,
       round(100.0 * count(*) FILTER (WHERE extended IS NOT NULL) / count(*), 1) AS extended_percent
  FROM case_report WHERE status = 'CLOSED';
