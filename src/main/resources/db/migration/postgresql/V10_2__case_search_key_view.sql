-- What the cases module lets other modules' queries read of a case: its number and its folded names
-- and document, for the arrival desk's search (docs/adr/0013). security_invoker: the reader's
-- row-level security applies, not the owner's.
CREATE VIEW case_search_key WITH (security_invoker = true) AS
    SELECT id AS case_id, member_state, case_number, search_key, document_key FROM person_case;
GRANT SELECT ON case_search_key TO ${app_role};
