package org.clientele.core.data;

/** The tokens that mean "no value": empty, NA, N/A, null, NaN, - (case-insensitive, surrounding blanks ignored). */
public final class MissingValues {

    private MissingValues() {
    }

    public static boolean isMissing(String s) {
        if (s == null) {
            return true;
        }
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (n > 4) {
            // Fast exit for ordinary values; only blank padding could still make it missing.
            return s.charAt(0) <= ' ' && s.isBlank() || (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') && isMissing(s.strip());
        }
        switch (n) {
            case 1:
                char c = s.charAt(0);
                return c == '-' || c <= ' ';
            case 2:
                return s.equalsIgnoreCase("NA") || s.isBlank();
            case 3:
                return s.equalsIgnoreCase("N/A") || s.equalsIgnoreCase("NaN") || s.isBlank()
                        || (s.charAt(0) <= ' ' || s.charAt(2) <= ' ') && isMissing(s.strip());
            default:
                return s.equalsIgnoreCase("null") || s.isBlank()
                        || (s.charAt(0) <= ' ' || s.charAt(3) <= ' ') && isMissing(s.strip());
        }
    }
}
