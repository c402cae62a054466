-- Row-level security on issued documents (see V1_1 and docs/adr/0003). Signing keys are public
-- and rules are read by the member's own pages only through the application's scope.
ALTER TABLE issued_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY issued_document_member_isolation ON issued_document
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE document_rule ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_rule_member_isolation ON document_rule
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT, UPDATE ON issued_document, document_rule TO ${app_role};
GRANT SELECT, INSERT ON signing_key TO ${app_role};

