package io.infrasync.core.archfixture;

/** Deliberate violation: a core class writing to the terminal. */
public class CorePrinting {
    public void report(Exception e) {
        System.out.println("done");
        e.printStackTrace();
    }
}
