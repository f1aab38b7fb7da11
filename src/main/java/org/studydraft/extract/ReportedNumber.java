package org.studydraft.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a paper reports it: its value and half a unit of its last written digit, so that "0.03" stands for
 * anything in [0.025, 0.035) and "2.3e-5" for [2.25e-5, 2.35e-5). Reads the forms statistics.tsv lets through:
 * Unicode minus and dashes as a minus sign, Lancet's middle-dot decimal point, thousands commas, and powers of ten
 * written "2.3 × 10−5", "10^-4", "10⁻⁴" or "2.3e-5". A bare power of ten ("P < 10^-4") is an exact threshold.
 */
public record ReportedNumber(double value, double halfUnit) {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** After {@link #normalise}: "2.3×10^-5", "2.3×10-5", "10-4", "10**-4" (a power of ten needs a minus or a caret). */
    private static final Pattern POWER_OF_TEN = Pattern.compile(
            "(?:(?<mantissa>\\d*\\.?\\d+)×)?10(?:(?:\\^|\\*\\*)(?<exponent>-?\\d+)|(?<negative>-\\d+))");
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<mantissa>-?\\d*\\.?\\d+)e(?<exponent>[-+]?\\d+)");

    /** The number {@code text} writes, or null when it is not one. */
    public static ReportedNumber parse(String text) {
        String s = normalise(decimalComma(text));
        try {
            Matcher m = POWER_OF_TEN.matcher(s);
            if (m.matches()) {
                String exponent = m.group("exponent") != null ? m.group("exponent") : m.group("negative");
                String mantissa = m.group("mantissa");
                return mantissa == null ? new ReportedNumber(Math.pow(10, Integer.parseInt(exponent)), 0)
                        : scaled(new BigDecimal(mantissa), Integer.parseInt(exponent));
            }
            m = SCIENTIFIC.matcher(s);
            if (m.matches()) {
                return scaled(new BigDecimal(m.group("mantissa")), Integer.parseInt(m.group("exponent")));
            }
            BigDecimal d = new BigDecimal(s);
            return new ReportedNumber(d.doubleValue(), halfUnit(d.scale()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "0,05" has a decimal comma (a thousands comma never follows a lone leading zero); "1,234" keeps its meaning. */
    private static String decimalComma(String text) {
        return text.startsWith("0,") ? "0." + text.substring(2) : text;
    }

    /** Minus signs to '-', superscript digits to digits, '·' to '.', 'x' and '*' to '×', spaces and commas out. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int superscript = SUPERSCRIPT_DIGITS.indexOf(c);
            if (superscript >= 0) {
                sb.append((char) ('0' + superscript));
            } else if (c == '−' || c == '–' || c == '‒' || c == '⁻') {
                sb.append('-');
            } else if (c == '·') {
                sb.append('.');
            } else if (c == 'E') {
                sb.append('e');
            } else if (c == 'x' || c == '*' && !text.startsWith("**", i) && !text.startsWith("**", i - 1)) {
                sb.append('×');
            } else if (c != ' ' && c != ',') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static ReportedNumber scaled(BigDecimal mantissa, int exponent) {
        return new ReportedNumber(mantissa.scaleByPowerOfTen(exponent).doubleValue(),
                halfUnit(mantissa.scale()) * Math.pow(10, exponent));
    }

    private static double halfUnit(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }
}
