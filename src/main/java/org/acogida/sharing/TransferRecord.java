package org.acogida.sharing;

import java.util.List;
import java.util.Set;

import org.acogida.cases.PersonDetails;

/**
 * What a transfer hands over once accepted: each person of the family as registered (without an
 * address in the country left), whether a child and unaccompanied, and the countries each must not
 * be sent to; the needs by category (never violence or torture); and the case's reference at the
 * member that held it, for the two members to speak of it. Never a claim's account.
 */
public record TransferRecord(List<Person> people, Set<String> needs, String originReference) {

    public record Person(PersonDetails details, boolean minor, boolean unaccompanied, Set<String> mustNotBeSentTo) {}
}
