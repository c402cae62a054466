-- The embedded database's version of acogida_refused_elsewhere (PostgreSQL's is a SECURITY
-- DEFINER function in ../postgresql/V4_1): H2 has no row-level security, so a Java function
-- running the same query is enough.
CREATE ALIAS acogida_refused_elsewhere FOR 'org.acogida.flights.internal.EmbeddedDatabaseFunctions.refusedElsewhere';
