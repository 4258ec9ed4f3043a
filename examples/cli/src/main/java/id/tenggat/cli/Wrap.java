package id.tenggat.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for a terminal of {@value #WIDTH} columns: lines wrapped at spaces, a word longer than a line split after a
 * dot, underscore or hyphen where it can be ({@code pidana.putusan_banding_} / {@code sebelum_tahanan_habis}), else
 * where it must be. Stateless.
 */
final class Wrap {
    /** The widest line the text output writes. */
    static final int WIDTH = 100;

    private Wrap() {
    }

    /**
     * The text in lines of at most {@code width} characters, broken at spaces; a word longer than {@code width} is
     * cut after its last dot, underscore or hyphen that fits, or else after {@code width} characters.
     *
     * @param text  the text, not null
     * @param width the widest line, at least 1
     * @return the lines, at least one (empty for an empty text)
     */
    static List<String> lines(String text, int width) {
        return lines(text, width, width);
    }

    private static List<String> lines(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int room = lines.isEmpty() ? firstWidth : width;
            if (current.length() > 0 && current.length() + 1 + word.length() > room) {
                lines.add(current.toString());
                current.setLength(0);
                room = width;
            }
            while (current.length() == 0 && word.length() > room) {
                int cut = cut(word, room);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                room = width;
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    /** Where a word too long for {@code room} columns is cut: after the last '.', '_' or '-' that fits, or at room. */
    private static int cut(String word, int room) {
        for (int i = room - 1; i > 0; i--) {
            char c = word.charAt(i - 1);
            if (c == '.' || c == '_' || c == '-') {
                return i;
            }
        }
        return room;
    }

    /**
     * The text after {@code first} on its first line, its other lines after {@code rest} (a hanging indent), all
     * within {@link #WIDTH} columns.
     */
    static List<String> hanging(String first, String rest, String text) {
        List<String> lines = lines(text, WIDTH - first.length(), WIDTH - rest.length());
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : rest) + lines.get(i));
        }
        return out;
    }
}
