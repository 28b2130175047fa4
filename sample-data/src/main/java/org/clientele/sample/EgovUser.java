package org.clientele.sample;

/** One generated platform user; {@code type} is the hidden truth and is not written to the files. */
public record EgovUser(long userId, EgovUserType type, double interactionFrequency, double avgSessionMinutes,
                       int servicesUsed, int supportRequests, int daysSinceLastLogin, int documentUploads,
                       double mobileShare) {

    /**
     * The five behaviours behind the anonymised table, before z-scoring: log1p of the sessions per
     * month, log1p of the days since the last login, log of the session length, log1p of the support
     * requests, and the mobile share (logs so that no column is dominated by a long tail).
     */
    public double[] anonymisedFeatures() {
        return new double[] {
            Math.log1p(interactionFrequency),
            Math.log1p(daysSinceLastLogin),
            Math.log(avgSessionMinutes),
            Math.log1p(supportRequests),
            mobileShare,
        };
    }
}
