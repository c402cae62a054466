-- Row-level security on the flights module's member data (see V1_1 and docs/adr/0003).
ALTER TABLE flight ENABLE ROW LEVEL SECURITY;
CREATE POLICY flight_member_isolation ON flight
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE manifest ENABLE ROW LEVEL SECURITY;
CREATE POLICY manifest_member_isolation ON manifest
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE manifest_passenger ENABLE ROW LEVEL SECURITY;
CREATE POLICY manifest_passenger_member_isolation ON manifest_passenger
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE flight_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY flight_decision_member_isolation ON flight_decision
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));
ALTER TABLE incident ENABLE ROW LEVEL SECURITY;
CREATE POLICY incident_member_isolation ON incident
    USING (acogida_may_see(member_state)) WITH CHECK (acogida_may_see(member_state));

GRANT SELECT, INSERT, UPDATE ON flight, manifest, flight_decision TO ${app_role};
GRANT SELECT, INSERT, DELETE ON manifest_passenger TO ${app_role};
GRANT SELECT, INSERT ON incident TO ${app_role};
-- Coalition-level records: each member reads them all; writes go through the application's rules.
GRANT SELECT, INSERT, UPDATE ON member_policy, arrival_capacity, protocol_version, motion TO ${app_role};
GRANT SELECT, INSERT ON motion_vote TO ${app_role};

-- The no-diversion rule needs one fact about other members' flights: whether this mission was
-- refused under the protocol elsewhere and the refusal stands. This function answers that yes/no
-- with the owner's rights, and nothing else: no row of another member crosses the boundary.
CREATE FUNCTION acogida_refused_elsewhere(authority VARCHAR, mission VARCHAR, asking_member VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
SELECT EXISTS (SELECT 1 FROM flight f JOIN flight_decision d ON d.flight_id = f.id AND d.current
               WHERE f.sending_authority = authority AND f.mission_number = mission AND f.member_state <> asking_member
                 AND d.refused_under_protocol AND COALESCE(d.confirmed_outcome, 'REFUSE') = 'REFUSE')
$$;
REVOKE ALL ON FUNCTION acogida_refused_elsewhere(VARCHAR, VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION acogida_refused_elsewhere(VARCHAR, VARCHAR, VARCHAR) TO ${app_role};
