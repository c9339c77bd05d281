-- Clock events (IDENTITY_REQUESTED, FEE_PAID, EXTENDED…) are case events; an extension also says why and by how much.
ALTER TABLE case_event ADD COLUMN clock_kind VARCHAR(20);
ALTER TABLE case_event ADD COLUMN clock_days INTEGER;
