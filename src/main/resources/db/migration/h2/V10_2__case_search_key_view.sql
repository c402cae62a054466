-- What the cases module lets other modules' queries read of a case (PostgreSQL's is in
-- ../postgresql/V10_2, with the reader's row-level security).
CREATE VIEW case_search_key AS
    SELECT id AS case_id, member_state, case_number, search_key, document_key FROM person_case;
