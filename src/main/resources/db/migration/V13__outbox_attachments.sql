-- A file that goes with a message (the response letter as a PDF), kept with it so a retry sends the same bytes.
CREATE TABLE outbox_attachment (
    message_id    VARCHAR(36)  NOT NULL REFERENCES outbox_message (id),
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       BYTEA        NOT NULL,
    PRIMARY KEY (message_id, file_name)
);
