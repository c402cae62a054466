-- Row-level security on sharing's records (see V1_1 and docs/adr/0003): each row is one member's.
ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_member_isolation ON consent
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE outgoing_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY outgoing_share_member_isolation ON outgoing_share
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE incoming_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY incoming_share_member_isolation ON incoming_share
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE sharing_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY sharing_outbox_member_isolation ON sharing_outbox
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE sharing_inbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY sharing_inbox_member_isolation ON sharing_inbox
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT, UPDATE ON consent, outgoing_share, incoming_share, sharing_outbox TO ${app_role};
GRANT SELECT, INSERT ON sharing_inbox TO ${app_role};
