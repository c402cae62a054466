package org.acogida.placement.engine;

/** A way to place the cases of an instance: the engine, or one of the baselines it is compared with. */
public interface PlacementMethod {

    String name();

    Plan place(Instance instance, Progress progress);

    /** Where long runs report what they are doing; the command line prints it on one updating line. */
    @FunctionalInterface
    interface Progress {
        Progress SILENT = message -> { };

        void report(String message);
    }
}
