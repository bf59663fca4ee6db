package org.vigil.cad.core.domain;

/** Incident numbers are {@code YY-NNNNNN}: two-digit year, then a sequence that starts again each year. */
public final class IncidentNumbers {
    public static final int MAX_SEQUENCE = 999_999;

    private IncidentNumbers() {
    }

    public static String format(int year, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("incident sequence out of range: " + sequence);
        }
        char[] text = new char[9];
        int yy = Math.floorMod(year, 100);
        text[0] = (char) ('0' + yy / 10);
        text[1] = (char) ('0' + yy % 10);
        text[2] = '-';
        int rest = sequence;
        for (int i = 8; i >= 3; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(text);
    }

    public static boolean isWellFormed(String number) {
        if (number == null || number.length() != 9 || number.charAt(2) != '-') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = number.charAt(i);
            // ASCII only: Character.isDigit also accepts Arabic-Indic or full-width digits, which no number has.
            if (i != 2 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
