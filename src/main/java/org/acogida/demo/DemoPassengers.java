package org.acogida.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.acogida.flights.incident.IncidentKind;

/**
 * The people on a demo flight, as the sending state's manifest lists them: nationals of the
 * destination with the names common there, families with children, a few unaccompanied minors,
 * some medical needs, and on some flights non-nationals whose names keep their own script.
 */
final class DemoPassengers {

    private static final List<String> FIRST_F = List.of("María", "Ana", "Rosa", "Carmen", "Lucía", "Sofía", "Gabriela", "Yesenia", "Marta",
            "Gloria", "Daniela", "Karla", "Elena", "Patricia", "Jennifer", "Andrea");
    private static final List<String> FIRST_M = List.of("José", "Juan", "Carlos", "Luis", "Jorge", "Miguel", "Francisco", "Óscar", "Wilmer",
            "Edwin", "Marvin", "Kevin", "Jesús", "Pedro", "Santos", "Erick", "Byron", "Nelson");
    private static final List<String> SURNAMES = List.of("García", "López", "Hernández", "Martínez", "Pérez", "González", "Rodríguez",
            "Ramírez", "Cruz", "Flores", "Morales", "Reyes", "Castillo", "Méndez", "Ortiz", "Aguilar", "Juárez", "Mejía", "Pineda", "Chávez",
            "Ixcoy", "Tzul", "Cux", "Quiché");
    private static final List<String> HAITIAN_FIRST = List.of("Jean", "Marie", "Wilner", "Rose-Mène", "Jean-Baptiste", "Nadège", "Fritz",
            "Guerline", "Ricardo", "Mackenson");
    private static final List<String> HAITIAN_SURNAMES = List.of("Joseph", "Pierre", "Jean-Louis", "Charles", "Saint-Fleur", "Dorvil",
            "Étienne", "Louissaint");
    private static final List<String[]> NON_NATIONALS = List.of(
            new String[] {"VEN", "Yorgelis", "Pérez Rondón"}, new String[] {"VEN", "Andrés Eduardo", "Carrasquel"},
            new String[] {"CUB", "Yusniel", "Rodríguez Piñeiro"}, new String[] {"IND", "Gurpreet", "Singh"},
            new String[] {"IND", "Priya", "Patel"}, new String[] {"CHN", "伟", "王"}, new String[] {"CHN", "秀英", "李"},
            new String[] {"NPL", "Sita", "Gurung"}, new String[] {"UZB", "Jasur", "Karimov"}, new String[] {"AFG", "Farid", "Ahmadi"});
    private static final List<String> MEDICAL = List.of("diabetes tipo 2", "hipertensión", "embarazo de 7 meses", "asma", "lesión en el tobillo");

    private DemoPassengers() {
    }

    static List<Map<String, String>> manifest(DemoFlights.DemoFlight flight, Random random) {
        List<Map<String, String>> rows = new ArrayList<>();
        LocalDate flightDate = flight.departure().atZone(ZoneOffset.UTC).toLocalDate();
        int target = random.nextDouble() < 0.02 ? flight.passengers() - 1 : flight.passengers();
        int familyNumber = 0;
        int nonNationalsLeft = flight.nonNationals();
        while (rows.size() < target) {
            int index = rows.size() + 1;
            if (nonNationalsLeft > 0) {
                String[] person = NON_NATIONALS.get(random.nextInt(NON_NATIONALS.size()));
                rows.add(row(flight, flightDate, index, person[2], person[1], adult(random, flightDate), random.nextBoolean() ? "M" : "F",
                        person[0], null, false, null, random));
                nonNationalsLeft--;
                continue;
            }
            boolean haitian = flight.member().equals("HTI");
            if (random.nextDouble() < 0.08 && target - rows.size() >= 3) {
                familyNumber++;
                String family = flight.mission() + "-F" + familyNumber;
                String surname = surname(random, haitian);
                rows.add(row(flight, flightDate, index, surname, first(random, haitian, true), adult(random, flightDate), "F", flight.member(),
                        family, false, null, random));
                int children = 1 + random.nextInt(2);
                for (int c = 0; c < children && rows.size() < target; c++) {
                    rows.add(row(flight, flightDate, rows.size() + 1, surname, first(random, haitian, random.nextBoolean()),
                            flightDate.minusYears(2 + random.nextInt(14)).minusDays(random.nextInt(300)), random.nextBoolean() ? "F" : "M",
                            flight.member(), family, false, null, random));
                }
                continue;
            }
            if (random.nextDouble() < 0.004) {
                rows.add(row(flight, flightDate, index, surname(random, haitian), first(random, haitian, random.nextBoolean()),
                        flightDate.minusYears(15 + random.nextInt(2)).minusDays(random.nextInt(300)), "M", flight.member(), null, true, null, random));
                continue;
            }
            boolean female = random.nextDouble() < 0.12;
            String medical = random.nextDouble() < 0.03 ? MEDICAL.get(random.nextInt(MEDICAL.size())) : null;
            rows.add(row(flight, flightDate, index, surname(random, haitian) + (haitian ? "" : " " + surname(random, false)),
                    first(random, haitian, female), adult(random, flightDate), female ? "F" : "M", flight.member(), null, false, medical, random));
        }
        return rows;
    }

    private static Map<String, String> row(DemoFlights.DemoFlight flight, LocalDate flightDate, int index, String lastNames, String firstNames,
                                           LocalDate born, String sex, String citizenship, String family, boolean unaccompanied,
                                           String medical, Random random) {
        Map<String, String> row = new HashMap<>();
        row.put("mission_number", flight.mission());
        row.put("flight_date", flightDate.toString());
        row.put("pickup_airport", flight.pickup());
        row.put("dropoff_airport", flight.arrivalPoint());
        row.put("passenger_id", flight.mission() + "-" + String.format("%03d", index));
        row.put("last_names", lastNames);
        row.put("first_names", firstNames);
        row.put("date_of_birth", born.toString());
        row.put("sex", sex);
        row.put("citizenship", citizenship);
        row.put("document_type", random.nextDouble() < 0.7 ? "PASSPORT" : "NATIONAL_ID");
        row.put("document_number", String.format("%s%08d", citizenship.substring(0, 1), random.nextInt(100_000_000)));
        if (family != null) {
            row.put("family_unit_id", family);
        }
        if (unaccompanied) {
            row.put("unaccompanied", "yes");
        }
        if (medical != null) {
            row.put("medical_notes", medical);
        }
        return row;
    }

    private static LocalDate adult(Random random, LocalDate flightDate) {
        return flightDate.minusYears(19 + random.nextInt(40)).minusDays(random.nextInt(365));
    }

    private static String first(Random random, boolean haitian, boolean female) {
        if (haitian) {
            return HAITIAN_FIRST.get(random.nextInt(HAITIAN_FIRST.size()));
        }
        List<String> names = female ? FIRST_F : FIRST_M;
        return names.get(random.nextInt(names.size()));
    }

    private static String surname(Random random, boolean haitian) {
        List<String> names = haitian ? HAITIAN_SURNAMES : SURNAMES;
        return names.get(random.nextInt(names.size()));
    }

    static String incidentText(IncidentKind kind) {
        return switch (kind) {
            case RESTRAINTS_USED -> "Personas desembarcadas con esposas en muñecas y tobillos.";
            case FAMILY_SEPARATED -> "Una madre llegó sin sus dos hijos, que según ella quedaron en un centro de detención.";
            case MEDICAL_EMERGENCY -> "Pasajero con dolor torácico al aterrizar; trasladado al hospital.";
            case MISTREATMENT -> "Varios pasajeros denuncian gritos y empujones durante el embarque.";
            case BELONGINGS_MISSING -> "Doce pasajeros llegaron sin sus documentos ni pertenencias.";
            case MINOR_WITHOUT_GUARDIAN -> "Un menor de 16 años viajaba sin tutor y no figuraba como no acompañado.";
        };
    }
}
