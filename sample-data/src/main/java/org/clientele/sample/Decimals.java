package org.clientele.sample;

/** Fast, locale-free number text for generated files (Double.toString is slow and too long). */
final class Decimals {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Decimals() {
    }

    /** {@code value} rounded half-up to {@code digits} decimals, always with that many decimals. */
    static String fixed(double value, int digits) {
        long scale = POWERS[digits];
        long scaled = Math.round(value * scale);
        StringBuilder text = new StringBuilder(24);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / scale);
        if (digits > 0) {
            text.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < digits; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }

    /** A price in cents written like the Online Retail file: "2.55", "2.1", "1.0". */
    static String cents(long cents) {
        StringBuilder text = new StringBuilder(12);
        if (cents < 0) {
            text.append('-');
            cents = -cents;
        }
        text.append(cents / 100).append('.');
        long fraction = cents % 100;
        if (fraction == 0) {
            text.append('0');
        } else if (fraction % 10 == 0) {
            text.append(fraction / 10);
        } else {
            if (fraction < 10) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }
}
