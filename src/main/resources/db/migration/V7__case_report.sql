-- Read model for dashboards and statistics: one row per case, rewritten from our tables and the clock
-- whenever a case's deadline or state may change (CaseDeadlineChanged). The clock stays the truth; this
-- only spares a dashboard from running the clock for every case. Written for both H2 and PostgreSQL.
CREATE TABLE case_report (
    reference         VARCHAR(20)  PRIMARY KEY REFERENCES information_request (reference),
    regime            VARCHAR(30),
    school            VARCHAR(60),
    handling_group    VARCHAR(100),
    status            VARCHAR(30)  NOT NULL,
    stage             VARCHAR(30)  NOT NULL,
    received_on       DATE         NOT NULL,
    -- before triage no clock runs: clock_status is empty and due_date the provisional (earlier) date
    due_date          DATE,
    clock_status      VARCHAR(20),
    extended          VARCHAR(20),
    closed_on         DATE,
    response_sent_on  DATE,
    on_time           BOOLEAN,
    outcome           VARCHAR(30),
    refreshed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- open work by regime and stage, due soon and overdue
CREATE INDEX ix_case_report_open ON case_report (status, regime, stage, due_date);
-- the period panels: received, closed and answered per week or month
CREATE INDEX ix_case_report_received ON case_report (received_on, regime);
CREATE INDEX ix_case_report_closed ON case_report (closed_on, regime);
CREATE INDEX ix_case_report_answered ON case_report (response_sent_on, regime);
