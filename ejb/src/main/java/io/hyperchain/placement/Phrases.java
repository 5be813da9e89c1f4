package io.hyperchain.placement;

/** Counting words for the reasons a tenant reads. */
final class Phrases {

    private Phrases() {
    }

    /** "1 is full" or "4 are full". */
    static String nodes(int count, String singularVerb, String pluralVerb) {
        return count + " " + (count == 1 ? singularVerb : pluralVerb);
    }
}
