-- Flight governance: notices, manifests, the coalition protocol (versions, motions, votes),
-- member policies, decisions, incidents. Member data carries member_state (the destination
-- member) and is read and written through ScopedJdbc; PostgreSQL adds row-level security (V4_1).

-- Each member's acceptance policy; one row per member, versioned for decisions to name.
CREATE TABLE member_policy (
    member_state            VARCHAR(3)   PRIMARY KEY REFERENCES member_state (iso3),
    nationals               VARCHAR(30)  NOT NULL CHECK (nationals IN ('ACCEPT', 'ACCEPT_WITH_CONDITIONS')),
    nationals_conditions    VARCHAR(500),
    non_nationals           VARCHAR(20)  NOT NULL CHECK (non_nationals IN ('REFUSE', 'QUOTA')),
    non_national_monthly_quota INTEGER   NOT NULL CHECK (non_national_monthly_quota >= 0),
    humanitarian_pathway    BOOLEAN      NOT NULL,
    -- ISO alpha-3 codes, comma-separated; empty means any nationality within the quota.
    allowed_nationalities   VARCHAR(2000) NOT NULL,
    version                 INTEGER      NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Reception capacity per arrival point, and whether a child-protection officer is posted there.
CREATE TABLE arrival_capacity (
    member_state            VARCHAR(3)   NOT NULL REFERENCES member_state (iso3),
    arrival_point           VARCHAR(12)  NOT NULL REFERENCES arrival_point (code),
    persons_per_day         INTEGER      NOT NULL CHECK (persons_per_day >= 0),
    persons_per_week        INTEGER      NOT NULL CHECK (persons_per_week >= 0),
    child_protection_officer BOOLEAN     NOT NULL,
    PRIMARY KEY (member_state, arrival_point)
);

-- The coalition protocol: every adopted version, with its rules' parameters (JSON text).
CREATE TABLE protocol_version (
    version        INTEGER       PRIMARY KEY,
    parameters     VARCHAR(4000) NOT NULL,
    adopted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    motion_id      UUID
);

-- Motions put to the members: protocol amendments, and diversions of a refused flight.
CREATE TABLE motion (
    id              UUID          PRIMARY KEY,
    kind            VARCHAR(30)   NOT NULL CHECK (kind IN ('PROTOCOL', 'DIVERSION')),
    title           VARCHAR(300)  NOT NULL,
    proposed_parameters VARCHAR(4000),
    sending_authority VARCHAR(120),
    mission_number  VARCHAR(40),
    diversion_member VARCHAR(3)   REFERENCES member_state (iso3),
    proposed_by     VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    quorum_percent  INTEGER       NOT NULL CHECK (quorum_percent BETWEEN 1 AND 100),
    majority_percent INTEGER      NOT NULL CHECK (majority_percent BETWEEN 50 AND 100),
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'ADOPTED', 'REJECTED')),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    version         INTEGER       NOT NULL
);

-- One vote per member per motion; who cast it is kept.
CREATE TABLE motion_vote (
    motion_id       UUID          NOT NULL REFERENCES motion (id),
    member_state    VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    choice          VARCHAR(10)   NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    voted_by        UUID          NOT NULL,
    voted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (motion_id, member_state)
);

-- A flight notice. member_state is the member of its arrival point.
CREATE TABLE flight (
    id                   UUID          PRIMARY KEY,
    member_state         VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    sending_authority    VARCHAR(120)  NOT NULL,
    mission_number       VARCHAR(40)   NOT NULL,
    scheduled_departure  TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_arrival    TIMESTAMP WITH TIME ZONE NOT NULL,
    pickup_airport       VARCHAR(4)    NOT NULL,
    arrival_point        VARCHAR(12)   NOT NULL REFERENCES arrival_point (code),
    aircraft_kind        VARCHAR(20)   NOT NULL CHECK (aircraft_kind IN ('CHARTER', 'MILITARY', 'COMMERCIAL')),
    restraints_declared  BOOLEAN       NOT NULL,
    declared_passengers  INTEGER       NOT NULL CHECK (declared_passengers >= 0),
    notice_received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    manifest_version     INTEGER       NOT NULL,
    manifest_received_at TIMESTAMP WITH TIME ZONE,
    -- Counts of the applied manifest, kept with the flight for the capacity and quota rules.
    manifest_passengers  INTEGER,
    manifest_non_nationals INTEGER,
    -- Whether the current decision (the coordinator's if given, else the evaluation's) refuses
    -- the flight: written with the decision, so the capacity and quota sums need no join.
    refused              BOOLEAN       DEFAULT FALSE NOT NULL,
    version              INTEGER       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flight_mission_unique UNIQUE (sending_authority, mission_number, member_state)
);
CREATE INDEX flight_member_arrival ON flight (member_state, scheduled_arrival);
CREATE INDEX flight_mission ON flight (mission_number);

-- Each manifest received for a flight; the same content twice is stored once (content_hash).
CREATE TABLE manifest (
    id              UUID          PRIMARY KEY,
    flight_id       UUID          NOT NULL REFERENCES flight (id),
    member_state    VARCHAR(3)    NOT NULL,
    version_number  INTEGER       NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    source          VARCHAR(10)   NOT NULL CHECK (source IN ('API', 'CSV', 'XLSX')),
    row_count       INTEGER       NOT NULL,
    skipped_rows    INTEGER       NOT NULL,
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('APPLIED', 'PENDING')),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The counts the rules need (ManifestSummary as JSON), taken once at import: evaluations
    -- never re-read the passengers.
    summary         VARCHAR(4000) NOT NULL,
    CONSTRAINT manifest_version_unique UNIQUE (flight_id, version_number),
    CONSTRAINT manifest_content_unique UNIQUE (flight_id, content_hash)
);

-- The passengers of a manifest, names exactly as given.
CREATE TABLE manifest_passenger (
    id              UUID          PRIMARY KEY,
    manifest_id     UUID          NOT NULL REFERENCES manifest (id),
    flight_id       UUID          NOT NULL REFERENCES flight (id),
    member_state    VARCHAR(3)    NOT NULL,
    row_number      INTEGER       NOT NULL,
    passenger_id    VARCHAR(40)   NOT NULL,
    last_names      VARCHAR(200)  NOT NULL,
    first_names     VARCHAR(200)  NOT NULL,
    date_of_birth   DATE          NOT NULL,
    sex             VARCHAR(1)    NOT NULL CHECK (sex IN ('F', 'M', 'X')),
    citizenship     VARCHAR(3)    NOT NULL,
    document_type   VARCHAR(30),
    document_number VARCHAR(40),
    family_unit_id  VARCHAR(40),
    juvenile        BOOLEAN       NOT NULL,
    unaccompanied   BOOLEAN       NOT NULL,
    medical_notes   VARCHAR(500)
);
CREATE INDEX manifest_passenger_manifest ON manifest_passenger (manifest_id);

-- Every evaluation of a flight against the protocol and the member's policy, and the coordinator's word on it.
CREATE TABLE flight_decision (
    id                  UUID          PRIMARY KEY,
    flight_id           UUID          NOT NULL REFERENCES flight (id),
    member_state        VARCHAR(3)    NOT NULL,
    outcome             VARCHAR(30)   NOT NULL CHECK (outcome IN ('ACCEPT', 'ACCEPT_WITH_CONDITIONS', 'REFUSE', 'NEEDS_REVIEW')),
    protocol_version    INTEGER       NOT NULL,
    policy_version      INTEGER       NOT NULL,
    manifest_version    INTEGER       NOT NULL,
    rule_results        VARCHAR(8000) NOT NULL,
    refused_under_protocol BOOLEAN    NOT NULL,
    evaluated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_outcome   VARCHAR(30)   CHECK (confirmed_outcome IN ('ACCEPT', 'ACCEPT_WITH_CONDITIONS', 'REFUSE')),
    justification       VARCHAR(2000),
    confirmed_by        UUID,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    current             BOOLEAN       NOT NULL
);
CREATE INDEX flight_decision_flight ON flight_decision (flight_id, current);

-- Incidents reported against a flight; a breach when a protocol rule covers them.
CREATE TABLE incident (
    id              UUID          PRIMARY KEY,
    flight_id       UUID          NOT NULL REFERENCES flight (id),
    member_state    VARCHAR(3)    NOT NULL,
    kind            VARCHAR(30)   NOT NULL CHECK (kind IN ('RESTRAINTS_USED', 'FAMILY_SEPARATED', 'MEDICAL_EMERGENCY',
                                                           'MISTREATMENT', 'BELONGINGS_MISSING', 'MINOR_WITHOUT_GUARDIAN')),
    severity        VARCHAR(10)   NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    breached_rule   VARCHAR(60),
    description     VARCHAR(2000) NOT NULL,
    reported_by     UUID          NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_flight ON incident (flight_id);
