package org.acogida.flights;

/** What happens to a flight. A coordinator confirms or overrides it; NEEDS_REVIEW always asks for a person. */
public enum Outcome {
    ACCEPT, ACCEPT_WITH_CONDITIONS, REFUSE, NEEDS_REVIEW;

    /** The outcome of several rules: a refusal wins, then a review, then conditions. */
    public static Outcome combine(Iterable<RuleResult.Verdict> verdicts) {
        boolean review = false;
        boolean conditions = false;
        for (RuleResult.Verdict verdict : verdicts) {
            switch (verdict) {
                case REFUSE -> {
                    return REFUSE;
                }
                case REVIEW -> review = true;
                case CONDITION -> conditions = true;
                case PASS -> { }
            }
        }
        return review ? NEEDS_REVIEW : conditions ? ACCEPT_WITH_CONDITIONS : ACCEPT;
    }

    public String messageKey() {
        return "flight.outcome." + name();
    }
}
