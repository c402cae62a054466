-- The node's message log (docs/adr/0015): every letter this node sent, received or refused, as it
-- travelled (signed, its content encrypted), in one hash chain like the audit trail's, each entry
-- sealed with the key of the member it concerns. ./acogida federation verify-log checks it.
CREATE TABLE message_log (
    position       BIGINT         PRIMARY KEY,
    member_state   VARCHAR(3)     NOT NULL REFERENCES member_state (iso3),
    direction      VARCHAR(8)     NOT NULL CHECK (direction IN ('SENT', 'RECEIVED', 'REFUSED')),
    message_id     UUID           NOT NULL,
    kind           VARCHAR(40)    NOT NULL,
    sender         VARCHAR(3)     NOT NULL,
    recipient      VARCHAR(3)     NOT NULL,
    refusal        VARCHAR(20),
    envelope       VARCHAR(1000000) NOT NULL,
    logged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash  VARCHAR(64)    NOT NULL,
    entry_hash     VARCHAR(64)    NOT NULL,
    seal           VARCHAR(200)   NOT NULL,
    -- A letter is logged sent once and received once, however often it is sent or delivered again.
    once_key       VARCHAR(50)    UNIQUE
);
CREATE INDEX message_log_message ON message_log (message_id);

CREATE TABLE message_log_head (
    id             INTEGER     PRIMARY KEY CHECK (id = 1),
    last_position  BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL
);
INSERT INTO message_log_head (id, last_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
