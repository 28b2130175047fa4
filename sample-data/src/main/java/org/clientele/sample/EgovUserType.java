package org.clientele.sample;

/**
 * The latent kinds of user in the synthetic e-government behaviour table, with the typical (median)
 * behaviour of each; individual users scatter around these with seeded noise.
 */
public enum EgovUserType {
    //            share  sessions/mo  minutes  services  support  days-since  uploads  mobile
    POWER_USER(    0.15,  22.0,        28.0,    8.0,      0.6,      2.0,        9.0,     0.30),
    FORM_FILLER(   0.32,   2.5,        11.0,    2.0,      0.4,     25.0,        2.0,     0.55),
    SUPPORT_HEAVY( 0.13,   9.0,        19.0,    4.0,      5.0,      6.0,        4.0,     0.35),
    DORMANT(       0.22,   0.3,         4.0,    1.0,      0.2,    180.0,        0.2,     0.45),
    MOBILE_FIRST(  0.18,  14.0,         6.0,    3.0,      0.5,      3.0,        2.5,     0.88);

    final double share;
    final double sessionsPerMonth;
    final double sessionMinutes;
    final double services;
    final double supportRequests;
    final double daysSinceLogin;
    final double uploads;
    final double mobileShare;

    EgovUserType(double share, double sessionsPerMonth, double sessionMinutes, double services,
                 double supportRequests, double daysSinceLogin, double uploads, double mobileShare) {
        this.share = share;
        this.sessionsPerMonth = sessionsPerMonth;
        this.sessionMinutes = sessionMinutes;
        this.services = services;
        this.supportRequests = supportRequests;
        this.daysSinceLogin = daysSinceLogin;
        this.uploads = uploads;
        this.mobileShare = mobileShare;
    }

    /** The expected fraction of users of this type. */
    public double share() {
        return share;
    }
}
