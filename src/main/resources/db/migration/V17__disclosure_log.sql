-- The public disclosure log: FOI and EIR responses staff chose to publish, with personal data taken out.
ALTER TABLE response_release ADD COLUMN publishable BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE disclosure_log_entry (
    case_reference  VARCHAR(20)    PRIMARY KEY REFERENCES information_request (reference),
    regime          VARCHAR(10)    NOT NULL,
    published_on    DATE           NOT NULL,
    request_text    VARCHAR(10000) NOT NULL,
    response_text   VARCHAR(60000) NOT NULL,
    outcome         VARCHAR(40)    NOT NULL,
    exemption_codes VARCHAR(500),
    published_by    VARCHAR(100)
);
CREATE INDEX ix_disclosure_log_published ON disclosure_log_entry (published_on);
