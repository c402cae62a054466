-- Documents: humanitarian passes, temporary stay and work permits, signed so that any checkpoint
-- can verify them offline with the issuing member's public key.

-- Each member's rules per kind of document: how long it is valid, by how much and how often it
-- may be extended. A member without a row has the coalition's defaults (DocumentRules).
CREATE TABLE document_rule (
    member_state   VARCHAR(3)   NOT NULL REFERENCES member_state (iso3),
    kind           VARCHAR(25)  NOT NULL CHECK (kind IN ('HUMANITARIAN_PASS', 'TEMPORARY_STAY', 'WORK_PERMIT')),
    valid_days     INTEGER      NOT NULL CHECK (valid_days BETWEEN 1 AND 3660),
    extension_days INTEGER      NOT NULL CHECK (extension_days BETWEEN 0 AND 3660),
    max_extensions INTEGER      NOT NULL CHECK (max_extensions BETWEEN 0 AND 10),
    version        INTEGER      NOT NULL,
    PRIMARY KEY (member_state, kind)
);

-- A member's document-signing public keys. The private keys never enter the database: they are
-- kept encrypted in the keys directory (LocalKeys). Public keys are published to checkpoints.
CREATE TABLE signing_key (
    key_id       VARCHAR(40)  PRIMARY KEY,
    member_state VARCHAR(3)   NOT NULL REFERENCES member_state (iso3),
    algorithm    VARCHAR(10)  NOT NULL CHECK (algorithm IN ('Ed25519')),
    public_key   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE issued_document (
    id             UUID         PRIMARY KEY,
    member_state   VARCHAR(3)   NOT NULL,
    case_id        UUID         NOT NULL REFERENCES reception_case (id),
    kind           VARCHAR(25)  NOT NULL CHECK (kind IN ('HUMANITARIAN_PASS', 'TEMPORARY_STAY', 'WORK_PERMIT')),
    -- What the holder and the checkpoint read: member, kind and the first digits of the id, e.g. GTM-HP-3F2A9C1B.
    number         VARCHAR(30)  NOT NULL,
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    valid_from     DATE         NOT NULL,
    valid_until    DATE         NOT NULL,
    extensions     INTEGER      NOT NULL,
    -- The signed payload printed in the QR code, re-signed on each extension.
    token          VARCHAR(2000) NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    issued_by      UUID         NOT NULL REFERENCES app_user (id),
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(20)  CHECK (revoked_reason IN ('ERROR', 'LEFT_COUNTRY', 'REPLACED', 'FRAUD', 'OTHER_STATUS')),
    version        INTEGER      NOT NULL,
    CONSTRAINT issued_document_number UNIQUE (number),
    CONSTRAINT issued_document_validity CHECK (valid_until >= valid_from)
);
CREATE INDEX issued_document_case ON issued_document (case_id);
CREATE INDEX issued_document_expiry ON issued_document (member_state, status, valid_until);
