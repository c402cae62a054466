-- Row-level security on what a member sent (see V1_1 and docs/adr/0003); what the secretariat
-- received holds aggregates only, already suppressed, and no member's rows.
ALTER TABLE sent_return ENABLE ROW LEVEL SECURITY;
CREATE POLICY sent_return_member_isolation ON sent_return
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
GRANT SELECT, INSERT ON sent_return, received_return TO ${app_role};
