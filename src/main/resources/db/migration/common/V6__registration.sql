-- Registration at reception: the rest of a person's identity, how to reach them and what they
-- bring; possible duplicates put to a person; onward movements (return, transfer, placement).

-- The same person across cases: a case is one arrival, and someone deported twice has two. A
-- person's cases share this id once an officer decides they are duplicates of each other; a mark
-- against return to a country applies to every case of the person.
ALTER TABLE reception_case ADD COLUMN person_id UUID;
UPDATE reception_case SET person_id = id;
ALTER TABLE reception_case ALTER COLUMN person_id SET NOT NULL;
CREATE INDEX reception_case_person ON reception_case (person_id);
-- Duplicates are looked for by date of birth among the member's earlier cases.
CREATE INDEX reception_case_born ON reception_case (member_state, date_of_birth);

-- What registration adds to a case, one row per case once someone registers it. Edits take the
-- case's version (reception_case.version), so one lock guards everything on the case.
CREATE TABLE case_registration (
    case_id             UUID          PRIMARY KEY REFERENCES reception_case (id),
    member_state        VARCHAR(3)    NOT NULL,
    -- The names as the person writes them when their script is not Latin (Arabic, Chinese, ...).
    names_in_script     VARCHAR(200),
    document_issuer     VARCHAR(3),
    document_expires_on DATE,
    -- How the document was checked: MRZ when its machine-readable zone was read and its check digits matched.
    document_checked    VARCHAR(10)   CHECK (document_checked IN ('MRZ', 'SEEN', 'NOT_SEEN')),
    phone               VARCHAR(40),
    email               VARCHAR(200),
    address             VARCHAR(300),
    -- Where in the country the person means to go: a department and municipality, as they say it.
    destination         VARCHAR(200),
    -- ISO 639 codes, comma-separated, the first the one the person prefers.
    languages           VARCHAR(100),
    -- ISCED 2011 level (0-8), ISCO-08 sub-major group (two digits).
    education           VARCHAR(2),
    occupation          VARCHAR(2),
    skills              VARCHAR(500),
    -- A family member separated during removal (still detained, left in the sending state).
    separated_from      VARCHAR(300),
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by       UUID          NOT NULL REFERENCES app_user (id)
);

-- What a case looked like before each edit, so that a refused stale edit can say exactly what
-- changed since the officer opened the page. Field names and values, as JSON text.
CREATE TABLE case_revision (
    case_id      UUID          NOT NULL REFERENCES reception_case (id),
    version      INTEGER       NOT NULL,
    member_state VARCHAR(3)    NOT NULL,
    fields       VARCHAR(8000) NOT NULL,
    replaced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by  UUID,
    PRIMARY KEY (case_id, version)
);

-- Two cases that may be the same person, put to an officer once. The pair is stored with the
-- newer case first; the key makes a pair proposed again (a second landing, a re-scan) a no-op,
-- and keeps the officer's decision for good.
CREATE TABLE duplicate_review (
    id            UUID          PRIMARY KEY,
    member_state  VARCHAR(3)    NOT NULL,
    case_id       UUID          NOT NULL REFERENCES reception_case (id),
    earlier_id    UUID          NOT NULL REFERENCES reception_case (id),
    score         INTEGER       NOT NULL CHECK (score BETWEEN 0 AND 100),
    -- The fields that match, comma-separated: DOCUMENT, NAMES, DATE_OF_BIRTH, NATIONALITY, SEX.
    matched       VARCHAR(100)  NOT NULL,
    status        VARCHAR(15)   NOT NULL CHECK (status IN ('PENDING', 'SAME_PERSON', 'NOT_DUPLICATE')),
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    UUID          REFERENCES app_user (id),
    decided_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT duplicate_review_pair UNIQUE (case_id, earlier_id),
    CONSTRAINT duplicate_review_two_cases CHECK (case_id <> earlier_id)
);
CREATE INDEX duplicate_review_pending ON duplicate_review (member_state, status);
CREATE INDEX duplicate_review_earlier ON duplicate_review (earlier_id);

-- Where a person is to go from here: back to a country (RETURN), to another member (TRANSFER) or
-- to a locality (PLACEMENT). Every such proposal is written here, and a database trigger refuses
-- one to a country the person fears (V7_1 on PostgreSQL, V7_2 on H2).
CREATE TABLE movement (
    id                  UUID          PRIMARY KEY,
    member_state        VARCHAR(3)    NOT NULL,
    case_id             UUID          NOT NULL REFERENCES reception_case (id),
    kind                VARCHAR(10)   NOT NULL CHECK (kind IN ('RETURN', 'TRANSFER', 'PLACEMENT')),
    -- ISO 3166-1 alpha-3, any country: a return may be to one outside the region.
    destination_country VARCHAR(3)    NOT NULL,
    destination         VARCHAR(200),
    status              VARCHAR(10)   NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'DONE', 'CANCELLED')),
    proposed_by         UUID          NOT NULL REFERENCES app_user (id),
    proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX movement_case ON movement (case_id);
