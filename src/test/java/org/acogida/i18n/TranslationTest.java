package org.acogida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.acogida.access.PasswordPolicy;
import org.acogida.audit.AuditAction;
import org.acogida.audit.ChainVerification;
import org.acogida.coalition.ArrivalPoint;
import org.acogida.coalition.Locality;
import org.acogida.platform.actor.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Everything a user sees is translated: every key in all five languages, no visible text in a
 * template that is not a message key, and every key the code or templates use exists.
 */
class TranslationTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Map<String, String> FILES = Map.of(
            "es", "messages.properties", "en", "messages_en.properties", "pt", "messages_pt.properties",
            "fr", "messages_fr.properties", "ht", "messages_ht.properties");
    /** Attributes a person reads or hears (screen readers) and that must therefore be translated. */
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label", "data-confirm");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile(
            "(?:reject\\(\\s*|rejectValue\\([^,()]+,\\s*|Refused\\([^,()]+,\\s*|NavigationEntry\\(\\s*|messageKey\\(\\)\\s*\\{\\s*return\\s*)\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)\"");

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Map<String, Properties> bundles = bundles();
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(b -> all.addAll(b.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            for (String key : all) {
                String value = bundle.getProperty(key);
                if (value == null) {
                    problems.add(language + " lacks " + key);
                } else if (value.isBlank()) {
                    problems.add(language + " has an empty " + key);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesShowNoTextThatIsNotAMessageKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            String name = TEMPLATES.relativize(template).toString();
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find() && !element.hasAttr("th:text") && !element.hasAttr("th:utext")) {
                        problems.add(name + ": literal text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                        problems.add(name + ": literal " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                    if (isVisibleExpression(attribute.getKey()) && hasLiteralTextOutsideKeys(attribute.getValue())) {
                        problems.add(name + ": literal string in " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Properties spanish = bundles().get("es");
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY, Files.readString(template), used);
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(source), used);
            }
        }
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(used::add);
        Arrays.stream(AuditAction.values()).map(AuditAction::messageKey).forEach(used::add);
        Arrays.stream(ChainVerification.Problem.values()).map(ChainVerification.Problem::messageKey).forEach(used::add);
        Arrays.stream(PasswordPolicy.Problem.values()).map(PasswordPolicy.Problem::messageKey).forEach(used::add);
        Arrays.stream(Locality.Kind.values()).map(kind -> "locality.kind." + kind).forEach(used::add);
        Arrays.stream(ArrivalPoint.Kind.values()).map(kind -> "arrival-points.kind." + kind).forEach(used::add);
        List.of("es", "en", "pt", "fr", "ht").forEach(language -> used.add("language." + language));
        Arrays.stream(org.acogida.flights.Outcome.values()).map(org.acogida.flights.Outcome::messageKey).forEach(used::add);
        Arrays.stream(org.acogida.flights.RuleResult.Verdict.values()).map(v -> "verdict." + v).forEach(used::add);
        Arrays.stream(org.acogida.flights.AircraftKind.values()).map(k -> "aircraft." + k).forEach(used::add);
        Arrays.stream(org.acogida.flights.incident.IncidentKind.values()).map(org.acogida.flights.incident.IncidentKind::messageKey).forEach(used::add);
        Arrays.stream(org.acogida.flights.incident.Severity.values()).map(org.acogida.flights.incident.Severity::messageKey).forEach(used::add);
        Arrays.stream(org.acogida.flights.manifest.ManifestProblem.Code.values()).map(org.acogida.flights.manifest.ManifestProblem.Code::messageKey).forEach(used::add);
        for (var rule : org.acogida.flights.protocol.Evaluation.PROTOCOL_RULES) {
            used.add("rule." + rule.name());
        }
        for (var rule : org.acogida.flights.protocol.Evaluation.POLICY_RULES) {
            used.add("rule." + rule.name());
        }
        for (var kind : org.acogida.flights.incident.IncidentKind.values()) {
            kind.breachedRule(org.acogida.flights.protocol.ProtocolParameters.proposal()).ifPresent(rule -> used.add("rule." + rule));
        }
        for (String prefix : List.of("motion.status.", "motion.kind.", "motion.choice.", "motion.vote.")) {
            List<String> values = switch (prefix) {
                case "motion.status." -> List.of("OPEN", "ADOPTED", "REJECTED");
                case "motion.kind." -> List.of("PROTOCOL", "DIVERSION");
                default -> List.of("YES", "NO", "ABSTAIN");
            };
            values.forEach(value -> used.add(prefix + value));
        }
        Arrays.stream(org.acogida.sharing.Purpose.values()).map(p -> "sharing.purpose." + p).forEach(used::add);
        Arrays.stream(org.acogida.sharing.ShareStatus.values()).map(s -> "sharing.status." + s).forEach(used::add);
        Arrays.stream(org.acogida.sharing.ShareStatus.values()).filter(s -> s == org.acogida.sharing.ShareStatus.ACCEPTED || s == org.acogida.sharing.ShareStatus.REJECTED)
                .map(s -> "sharing.decided." + s).forEach(used::add);
        Arrays.stream(org.acogida.sharing.ConsentMethod.values()).map(m -> "sharing.method." + m).forEach(used::add);
        Arrays.stream(org.acogida.sharing.SharingEvents.values()).map(e -> "case-event." + e.name()).forEach(used::add);
        java.util.stream.IntStream.rangeClosed(0, 9).forEach(group -> used.add("isco-major." + group));
        for (String line : Files.readAllLines(RESOURCES.resolve("reference/countries.csv")).subList(1, 17)) {
            used.add("country." + line.substring(0, 3));
        }
        Set<String> navigation = new TreeSet<>(used.stream().filter(key -> key.startsWith("nav.")).toList());
        navigation.stream().filter(key -> !key.equals("nav.arrival-points")).forEach(key -> used.add(key + ".description"));

        assertThat(used).as("message keys used by the code and templates").allSatisfy(key ->
                assertThat(spanish.getProperty(key)).as("messages.properties has %s", key).isNotNull());
    }

    private static boolean isVisibleExpression(String attribute) {
        return Set.of("th:text", "th:utext", "th:title", "th:placeholder", "th:alt", "th:aria-label", "th:data-confirm").contains(attribute);
    }

    /**
     * A quoted literal with letters at the top level of an expression, where it would be shown as
     * it is: th:text="${x} ? 'Yes' : 'No'". Literals inside #{...}, ${...}, *{...} or @{...} are
     * message-key parts, format patterns or comparisons, not text.
     */
    static boolean hasLiteralTextOutsideKeys(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if ("#$*@".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        Matcher literal = Pattern.compile("'([^']*)'").matcher(outside);
        while (literal.find()) {
            if (LETTER.matcher(literal.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!key.endsWith(".")) {
                into.add(key);
            }
        }
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (var file : FILES.entrySet()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file.getValue()), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(file.getKey(), properties);
        }
        return bundles;
    }
}
