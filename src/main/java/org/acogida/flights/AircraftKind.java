package org.acogida.flights;

public enum AircraftKind { CHARTER, MILITARY, COMMERCIAL }
