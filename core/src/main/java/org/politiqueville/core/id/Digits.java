package org.politiqueville.core.id;

/** Digit-string checks shared by the identifiers: the Luhn (mod 10) checksum of SIREN and SIRET, digit sums, and the space stripping French spreadsheets need. */
final class Digits {

    private Digits() {
    }

    /**
     * Whether a string of ASCII digits passes the Luhn check.
     *
     * @param digits ASCII digits only
     * @return true if the checksum is a multiple of 10
     */
    static boolean passesLuhn(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * The plain sum of the digits (La Poste's SIRET rule).
     *
     * @param digits ASCII digits only
     * @return the sum of the digits
     */
    static int digitSum(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    /**
     * Whether every character is an ASCII digit and there are exactly {@code length} of them.
     *
     * @param text   the text
     * @param length the expected length
     * @return true if {@code text} is {@code length} ASCII digits
     */
    static boolean isDigits(CharSequence text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text without any whitespace: ordinary spaces, tabs, and the no-break spaces (U+00A0,
     * U+202F) French spreadsheets put between digit groups.
     *
     * @param text the text, not null
     * @return the text with every whitespace character removed
     */
    static String stripSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
