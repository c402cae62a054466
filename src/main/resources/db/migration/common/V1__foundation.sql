-- Acogida foundation schema. Runs unchanged on PostgreSQL (production, tests) and on H2 in
-- PostgreSQL mode (the one-command demo). PostgreSQL-only security lives in ../postgresql.

-- Reference facts on the countries of the region, loaded by V2 from reference/countries.csv,
-- which names a source for every figure.
CREATE TABLE country (
    iso3                 VARCHAR(3)     PRIMARY KEY,
    name_en              VARCHAR(80)    NOT NULL,
    population           BIGINT         NOT NULL,
    gdp_usd              BIGINT         NOT NULL,
    unemployment_pct     NUMERIC(5, 2)  NOT NULL,
    exports_to_us_usd    BIGINT         NOT NULL,
    top_exports_to_us    VARCHAR(1000)  NOT NULL,
    remittances_pct_gdp  NUMERIC(5, 2),            -- NULL where the sources have no figure
    data_year            VARCHAR(200)   NOT NULL,
    sources              VARCHAR(4000)  NOT NULL
);

-- The coalition: which countries are members, since when.
CREATE TABLE member_state (
    iso3         VARCHAR(3) PRIMARY KEY REFERENCES country (iso3),
    admitted_on  DATE       NOT NULL
);

-- Where deportees arrive: airports by IATA code, land crossings by a code of ours. Loaded by V3
-- from reference/arrival-points.csv with a source for each.
CREATE TABLE arrival_point (
    code       VARCHAR(12)   PRIMARY KEY,
    country    VARCHAR(3)    NOT NULL REFERENCES country (iso3),
    kind       VARCHAR(20)   NOT NULL CHECK (kind IN ('AIRPORT', 'LAND_CROSSING')),
    name       VARCHAR(200)  NOT NULL,
    city       VARCHAR(120)  NOT NULL,
    source     VARCHAR(1000) NOT NULL
);

-- Municipalities and sites that host people, with their capacity in persons. Member data.
CREATE TABLE locality (
    id                UUID          PRIMARY KEY,
    member_state      VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('MUNICIPALITY', 'SITE')),
    admin_area        VARCHAR(200)  NOT NULL,
    capacity_persons  INTEGER       NOT NULL CHECK (capacity_persons >= 0),
    version           INTEGER       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT locality_unique_name UNIQUE (member_state, admin_area, name)
);
CREATE INDEX locality_member ON locality (member_state);

-- Users. Every role but the coalition analyst belongs to exactly one member state.
CREATE TABLE app_user (
    id                  UUID          PRIMARY KEY,
    username            VARCHAR(64)   NOT NULL,
    display_name        VARCHAR(120)  NOT NULL,
    password_hash       VARCHAR(255)  NOT NULL,
    role                VARCHAR(30)   NOT NULL CHECK (role IN ('RECEPTION_OFFICER', 'CASE_WORKER', 'PROTECTION_OFFICER',
                                                               'MEMBER_COORDINATOR', 'COALITION_ANALYST', 'ADMINISTRATOR')),
    member_state        VARCHAR(3)    REFERENCES member_state (iso3),
    enabled             BOOLEAN       NOT NULL,
    failed_sign_ins     INTEGER       NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    -- Raised whenever a user's sessions must end (disabled, role or password changed); every
    -- request compares it with the value its session started with.
    session_generation  INTEGER       NOT NULL,
    language            VARCHAR(5)    NOT NULL CHECK (language IN ('es', 'en', 'pt', 'fr', 'ht')),
    version             INTEGER       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_member_by_role CHECK ((role = 'COALITION_ANALYST' AND member_state IS NULL)
                                           OR (role <> 'COALITION_ANALYST' AND member_state IS NOT NULL))
);
CREATE INDEX app_user_member ON app_user (member_state);

-- The audit chain: one line of entries, each holding the keyed hash of the one before.
CREATE TABLE audit_entry (
    sequence        BIGINT        PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id   UUID,
    actor_member    VARCHAR(3),
    actor_role      VARCHAR(30),
    action          VARCHAR(40)   NOT NULL,
    record_type     VARCHAR(40),
    record_id       VARCHAR(64),
    record_member   VARCHAR(3),
    client_address  VARCHAR(64),
    previous_hash   VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_actor_member ON audit_entry (actor_member, sequence);
CREATE INDEX audit_entry_record_member ON audit_entry (record_member, sequence);

-- The head of the chain: locked by each writer so that entries are appended one after another.
CREATE TABLE audit_chain_head (
    id             INTEGER     PRIMARY KEY CHECK (id = 1),
    last_sequence  BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
