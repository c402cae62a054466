-- Coalition-level records (docs/adr/0013): each member reads them all; writes go through governance's rules.
GRANT SELECT, INSERT ON adopted_version TO ${app_role};
-- The event publication registry holds no member's rows (events carry ids and codes only): no row-level security.
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO ${app_role};
