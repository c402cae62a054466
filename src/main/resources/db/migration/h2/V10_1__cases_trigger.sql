-- The embedded database's non-refoulement trigger, now the cases module's (it reads person_case).
DROP TRIGGER movement_non_refoulement;
CREATE TRIGGER movement_non_refoulement BEFORE INSERT, UPDATE ON movement
    FOR EACH ROW CALL 'org.acogida.cases.internal.NonRefoulementTrigger';
