package org.acogida.placement.instance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.InstanceBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Deterministic placement instances of the shape the field's systems face (GeoMatch, Annie MOORE):
 * a score is the expected number of employed adults of a family in a locality, times 100, from a
 * logistic model of the family's employability, the locality's labour market, the match between the
 * family's trade and local demand, a shared language and ties to the country. Pairs are forbidden
 * for non-refoulement (a family that fears a country gets none of its localities), missing
 * hospital care, families of more than four at a reception site, and families larger than a
 * locality. Family sizes follow US resettlement arrivals in FY2017; quotas follow a
 * population/GDP key; capacities exceed quotas in some countries and fall short in others, so
 * both constraints bind. The same settings always give the same instance.
 */
public final class InstanceGenerator {

    /** US refugee arrivals by family size, FY2017: 1 to 6, then 7 or more (spread over 7 to 10 here). */
    static final double[] FAMILY_SIZE_SHARE = {0.477, 0.106, 0.103, 0.125, 0.103, 0.064, 0.021};
    /** Countries in the order the generator takes them: the coalition members most likely to host non-nationals first. */
    static final List<String> COUNTRY_ORDER = List.of(
            "MEX", "BRA", "COL", "CRI", "PAN", "GTM", "HND", "SLV", "DOM", "ECU", "PER", "CHL", "ARG", "HTI", "CUB", "VEN");
    static final Map<String, String> LANGUAGE = Map.of("BRA", "pt", "HTI", "ht");
    /** Share of all persons the quotas add up to: the coalition cannot host everyone, so choices matter. */
    static final double QUOTA_SHARE_OF_PERSONS = 0.85;
    static final int SECTORS = 4;

    public record Settings(int cases, int localities, int countries, long seed, boolean unit) {
        public Settings {
            if (cases < 1 || localities < 1 || countries < 1 || countries > COUNTRY_ORDER.size() || localities < countries) {
                throw new IllegalArgumentException("need cases ≥ 1, localities ≥ countries ≥ 1 and at most "
                        + COUNTRY_ORDER.size() + " countries");
            }
        }
    }

    private record CountryFacts(long population, long gdpUsd) {}

    private InstanceGenerator() {
    }

    public static Instance generate(Settings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        InstanceBuilder builder = new InstanceBuilder();
        int n = settings.cases();

        int[] size = new int[n];
        long persons = 0;
        for (int c = 0; c < n; c++) {
            size[c] = settings.unit() ? 1 : familySize(random);
            persons += size[c];
        }

        List<String> countries = COUNTRY_ORDER.subList(0, settings.countries());
        double[] share = fairShares(countries);
        int[] quota = new int[countries.size()];
        for (int k = 0; k < countries.size(); k++) {
            quota[k] = (int) Math.round(QUOTA_SHARE_OF_PERSONS * persons * share[k]);
            builder.country(countries.get(k), quota[k]);
        }

        int m = settings.localities();
        int[] localityCountry = spreadLocalities(m, share);
        double[] capacityWeight = new double[m];
        double[] countryWeight = new double[countries.size()];
        for (int a = 0; a < m; a++) {
            capacityWeight[a] = Math.exp(0.6 * random.nextGaussian());
            countryWeight[localityCountry[a]] += capacityWeight[a];
        }
        double[] countryCapacity = new double[countries.size()];
        for (int k = 0; k < countries.size(); k++) {
            countryCapacity[k] = quota[k] * (0.95 + 0.30 * random.nextDouble());
        }
        int[] capacity = new int[m];
        boolean[] site = new boolean[m];
        boolean[] hospital = new boolean[m];
        double[] labourMarket = new double[m];
        double[][] demand = new double[m][SECTORS];
        for (int a = 0; a < m; a++) {
            int k = localityCountry[a];
            capacity[a] = (int) Math.round(countryCapacity[k] * capacityWeight[a] / countryWeight[k]);
            site[a] = random.nextDouble() < 0.2;
            hospital[a] = random.nextDouble() < 0.6;
            labourMarket[a] = 0.5 * random.nextGaussian();
            for (int s = 0; s < SECTORS; s++) {
                demand[a][s] = random.nextDouble();
            }
            builder.locality(String.format("L%04d", a + 1), countries.get(k), capacity[a]);
        }

        String[] countryLanguage = countries.stream().map(code -> LANGUAGE.getOrDefault(code, "es")).toArray(String[]::new);
        for (int c = 0; c < n; c++) {
            builder.addCase(String.format("C%06d", c + 1), size[c]);
        }
        for (int c = 0; c < n; c++) {
            double employability = 0.7 * random.nextGaussian();
            int sector = random.nextInt(SECTORS);
            String language = language(random);
            int feared = random.nextDouble() < 0.06 ? random.nextInt(countries.size()) : -1;
            boolean needsHospital = random.nextDouble() < 0.10;
            int tie = random.nextDouble() < 0.15 ? random.nextInt(countries.size()) : -1;
            int adults = size[c] == 1 ? 1 : 2;
            for (int a = 0; a < m; a++) {
                double noise = 0.3 * random.nextGaussian();
                int k = localityCountry[a];
                boolean forbidden = k == feared || (needsHospital && !hospital[a]) || (site[a] && size[c] > 4) || size[c] > capacity[a];
                if (forbidden) {
                    continue;
                }
                double logit = -0.5 + employability + labourMarket[a] + 1.2 * demand[a][sector]
                        + (language.equals(countryLanguage[k]) ? 0.6 : 0) + (tie == k ? 0.8 : 0) + noise;
                double employment = 1 / (1 + Math.exp(-logit));
                builder.pair(c, a, (int) Math.round(100 * adults * employment));
            }
        }
        return builder.build();
    }

    private static int familySize(SplittableRandom random) {
        double draw = random.nextDouble();
        for (int s = 0; s < FAMILY_SIZE_SHARE.length; s++) {
            draw -= FAMILY_SIZE_SHARE[s];
            if (draw < 0) {
                return s < 6 ? s + 1 : 7 + random.nextInt(4);
            }
        }
        return 1;
    }

    private static String language(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.70 ? "es" : draw < 0.80 ? "ht" : draw < 0.85 ? "pt" : "other";
    }

    /** Each country's fair share: half by population, half by GDP, from the coalition's reference data. */
    static double[] fairShares(List<String> countries) {
        Map<String, CountryFacts> facts = countryFacts();
        double population = 0;
        double gdp = 0;
        for (String code : countries) {
            population += facts.get(code).population();
            gdp += facts.get(code).gdpUsd();
        }
        double[] share = new double[countries.size()];
        for (int k = 0; k < countries.size(); k++) {
            CountryFacts country = facts.get(countries.get(k));
            share[k] = 0.5 * country.population() / population + 0.5 * country.gdpUsd() / gdp;
        }
        return share;
    }

    /** Localities per country in proportion to its share, at least one each. */
    private static int[] spreadLocalities(int m, double[] share) {
        int[] count = new int[share.length];
        int given = 0;
        for (int k = 0; k < share.length; k++) {
            count[k] = Math.max(1, (int) Math.floor(m * share[k]));
            given += count[k];
        }
        for (int k = 0; given < m; k = (k + 1) % share.length) {
            count[k]++;
            given++;
        }
        for (int k = share.length - 1; given > m; k = (k + share.length - 1) % share.length) {
            if (count[k] > 1) {
                count[k]--;
                given--;
            }
        }
        int[] country = new int[m];
        int a = 0;
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < share.length; k++) {
            for (int i = 0; i < count[k]; i++) {
                order.add(k);
            }
        }
        for (int k : order) {
            country[a++] = k;
        }
        return country;
    }

    private static Map<String, CountryFacts> countryFacts() {
        Map<String, CountryFacts> facts = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(InstanceGenerator.class.getResourceAsStream("/reference/countries.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                facts.put(row.get("iso3"), new CountryFacts(Long.parseLong(row.get("population")), Long.parseLong(row.get("gdp_usd"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts;
    }
}
