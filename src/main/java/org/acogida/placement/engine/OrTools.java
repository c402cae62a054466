package org.acogida.placement.engine;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library once per process (it takes about a second). */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {
    }

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
