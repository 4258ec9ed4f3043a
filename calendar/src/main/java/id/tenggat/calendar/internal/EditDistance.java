package id.tenggat.calendar.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The edit distance the library uses to suggest the nearest known name for a mistyped one (a court, a deadline id).
 * Not part of the public API: it may change in any release.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn
     * {@code a} into {@code b}, computed row by row in O(|a|·|b|) time and O(|b|) space.
     *
     * @param a a string, not null
     * @param b another string, not null
     * @return the distance, 0 when the strings are equal
     */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The distance between {@code a} and {@code b} if it is at most {@code limit}. Strings whose lengths differ by
     * more than the limit are not compared, so that a megabyte of input costs no more than its length to refuse.
     *
     * @param a     a string, not null
     * @param b     another string, not null
     * @param limit the largest distance wanted
     * @return the distance, or empty when it is greater than {@code limit}
     */
    public static OptionalInt within(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return OptionalInt.empty();
        }
        int distance = between(a, b);
        return distance <= limit ? OptionalInt.of(distance) : OptionalInt.empty();
    }

    /**
     * The name nearest to a mistyped one by edit distance, ignoring case, if it is at most a third of the mistyped
     * name's letters (and at least one) away; of names equally near, the first in {@code names}' order.
     *
     * @param wanted the mistyped name, not null
     * @param names  the known names, not null
     * @return the nearest known name, or empty when none is near enough
     */
    public static Optional<String> nearest(String wanted, Collection<String> names) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, lower.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            OptionalInt distance = within(lower, name.toLowerCase(Locale.ROOT), limit);
            if (distance.isPresent() && distance.getAsInt() < bestDistance) {
                best = name;
                bestDistance = distance.getAsInt();
            }
        }
        return Optional.ofNullable(best);
    }
}
