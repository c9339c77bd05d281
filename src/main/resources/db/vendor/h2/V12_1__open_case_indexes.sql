-- H2 (the default run and the tests) has no partial indexes; the same columns, over every row.
CREATE INDEX ix_case_report_open_due ON case_report (due_date, reference);
CREATE INDEX ix_case_report_open_stage ON case_report (stage, due_date, reference);
