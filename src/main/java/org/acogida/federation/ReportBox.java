package org.acogida.federation;

/**
 * Where the secretariat's node hands a module the reports of its kinds, verified (a trusted
 * member's signature, posted on that member's own subject). It runs in a transaction of the
 * secretariat; a report whose id it has seen must change nothing.
 */
public interface ReportBox {

    String module();

    /** {@code envelope} is the report as it arrived, signed: for the module to keep as evidence of what the member sent. */
    Receipt receive(Report report, String envelope);

    enum Receipt { FIRST_TIME, ALREADY_RECEIVED, UNREADABLE }
}
