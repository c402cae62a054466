package org.acogida.cases;

/**
 * A kind of event on a case's timeline. Each module names the events it writes as an enum that
 * implements this; the name is what the timeline keeps, and its message is {@code case-event.NAME}.
 */
public interface CaseEventKind {

    String name();
}
