package org.acogida.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Countries;
import org.acogida.flights.FlightNotices;
import org.acogida.flights.Outcome;
import org.acogida.platform.actor.Actor;
import org.acogida.platform.actor.Actors;
import org.acogida.reception.ArrivalKind;
import org.acogida.reception.Arrivals;
import org.acogida.reception.CaseFile;
import org.acogida.reception.CheckIn;
import org.acogida.reception.CheckInDesk;
import org.acogida.reception.LandingResult;
import org.acogida.reception.ReceptionCase;
import org.acogida.reception.WalkIn;
import org.springframework.stereotype.Component;

/**
 * The last days at the arrival points: the flights that have arrived (and were not refused) are
 * marked landed 20 minutes after their scheduled arrival, which creates their cases; earlier days'
 * people are nearly all checked in, today's about half; a few people arrive overland. Everything
 * goes through the services the desk uses, so it is audited and on the cases' timelines.
 */
@Component
class DemoReception {

    /** Days back whose flights have landed: the desk's own window. */
    static final int DAYS_LANDED = 3;
    static final List<WalkInPerson> OVERLAND = List.of(
            new WalkInPerson("GTM", "Xitumul Caal", "Rosa Amalia", LocalDate.of(1994, 3, 12), "F", "GTM", false),
            new WalkInPerson("GTM", "Xitumul Caal", "Brayan", LocalDate.of(2011, 7, 2), "M", "GTM", true),
            new WalkInPerson("HND", "Banegas Zelaya", "Wilmer Antonio", LocalDate.of(1987, 11, 23), "M", "HND", false),
            new WalkInPerson("HND", "Ortiz Ramírez", "Yessenia", LocalDate.of(2008, 1, 30), "F", "HND", true),
            new WalkInPerson("MEX", "Hernández Cruz", "Juan Carlos", LocalDate.of(1979, 5, 5), "M", "MEX", false),
            new WalkInPerson("MEX", "Pierre", "Jean-Baptiste", LocalDate.of(1990, 8, 14), "M", "HTI", false));

    /** Someone who arrives at {@code member}'s point; a Haitian deported overland into Mexico is a non-national there. */
    record WalkInPerson(String member, String lastNames, String firstNames, LocalDate born, String sex, String nationality, boolean unaccompanied) {}

    private final FlightNotices notices;
    private final Arrivals arrivals;
    private final CheckInDesk desk;
    private final CaseFile cases;
    private final Countries countries;
    private final Clock clock;

    DemoReception(FlightNotices notices, Arrivals arrivals, CheckInDesk desk, CaseFile cases, Countries countries, Clock clock) {
        this.notices = notices;
        this.arrivals = arrivals;
        this.desk = desk;
        this.cases = cases;
        this.countries = countries;
        this.clock = clock;
    }

    /** For each member, by its reception officer (its coordinator where it has none). Repeating it adds nothing. */
    void generate(Map<String, Actor> desks) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<String, Actor> member : desks.entrySet()) {
            Actors.as(member.getValue(), () -> {
                for (FlightNotices.BoardRow row : notices.board(today.minusDays(DAYS_LANDED - 1), DAYS_LANDED, null)) {
                    Instant landed = row.flight().scheduledArrival().plus(Duration.ofMinutes(20));
                    boolean refused = row.decision() != null && row.decision().standing() == Outcome.REFUSE;
                    if (landed.isAfter(now) || refused || !row.flight().hasManifest()) {
                        continue;
                    }
                    if (arrivals.landAt(row.flight().id(), landed) instanceof LandingResult.Landed) {
                        checkIn(cases.ofFlight(row.flight().id()), !LocalDate.ofInstant(landed, java.time.ZoneOffset.UTC).isBefore(today),
                                new Random(DemoDataGenerator.SEED ^ row.flight().missionNumber().hashCode()));
                    }
                }
                arriveOverland(member.getKey());
                return null;
            });
        }
    }

    private void checkIn(List<ReceptionCase> landed, boolean today, Random random) {
        for (ReceptionCase c : landed) {
            double draw = random.nextDouble();
            CheckIn state = today ? (draw < 0.5 ? CheckIn.PRESENT : null)
                    : draw < 0.92 ? CheckIn.PRESENT : draw < 0.97 ? CheckIn.ABSENT : CheckIn.NO_SHOW;
            if (state != null) {
                desk.mark(c.id(), state, c.version());
            }
        }
    }

    /** A few people come overland (at a land crossing) or, where the member has none, to the centre by themselves. */
    private void arriveOverland(String member) {
        List<ArrivalPoint> points = countries.arrivalPointsOf(member);
        if (points.isEmpty()) {
            return;
        }
        ArrivalPoint point = points.stream().filter(p -> p.kind() == ArrivalPoint.Kind.LAND_CROSSING).findFirst().orElse(points.getFirst());
        ArrivalKind kind = point.kind() == ArrivalPoint.Kind.LAND_CROSSING ? ArrivalKind.LAND_BORDER : ArrivalKind.WALK_IN;
        for (WalkInPerson person : OVERLAND) {
            if (person.member().equals(member) && desk.search(point.code(), person.lastNames() + " " + person.firstNames()).isEmpty()) {
                arrivals.registerWalkIn(new WalkIn(point.code(), kind, person.lastNames(), person.firstNames(), person.born(), person.sex(),
                        person.nationality(), "", "", person.unaccompanied()));
            }
        }
    }
}
