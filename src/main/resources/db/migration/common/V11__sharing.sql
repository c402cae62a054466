-- Sharing a case with another member (docs/adr/0014): the person's consent, the offer as the sender
-- keeps it, the offer as the recipient sees it, and the messages between them. Each table holds one
-- member's rows only: the sender's or the recipient's, never both. Messages go through the sender's
-- outbox and the recipient's inbox, as they will between nodes.

-- What the person agreed to be shared, with whom and for what; or, for a child, the legal basis.
CREATE TABLE consent (
    id             UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    case_id        UUID          NOT NULL REFERENCES person_case (id),
    purpose        VARCHAR(20)   NOT NULL CHECK (purpose IN ('PLACEMENT')),
    recipient      VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    method         VARCHAR(20)   NOT NULL CHECK (method IN ('SIGNED', 'VERBAL_WITNESSED', 'LEGAL_BASIS')),
    language       VARCHAR(8)    NOT NULL,
    -- For a child: the law or decision that allows the share without the child's own consent.
    legal_basis    VARCHAR(500),
    recorded_by    UUID          NOT NULL REFERENCES app_user (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_by   UUID          REFERENCES app_user (id),
    withdrawn_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX consent_case ON consent (case_id);

-- An offer as its sender keeps it: which case, under which consent, and where it stands.
CREATE TABLE outgoing_share (
    id             UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    case_id        UUID          NOT NULL REFERENCES person_case (id),
    consent_id     UUID          NOT NULL REFERENCES consent (id),
    purpose        VARCHAR(20)   NOT NULL,
    recipient      VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    reference      VARCHAR(20)   NOT NULL UNIQUE,
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'REJECTED', 'REVOKED')),
    profile        VARCHAR(4000) NOT NULL,
    offered_by     UUID          NOT NULL REFERENCES app_user (id),
    offered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(500),
    version        INTEGER       NOT NULL
);
CREATE INDEX outgoing_share_case ON outgoing_share (case_id);

-- The same offer as the recipient sees it: a pseudonymised profile under a reference, and only once
-- accepted what the purpose reveals. Nothing here points at the sender's case.
CREATE TABLE incoming_share (
    id             UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    sender         VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    purpose        VARCHAR(20)   NOT NULL,
    reference      VARCHAR(20)   NOT NULL UNIQUE,
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'REJECTED', 'REVOKED')),
    profile        VARCHAR(4000),
    disclosure     VARCHAR(8000),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     UUID          REFERENCES app_user (id),
    decided_at     TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(500),
    version        INTEGER       NOT NULL
);
CREATE INDEX incoming_share_member ON incoming_share (member_state, status);

-- Messages a member sends, written in the transaction of the act that sends them, delivered once.
CREATE TABLE sharing_outbox (
    message_id     UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    recipient      VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    share_id       UUID          NOT NULL,
    kind           VARCHAR(12)   NOT NULL CHECK (kind IN ('OFFER', 'DECISION', 'DISCLOSURE', 'REVOCATION')),
    payload        VARCHAR(8000) NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at   TIMESTAMP WITH TIME ZONE
);

-- Messages a member received: the key makes a message delivered twice change nothing the second time.
CREATE TABLE sharing_inbox (
    message_id     UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    sender         VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    share_id       UUID          NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
