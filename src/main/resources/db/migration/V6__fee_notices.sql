-- The fee estimate for a case, the notice sent and the payment recorded. The letter is the PDF sent.
CREATE TABLE fee_notice (
    case_reference     VARCHAR(20)   PRIMARY KEY REFERENCES information_request (reference),
    fee_regime         VARCHAR(20)   NOT NULL,
    total              DECIMAL(10,2) NOT NULL,
    over_cost_limit    BOOLEAN       NOT NULL,
    estimated_cost     DECIMAL(10,2),
    cost_limit         DECIMAL(10,2),
    breakdown          VARCHAR(10000) NOT NULL,
    estimated_by       VARCHAR(100),
    estimated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_on          DATE,
    pay_by             DATE,
    letter             BYTEA,
    paid_on            DATE,
    amount_paid        DECIMAL(10,2),
    payment_method     VARCHAR(20),
    payment_reference  VARCHAR(100),
    recorded_by        VARCHAR(100)
);

-- Clock events are told apart from other case history by a flag, not by their names.
ALTER TABLE case_event ADD COLUMN clock_event BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE case_event SET clock_event = TRUE
 WHERE event_type IN ('IDENTITY_REQUESTED', 'IDENTITY_VERIFIED', 'FEE_NOTICE_ISSUED', 'FEE_PAID',
                      'CLARIFICATION_REQUESTED', 'CLARIFICATION_RECEIVED', 'EXTENDED');
