-- Row-level security on reception's records (see V1_1 and docs/adr/0003).
ALTER TABLE landing ENABLE ROW LEVEL SECURITY;
CREATE POLICY landing_member_isolation ON landing
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE reception_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY reception_case_member_isolation ON reception_case
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_event_member_isolation ON case_event
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT ON landing, case_event TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON reception_case TO ${app_role};
GRANT USAGE ON SEQUENCE reception_case_case_number_seq TO ${app_role};
