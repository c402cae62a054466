-- The message log is the node's, one chain across the members it hosts, like the audit trail
-- (V1_1): its rows hold envelopes whose content only the two members can decrypt. The application
-- appends and reads; it never changes or deletes an entry.
GRANT SELECT, INSERT ON message_log TO ${app_role};
GRANT SELECT, UPDATE ON message_log_head TO ${app_role};
