-- The second lock on member data (the first is ScopedJdbc in the application): row-level
-- security. The application connects as ${app_role}, which owns no table, so the policies apply to
-- it; the settings they read are set at the start of each transaction by ScopedTransactionManager.
-- See docs/adr/0003-member-isolation.md.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        RAISE EXCEPTION 'The database role ${app_role} does not exist. Create it before the first start: CREATE ROLE ${app_role} LOGIN PASSWORD ''...''; (docs/operations.md)';
    END IF;
END
$$;

-- True when the current transaction may see a row of the given member state.
CREATE FUNCTION acogida_may_see(row_member VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS
$$
SELECT coalesce(current_setting('acogida.scope', true), '') = 'system'
    OR (row_member IS NOT NULL AND row_member = current_setting('acogida.member', true))
$$;

ALTER TABLE locality ENABLE ROW LEVEL SECURITY;
CREATE POLICY locality_member_isolation ON locality
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
-- A user may also read their own row (coalition analysts have no member state).
CREATE POLICY app_user_member_isolation ON app_user
    USING (acogida_may_see(member_state) OR id::text = current_setting('acogida.user', true))
    WITH CHECK (acogida_may_see(member_state) OR id::text = current_setting('acogida.user', true));

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT ON country, arrival_point TO ${app_role};
-- Admitting a member is done by the application (./acogida coalition admit); leaving is not.
GRANT SELECT, INSERT ON member_state TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON locality, app_user TO ${app_role};
-- The audit chain is append-only for the application: no UPDATE, no DELETE on entries.
GRANT SELECT, INSERT ON audit_entry TO ${app_role};
GRANT SELECT, UPDATE ON audit_chain_head TO ${app_role};
