-- The message log is the node's, one chain across the members it hosts, like the audit trail
-- (V1_1): its rows hold envelopes whose content only the two members can decrypt. The application
-- appends and reads; it never changes or deletes an entry. Each entry belongs to the member it
-- concerns: on a node that hosts several members, one member's work sees its own entries only
-- (who it wrote to, when, what kind); the chain's walk runs as a system task and sees them all.
ALTER TABLE message_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY message_log_member_isolation ON message_log
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
GRANT SELECT, INSERT ON message_log TO ${app_role};
GRANT SELECT, UPDATE ON message_log_head TO ${app_role};
