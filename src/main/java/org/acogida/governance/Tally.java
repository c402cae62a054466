package org.acogida.governance;

import java.util.List;

/**
 * The count of a motion: one vote per member. Quorum: enough members voted (abstentions count for
 * quorum). Majority: more than {@code majorityPercent} of the yes-and-no votes are yes.
 */
public record Tally(int yes, int no, int abstain, int members, int quorumPercent, int majorityPercent) {

    public static Tally of(List<Vote> votes, int members, int quorumPercent, int majorityPercent) {
        int yes = (int) votes.stream().filter(v -> v.choice() == VoteChoice.YES).count();
        int no = (int) votes.stream().filter(v -> v.choice() == VoteChoice.NO).count();
        return new Tally(yes, no, votes.size() - yes - no, members, quorumPercent, majorityPercent);
    }

    public int cast() {
        return yes + no + abstain;
    }

    public boolean quorum() {
        return cast() * 100 >= quorumPercent * members;
    }

    public boolean majority() {
        return yes + no > 0 && yes * 100 > majorityPercent * (yes + no);
    }

    public boolean adopted() {
        return quorum() && majority();
    }

    /** Every member has voted: nothing can change the result any more. */
    public boolean complete() {
        return cast() >= members;
    }
}
