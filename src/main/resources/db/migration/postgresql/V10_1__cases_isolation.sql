-- Row-level security on reception's arrivals (see V1_1 and docs/adr/0003); person_case keeps the
-- policy, grants and sequence it had as reception_case.
ALTER TABLE arrival ENABLE ROW LEVEL SECURITY;
CREATE POLICY arrival_member_isolation ON arrival
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
GRANT SELECT, INSERT, UPDATE ON arrival TO ${app_role};

-- The non-refoulement check of V7_1, reading the renamed table.
CREATE OR REPLACE FUNCTION acogida_refuse_refoulement() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
    IF NEW.status <> 'CANCELLED' AND EXISTS (
            SELECT 1 FROM person_case moving
            JOIN person_case marked ON marked.person_id = moving.person_id
            JOIN non_refoulement mark ON mark.case_id = marked.id
            WHERE moving.id = NEW.case_id AND mark.country = NEW.destination_country) THEN
        RAISE EXCEPTION 'non-refoulement: the person of case % must not be sent to %', NEW.case_id, NEW.destination_country
            USING ERRCODE = 'AC001';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION acogida_refuse_refoulement() FROM PUBLIC;
