-- The embedded database's non-refoulement trigger (PostgreSQL's is acogida_refuse_refoulement in
-- ../postgresql/V7_1): the same check, run by H2 for every row written to movement.
CREATE TRIGGER movement_non_refoulement BEFORE INSERT, UPDATE ON movement
    FOR EACH ROW CALL 'org.acogida.reception.internal.NonRefoulementTrigger';
