package org.acogida.placement.instance;

import java.util.List;

/** An instance folder that cannot be read: every problem found, each naming the file, the line and what is wrong. */
public class InstanceProblems extends RuntimeException {

    private final List<String> problems;

    public InstanceProblems(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
