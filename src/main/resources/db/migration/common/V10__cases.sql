-- The case apart from the arrival (docs/adr/0013). person_case is the cases module's: who the person
-- is and the case an arrival opened (number, status, family, version). arrival is reception's: how
-- and where they came (flight, passenger, arrival point, day) and where they stand at the desk.

-- Cases that travelled as one family unit of a flight's manifest share a family id: the first of
-- them by case number, so that the family is known without the flight.
ALTER TABLE reception_case ADD COLUMN family_id UUID;
UPDATE reception_case SET family_id = (
        SELECT f.id FROM reception_case f
        WHERE f.flight_id = reception_case.flight_id AND f.family_unit_id = reception_case.family_unit_id
        ORDER BY f.case_number FETCH FIRST 1 ROWS ONLY)
    WHERE flight_id IS NOT NULL AND family_unit_id IS NOT NULL;

-- Whether the person is with us: AWAITED (on a landed flight's manifest, not seen yet), ACTIVE
-- (seen at the desk, or came without a flight), NOT_ARRIVED (on the manifest, not on the aircraft).
ALTER TABLE reception_case ADD COLUMN status VARCHAR(15);
UPDATE reception_case SET status = CASE check_in WHEN 'PRESENT' THEN 'ACTIVE' WHEN 'NO_SHOW' THEN 'NOT_ARRIVED' ELSE 'AWAITED' END;
ALTER TABLE reception_case ALTER COLUMN status SET NOT NULL;
ALTER TABLE reception_case ADD CONSTRAINT person_case_status CHECK (status IN ('AWAITED', 'ACTIVE', 'NOT_ARRIVED'));

CREATE TABLE arrival (
    case_id         UUID          PRIMARY KEY REFERENCES reception_case (id),
    member_state    VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    arrival_kind    VARCHAR(20)   NOT NULL CHECK (arrival_kind IN ('FLIGHT', 'LAND_BORDER', 'WALK_IN')),
    flight_id       UUID          REFERENCES flight (id),
    passenger_id    VARCHAR(40),
    arrival_point   VARCHAR(12)   NOT NULL REFERENCES arrival_point (code),
    arrived_on      DATE          NOT NULL,
    -- The family unit as the manifest names it, shown at the desk; the family itself is person_case.family_id.
    family_unit_id  VARCHAR(40),
    medical_notes   VARCHAR(500),
    check_in        VARCHAR(10)   NOT NULL CHECK (check_in IN ('EXPECTED', 'PRESENT', 'ABSENT', 'NO_SHOW')),
    checked_in_at   TIMESTAMP WITH TIME ZONE,
    -- The desk's own copy of the case's folded names and document (case_search_key, V10_2), so that
    -- its search reads one table: refreshed whenever the case's identity is corrected.
    search_key      VARCHAR(500)  NOT NULL,
    document_key    VARCHAR(40),
    -- A passenger of a flight is one case, however often the flight is marked as landed.
    CONSTRAINT arrival_passenger_unique UNIQUE (flight_id, passenger_id)
);
INSERT INTO arrival (case_id, member_state, arrival_kind, flight_id, passenger_id, arrival_point, arrived_on, family_unit_id,
                     medical_notes, check_in, checked_in_at, search_key, document_key)
    SELECT id, member_state, arrival_kind, flight_id, passenger_id, arrival_point, arrived_on, family_unit_id, medical_notes, check_in,
           checked_in_at, search_key, document_key
    FROM reception_case;
CREATE INDEX arrival_at_point ON arrival (member_state, arrival_point, arrived_on);
CREATE INDEX arrival_flight ON arrival (flight_id);

ALTER TABLE reception_case DROP CONSTRAINT reception_case_passenger_unique;
DROP INDEX reception_case_arrivals;
ALTER TABLE reception_case DROP COLUMN arrival_kind;
ALTER TABLE reception_case DROP COLUMN flight_id;
ALTER TABLE reception_case DROP COLUMN passenger_id;
ALTER TABLE reception_case DROP COLUMN arrival_point;
ALTER TABLE reception_case DROP COLUMN family_unit_id;
ALTER TABLE reception_case DROP COLUMN medical_notes;
ALTER TABLE reception_case DROP COLUMN check_in;
ALTER TABLE reception_case DROP COLUMN checked_in_at;
-- The day the case was opened: the day the person arrived.
ALTER TABLE reception_case RENAME COLUMN arrived_on TO opened_on;
-- Under the age of majority on the day of arrival, or declared a minor on the manifest.
ALTER TABLE reception_case RENAME COLUMN juvenile TO minor;
ALTER TABLE reception_case RENAME TO person_case;
CREATE INDEX person_case_family ON person_case (family_id);
