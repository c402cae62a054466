package org.acogida.coalition;

/** An airport (by IATA code) or a land crossing where deportees arrive. */
public record ArrivalPoint(String code, String country, Kind kind, String name, String city, String source) {

    public enum Kind { AIRPORT, LAND_CROSSING }
}
