package org.acogida.flights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acogida.flights.manifest.Passenger;

/** What an amended manifest changes, passenger by passenger id, shown before it is applied. */
public record ManifestDiff(List<Passenger> added, List<Passenger> removed, List<Change> changed, int unchanged) {

    public record Change(Passenger before, Passenger after) {}

    public static ManifestDiff between(List<Passenger> before, List<Passenger> after) {
        Map<String, Passenger> old = before.stream().collect(Collectors.toMap(Passenger::passengerId, Function.identity(), (a, b) -> a));
        Map<String, Passenger> now = after.stream().collect(Collectors.toMap(Passenger::passengerId, Function.identity(), (a, b) -> a));
        List<Passenger> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (Passenger passenger : after) {
            Passenger previous = old.get(passenger.passengerId());
            if (previous == null) {
                added.add(passenger);
            } else if (!previous.sameAs(passenger)) {
                changed.add(new Change(previous, passenger));
            } else {
                unchanged++;
            }
        }
        List<Passenger> removed = before.stream().filter(p -> !now.containsKey(p.passengerId())).toList();
        return new ManifestDiff(List.copyOf(added), removed, List.copyOf(changed), unchanged);
    }

    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
