-- Row-level security on registration's records (see V1_1 and docs/adr/0003).
ALTER TABLE case_registration ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_registration_member_isolation ON case_registration
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE case_revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_revision_member_isolation ON case_revision
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE duplicate_review ENABLE ROW LEVEL SECURITY;
CREATE POLICY duplicate_review_member_isolation ON duplicate_review
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE movement ENABLE ROW LEVEL SECURITY;
CREATE POLICY movement_member_isolation ON movement
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT, UPDATE ON case_registration, duplicate_review, movement TO ${app_role};
GRANT SELECT, INSERT ON case_revision TO ${app_role};
