-- An answer that the information is already published names the publication scheme's class and where.
ALTER TABLE disclosure_decision ADD COLUMN publication_class VARCHAR(60);
ALTER TABLE disclosure_decision ADD COLUMN published_where VARCHAR(1000);

-- What happens to each document found: disclosed, withheld or redacted, and the exemptions relied on.
CREATE TABLE document_decision (
    case_reference   VARCHAR(20)   NOT NULL REFERENCES information_request (reference),
    document_id      VARCHAR(36)   NOT NULL REFERENCES case_document (id),
    decision         VARCHAR(20)   NOT NULL,
    exemption_codes  VARCHAR(500),
    note             VARCHAR(2000),
    decided_by       VARCHAR(100)  NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_reference, document_id)
);
