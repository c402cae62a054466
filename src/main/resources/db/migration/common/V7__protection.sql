-- Protection: screening for specific needs and health, the workflow for unaccompanied children,
-- fear-of-return claims and the non-refoulement marks they place.

-- The screening of a case: who screened it and when. Its marks are the specific-needs codes
-- (UNHCR's standardised codes, e.g. SC-UC) and health flags (HEALTH-...) found.
CREATE TABLE screening (
    case_id      UUID          PRIMARY KEY REFERENCES reception_case (id),
    member_state VARCHAR(3)    NOT NULL,
    screened_by  UUID          NOT NULL REFERENCES app_user (id),
    screened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE screening_mark (
    case_id      UUID          NOT NULL REFERENCES reception_case (id),
    code         VARCHAR(20)   NOT NULL,
    member_state VARCHAR(3)    NOT NULL,
    PRIMARY KEY (case_id, code)
);

-- An unaccompanied child's path from the desk to a responsible adult: each step in order, with
-- who and when. The child cannot be handed over before the child-protection authority is notified
-- and their best interests assessed.
CREATE TABLE child_protection (
    case_id             UUID          PRIMARY KEY REFERENCES reception_case (id),
    member_state        VARCHAR(3)    NOT NULL,
    step                VARCHAR(20)   NOT NULL CHECK (step IN ('IDENTIFIED', 'AUTHORITY_NOTIFIED', 'INTERESTS_ASSESSED', 'HANDED_OVER')),
    authority           VARCHAR(200),
    notified_at         TIMESTAMP WITH TIME ZONE,
    assessed_at         TIMESTAMP WITH TIME ZONE,
    handed_to           VARCHAR(200),
    handed_to_relation  VARCHAR(20)   CHECK (handed_to_relation IN ('PARENT', 'RELATIVE', 'GUARDIAN', 'CHILD_PROTECTION', 'FOSTER_CARE')),
    handed_over_at      TIMESTAMP WITH TIME ZONE,
    updated_by          UUID          NOT NULL REFERENCES app_user (id),
    version             INTEGER       NOT NULL
);

-- A fear-of-return claim. Its details (reason, account, referral) are encrypted by the
-- application with a key kept outside the database (docs/adr/0008): this table holds only the
-- ciphertext, the feared country (which the non-refoulement mark needs) and where the claim stands.
CREATE TABLE protection_claim (
    id             UUID          PRIMARY KEY,
    member_state   VARCHAR(3)    NOT NULL,
    case_id        UUID          NOT NULL REFERENCES reception_case (id),
    feared_country VARCHAR(3)    NOT NULL,
    status         VARCHAR(25)   NOT NULL CHECK (status IN ('RECORDED', 'REFERRED', 'UNDER_DETERMINATION', 'RECOGNISED',
                                                            'COMPLEMENTARY_PROTECTION', 'REJECTED', 'APPEALED', 'WITHDRAWN')),
    details        BYTEA NOT NULL,
    recorded_by    UUID          NOT NULL REFERENCES app_user (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER       NOT NULL
);
CREATE INDEX protection_claim_case ON protection_claim (case_id);

-- Where the claim went, step by step; each step's note is encrypted like the claim.
CREATE TABLE protection_claim_step (
    id           UUID          PRIMARY KEY,
    claim_id     UUID          NOT NULL REFERENCES protection_claim (id),
    member_state VARCHAR(3)    NOT NULL,
    status       VARCHAR(25)   NOT NULL,
    note         BYTEA,
    taken_by     UUID          NOT NULL REFERENCES app_user (id),
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX protection_claim_step_claim ON protection_claim_step (claim_id, taken_at);

-- Non-refoulement: this case's person must not be returned, transferred or placed to this
-- country. Written with the claim, for the claimant and the family travelling with them; read
-- by the movement trigger (V7_1, V7_2), which refuses any movement to the country.
CREATE TABLE non_refoulement (
    case_id      UUID          NOT NULL REFERENCES reception_case (id),
    country      VARCHAR(3)    NOT NULL,
    member_state VARCHAR(3)    NOT NULL,
    claim_id     UUID          NOT NULL REFERENCES protection_claim (id),
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, country)
);
