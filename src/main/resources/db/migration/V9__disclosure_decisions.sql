-- What was searched, what is disclosed, the exemptions relied on and the public interest reasoning: kept on
-- the case for the response, a review or a complaint.
CREATE TABLE disclosure_decision (
    case_reference            VARCHAR(20)   PRIMARY KEY REFERENCES information_request (reference),
    search_summary            VARCHAR(4000),
    disclosure                VARCHAR(20),
    exemption_codes           VARCHAR(500),
    reasons                   VARCHAR(4000),
    public_interest_for       VARCHAR(4000),
    public_interest_against   VARCHAR(4000),
    public_interest_outcome   VARCHAR(20),
    decided_by                VARCHAR(100),
    decided_at                TIMESTAMP WITH TIME ZONE
);
