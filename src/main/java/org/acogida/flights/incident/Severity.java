package org.acogida.flights.incident;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String messageKey() {
        return "incident.severity." + name();
    }
}
