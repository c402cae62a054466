package org.acogida.cases;

import java.util.List;

/** What is compared with what someone typed to find a case: its names, folded word by word, and its folded document number. */
public record SearchKey(List<String> nameWords, String documentKey) {}
