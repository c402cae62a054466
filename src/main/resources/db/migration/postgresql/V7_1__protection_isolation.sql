-- Row-level security on protection's records (see V1_1 and docs/adr/0003).
ALTER TABLE screening ENABLE ROW LEVEL SECURITY;
CREATE POLICY screening_member_isolation ON screening
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE screening_mark ENABLE ROW LEVEL SECURITY;
CREATE POLICY screening_mark_member_isolation ON screening_mark
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE child_protection ENABLE ROW LEVEL SECURITY;
CREATE POLICY child_protection_member_isolation ON child_protection
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE protection_claim ENABLE ROW LEVEL SECURITY;
CREATE POLICY protection_claim_member_isolation ON protection_claim
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE protection_claim_step ENABLE ROW LEVEL SECURITY;
CREATE POLICY protection_claim_step_member_isolation ON protection_claim_step
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE non_refoulement ENABLE ROW LEVEL SECURITY;
CREATE POLICY non_refoulement_member_isolation ON non_refoulement
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT, UPDATE ON screening, child_protection, protection_claim TO ${app_role};
GRANT SELECT, INSERT, DELETE ON screening_mark TO ${app_role};
-- A claim's steps and its marks are never rewritten or removed by the application.
GRANT SELECT, INSERT ON protection_claim_step, non_refoulement TO ${app_role};

-- Non-refoulement, enforced where movements are written: no proposal, approval or completion of a
-- return, transfer or placement to a country that any case of the same person is marked against,
-- whichever module, screen or script writes it. SECURITY DEFINER so that the check sees every mark
-- of the person whatever the writer's scope.
CREATE FUNCTION acogida_refuse_refoulement() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
    IF NEW.status <> 'CANCELLED' AND EXISTS (
            SELECT 1 FROM reception_case moving
            JOIN reception_case marked ON marked.person_id = moving.person_id
            JOIN non_refoulement mark ON mark.case_id = marked.id
            WHERE moving.id = NEW.case_id AND mark.country = NEW.destination_country) THEN
        RAISE EXCEPTION 'non-refoulement: the person of case % must not be sent to %', NEW.case_id, NEW.destination_country
            USING ERRCODE = 'AC001';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION acogida_refuse_refoulement() FROM PUBLIC;
CREATE TRIGGER movement_non_refoulement BEFORE INSERT OR UPDATE ON movement
    FOR EACH ROW EXECUTE FUNCTION acogida_refuse_refoulement();
