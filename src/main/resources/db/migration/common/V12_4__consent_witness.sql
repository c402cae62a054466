-- Consent given aloud is given before a witness, named in the record (docs/adr/0014).
ALTER TABLE consent ADD COLUMN witness VARCHAR(200);
