package org.acogida.flights;

import java.util.List;

/**
 * One rule's verdict on one flight, with its reason as a message key and arguments, so it reads
 * in any language (the decision letter is in Spanish and English).
 *
 * @param protocol true for a rule of the coalition protocol, false for the member's own policy
 */
public record RuleResult(String rule, boolean protocol, Verdict verdict, String reasonKey, List<String> arguments) {

    public enum Verdict { PASS, CONDITION, REVIEW, REFUSE }

    public static RuleResult pass(String rule, boolean protocol, String reasonKey, Object... arguments) {
        return new RuleResult(rule, protocol, Verdict.PASS, reasonKey, text(arguments));
    }

    public static RuleResult condition(String rule, boolean protocol, String reasonKey, Object... arguments) {
        return new RuleResult(rule, protocol, Verdict.CONDITION, reasonKey, text(arguments));
    }

    public static RuleResult review(String rule, boolean protocol, String reasonKey, Object... arguments) {
        return new RuleResult(rule, protocol, Verdict.REVIEW, reasonKey, text(arguments));
    }

    public static RuleResult refuse(String rule, boolean protocol, String reasonKey, Object... arguments) {
        return new RuleResult(rule, protocol, Verdict.REFUSE, reasonKey, text(arguments));
    }

    private static List<String> text(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String ruleKey() {
        return "rule." + rule;
    }
}
