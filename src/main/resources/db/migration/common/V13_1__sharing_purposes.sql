-- Transfer, tracing and protection referral (docs/adr/0016), beside placement.
ALTER TABLE consent ADD CONSTRAINT consent_purpose CHECK (purpose IN ('PLACEMENT', 'TRANSFER', 'TRACING', 'PROTECTION_REFERRAL'));
-- HANDOVER: a transferred case's record; ANSWER: a tracing match's outcome; AGREEMENT: the requesting
-- coordinator agrees to connect the two cases.
ALTER TABLE sharing_outbox ADD CONSTRAINT sharing_outbox_kind
    CHECK (kind IN ('OFFER', 'DECISION', 'DISCLOSURE', 'REVOCATION', 'HANDOVER', 'ANSWER', 'AGREEMENT'));

-- A case handed over to another member stays with its first member as a read-only record.
ALTER TABLE person_case DROP CONSTRAINT person_case_status;
ALTER TABLE person_case ADD CONSTRAINT person_case_status CHECK (status IN ('AWAITED', 'ACTIVE', 'NOT_ARRIVED', 'TRANSFERRED'));

-- A mark that travelled with a transferred case: it has no claim here, it names the member and the
-- share it came with. Enforced as any other mark.
ALTER TABLE non_refoulement ALTER COLUMN claim_id DROP NOT NULL;
ALTER TABLE non_refoulement ADD COLUMN carried_from VARCHAR(3);
ALTER TABLE non_refoulement ADD COLUMN carried_with VARCHAR(20);
ALTER TABLE non_refoulement ADD CONSTRAINT non_refoulement_basis CHECK (claim_id IS NOT NULL OR (carried_from IS NOT NULL AND carried_with IS NOT NULL));

-- Tracing's request has no profile: what is sought is kept by the member that asks, apart.
ALTER TABLE outgoing_share ALTER COLUMN profile DROP NOT NULL;
-- Tracing at the member that asks: who is sought (its own record), the answer, its coordinator's
-- agreement to connect, and once both agreed, who was found.
ALTER TABLE outgoing_share ADD COLUMN sought VARCHAR(2000);
ALTER TABLE outgoing_share ADD COLUMN match_found VARCHAR(10) CHECK (match_found IN ('YES', 'POSSIBLE', 'NO'));
ALTER TABLE outgoing_share ADD COLUMN agreed_by UUID REFERENCES app_user (id);
ALTER TABLE outgoing_share ADD COLUMN agreed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outgoing_share ADD COLUMN found VARCHAR(4000);

-- At the member that receives: the case a transfer opened here, or the case a tracing request
-- matched (its own case, never shown to the other member until both agree), the outcome, the
-- relationship asked for, and whether the asking coordinator agreed.
ALTER TABLE incoming_share ADD COLUMN opened_case_id UUID REFERENCES person_case (id);
ALTER TABLE incoming_share ADD COLUMN matched_case_id UUID REFERENCES person_case (id);
-- Where the receiving coordinator expects a transferred person to arrive.
ALTER TABLE incoming_share ADD COLUMN arrival_point VARCHAR(12) REFERENCES arrival_point (code);
ALTER TABLE incoming_share ADD COLUMN match_found VARCHAR(10) CHECK (match_found IN ('YES', 'POSSIBLE', 'NO'));
ALTER TABLE incoming_share ADD COLUMN relationship VARCHAR(20);
ALTER TABLE incoming_share ADD COLUMN sender_agreed_at TIMESTAMP WITH TIME ZONE;

-- A person who comes by a transfer arrives as one the desk expects.
ALTER TABLE arrival ADD CONSTRAINT arrival_kind CHECK (arrival_kind IN ('FLIGHT', 'LAND_BORDER', 'WALK_IN', 'TRANSFER'));
