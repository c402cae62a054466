-- Governance: the coalition's motions of any kind and what they adopted, out of flights (docs/adr/0013).
-- A motion names its subject with a key the proposing module chooses (a diversion: authority|mission|member,
-- each part with % and | escaped, as flights.Protocol.diversionSubject writes it) and carries its proposal as
-- JSON text that only that module reads.
ALTER TABLE motion ADD COLUMN subject VARCHAR(200);
UPDATE motion SET subject = REPLACE(REPLACE(sending_authority, '%', '%25'), '|', '%7C') || '|'
                            || REPLACE(REPLACE(mission_number, '%', '%25'), '|', '%7C') || '|' || diversion_member
    WHERE kind = 'DIVERSION';
ALTER TABLE motion DROP COLUMN sending_authority;
ALTER TABLE motion DROP COLUMN mission_number;
ALTER TABLE motion DROP COLUMN diversion_member;
ALTER TABLE motion RENAME COLUMN proposed_parameters TO proposal;
CREATE INDEX motion_subject ON motion (kind, subject);

-- Every version the coalition adopted by motion, of anything that has versions (the protocol now,
-- the solidarity key later): what was adopted, by which motion, when.
CREATE TABLE adopted_version (
    kind        VARCHAR(30)   NOT NULL,
    version     INTEGER       NOT NULL,
    content     VARCHAR(4000) NOT NULL,
    motion_id   UUID          REFERENCES motion (id),
    adopted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, version)
);
INSERT INTO adopted_version (kind, version, content, motion_id, adopted_at)
    SELECT 'PROTOCOL', version, parameters, motion_id, adopted_at FROM protocol_version;
DROP TABLE protocol_version;

-- Spring Modulith's event publication registry (its schema v2): an event to another module is
-- written here in the same transaction as the change that raised it, and marked complete (deleted)
-- once its listener has run, so that a crash in between loses nothing: incomplete publications are
-- delivered again when the application restarts. Events carry ids and codes, never personal data.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener ON event_publication (listener_id, publication_date);
