-- Who received the response at a handover in person (issue #7), beside who handed it over.
ALTER TABLE response_release ADD COLUMN received_by VARCHAR(200);
