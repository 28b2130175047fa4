package org.clientele.core.segment;

/**
 * An algorithm's own settings, which build its {@link Clusterer} on given rows: the sweep, the
 * bootstrap and the consensus all create clusterers through this, so a new algorithm is one new
 * options record and one line in {@link Algorithm}, not a case in every switch.
 */
interface ClustererOptions {

    Clusterer build(Points rows, long seed);

    /** The settings for the refits on bootstrap resamples and gap references (cheaper where it matters). */
    default ClustererOptions forResamples() {
        return this;
    }
}
