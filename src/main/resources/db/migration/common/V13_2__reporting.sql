-- A member's monthly reports to the coalition's secretariat (docs/adr/0017): aggregates only,
-- suppressed by the member before they leave.

-- What a member sent: the return as it left, for its coordinator to see, and to send it again only
-- when it changed.
CREATE TABLE sent_return (
    message_id     UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    period         VARCHAR(7)    NOT NULL,
    content        VARCHAR(20000) NOT NULL,
    digest         VARCHAR(64)   NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sent_return_period ON sent_return (member_state, period, sent_at);

-- What the secretariat received: each member's returns, the latest of a period being the one it
-- reads, with the signed envelope as it arrived for evidence. Coalition-level: no member's rows.
CREATE TABLE received_return (
    message_id     UUID          PRIMARY KEY,
    reporting_member VARCHAR(3)  NOT NULL REFERENCES member_state (iso3),
    period         VARCHAR(7)    NOT NULL,
    computed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content        VARCHAR(20000) NOT NULL,
    envelope       VARCHAR(40000) NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX received_return_period ON received_return (period, reporting_member, computed_at);
