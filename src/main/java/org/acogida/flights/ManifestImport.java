package org.acogida.flights;

import java.util.List;
import java.util.UUID;

import org.acogida.flights.manifest.ManifestProblem;

/** What became of a manifest that came in. */
public sealed interface ManifestImport {

    /** Nothing was imported: the problems, each with its row and field. */
    record Rejected(List<ManifestProblem> problems, int rows, int validRows) implements ManifestImport {}

    /** The same manifest was already received: nothing changed. */
    record Unchanged(int version) implements ManifestImport {}

    /** The manifest now stands for the flight. */
    record Applied(int version, int passengers, int skippedRows) implements ManifestImport {}

    /** An amendment to a manifest already applied: shown as a difference, applied only when the coordinator says so. */
    record AmendmentPending(UUID manifestId, ManifestDiff diff, int skippedRows) implements ManifestImport {}
}
