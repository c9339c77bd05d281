-- H2 (the default run and the tests) has neither partial indexes nor INCLUDE: the open-case indexes cover
-- every row, and the counts are read through their primary key as it is.
CREATE INDEX ix_case_report_open_due ON case_report (due_date, reference);
CREATE INDEX ix_case_report_open_stage ON case_report (stage, due_date, reference);
