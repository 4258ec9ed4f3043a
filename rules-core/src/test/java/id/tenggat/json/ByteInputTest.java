package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The byte input under the JSON case reader: lines with their numbers and offsets, the byte order mark, peeking. */
class ByteInputTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * A stream that gives its chunks one read at a time, as a pipe or a socket may (a chunk longer than the read asked
     * for is given over several reads). Reading one byte at a time fails the test: the byte input reads into its
     * buffer, never byte by byte.
     */
    private static InputStream chunks(byte[]... chunks) {
        Deque<byte[]> left = new ArrayDeque<>(Arrays.asList(chunks));
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the byte input read a single byte; it reads into its buffer");
            }

            @Override
            public int read(byte[] into, int from, int length) {
                if (left.isEmpty()) {
                    return -1;
                }
                byte[] chunk = left.removeFirst();
                int n = Math.min(chunk.length, length);
                System.arraycopy(chunk, 0, into, from, n);
                if (n < chunk.length) {
                    left.addFirst(Arrays.copyOfRange(chunk, n, chunk.length));
                }
                return n;
            }
        };
    }

    /** One byte per read. */
    private static InputStream trickle(byte[] bytes) {
        byte[][] single = new byte[bytes.length][];
        for (int i = 0; i < bytes.length; i++) {
            single[i] = new byte[] {bytes[i]};
        }
        return chunks(single);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String text(ByteInput.Line line) {
        return new String(line.bytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void should_number_lines_from_one_and_give_each_its_byte_offset_without_the_line_break() throws IOException {
        // "a\r\n" is bytes 0-2, "bb\n" 3-5, "\n" 6, "ccc" 7-9 (no line break at the end).
        ByteInput input = new ByteInput(new ByteArrayInputStream(ascii("a\r\nbb\n\nccc")));

        ByteInput.Line first = input.readLine(10);
        ByteInput.Line second = input.readLine(10);
        ByteInput.Line third = input.readLine(10);
        ByteInput.Line fourth = input.readLine(10);

        assertThat(text(first)).isEqualTo("a");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.offset()).isZero();
        assertThat(text(second)).isEqualTo("bb");
        assertThat(second.offset()).isEqualTo(3);
        assertThat(third.bytes()).isEmpty();
        assertThat(third.offset()).isEqualTo(6);
        assertThat(third.blank()).isTrue();
        assertThat(text(fourth)).isEqualTo("ccc");
        assertThat(fourth.number()).isEqualTo(4);
        assertThat(fourth.offset()).isEqualTo(7);
        assertThat(input.readLine(10)).isNull();
        assertThat(input.readLine(10)).isNull();
    }

    @Test
    void should_give_no_line_after_the_last_line_break() throws IOException {
        ByteInput input = new ByteInput(new ByteArrayInputStream(ascii("a\n")));

        assertThat(text(input.readLine(10))).isEqualTo("a");
        assertThat(input.readLine(10)).isNull();
    }

    @Test
    void should_keep_a_line_of_exactly_the_limit_and_mark_a_longer_one_read_to_its_end() throws IOException {
        // "abcde\n" is bytes 0-5, "abcd\n" 6-10.
        ByteInput input = new ByteInput(new ByteArrayInputStream(ascii("abcde\nabcd\n")));

        ByteInput.Line tooLong = input.readLine(4);
        ByteInput.Line kept = input.readLine(4);

        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.bytes()).isEmpty();
        assertThat(tooLong.blank()).isFalse();
        assertThat(kept.tooLong()).isFalse();
        assertThat(text(kept)).isEqualTo("abcd");
        assertThat(kept.number()).isEqualTo(2);
        assertThat(kept.offset()).isEqualTo(6);
    }

    @Test
    void should_join_a_line_that_arrives_a_byte_at_a_time_and_skip_a_long_one_the_same_way() throws IOException {
        // "abcdef\r\n" is bytes 0-7 (7 bytes before the line break: within the limit), "abcdefgh\n" 8-16, "xy" 17-18.
        ByteInput input = new ByteInput(trickle(ascii("abcdef\r\nabcdefgh\nxy")));

        ByteInput.Line joined = input.readLine(7);
        ByteInput.Line tooLong = input.readLine(7);
        ByteInput.Line last = input.readLine(7);

        assertThat(text(joined)).isEqualTo("abcdef");
        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.offset()).isEqualTo(8);
        assertThat(text(last)).isEqualTo("xy");
        assertThat(last.offset()).isEqualTo(17);
        assertThat(input.readLine(7)).isNull();
    }

    @Test
    void should_skip_a_byte_order_mark_and_count_it_in_the_offsets() throws IOException {
        ByteInput input = new ByteInput(new ByteArrayInputStream(concat(BOM, ascii("{}\n"))));

        assertThat(input.skipByteOrderMark()).isEqualTo(3);
        ByteInput.Line line = input.readLine(10);
        assertThat(text(line)).isEqualTo("{}");
        assertThat(line.offset()).isEqualTo(3);
    }

    @Test
    void should_find_a_byte_order_mark_that_arrives_a_byte_at_a_time_or_is_the_whole_input() throws IOException {
        ByteInput trickled = new ByteInput(trickle(concat(BOM, ascii("[]"))));
        ByteInput alone = new ByteInput(new ByteArrayInputStream(BOM));

        assertThat(trickled.skipByteOrderMark()).isEqualTo(3);
        assertThat(text(trickled.readLine(10))).isEqualTo("[]");
        assertThat(alone.skipByteOrderMark()).isEqualTo(3);
        assertThat(alone.readLine(10)).isNull();
    }

    @Test
    void should_keep_bytes_that_only_begin_a_byte_order_mark() throws IOException {
        ByteInput input = new ByteInput(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB}));

        assertThat(input.skipByteOrderMark()).isZero();
        assertThat(input.readLine(10).bytes()).containsExactly((byte) 0xEF, (byte) 0xBB);
    }

    @Test
    void should_peek_past_whitespace_without_consuming_it_or_tell_there_is_nothing_else() throws IOException {
        ByteInput input = new ByteInput(new ByteArrayInputStream(ascii(" \t\r\n [1]")));
        ByteInput blank = new ByteInput(new ByteArrayInputStream(ascii(" \t\r\n ")));

        assertThat(input.peekNonWhitespace()).isEqualTo('[');
        assertThat(text(input.readLine(10))).isEqualTo(" \t");
        assertThat(blank.peekNonWhitespace()).isEqualTo(-1);
    }

    @Test
    void should_peek_across_reads_after_a_byte_order_mark_and_give_back_every_byte_after_it() throws IOException {
        ByteInput input = new ByteInput(chunks(concat(BOM, ascii(" ")), ascii(" "), ascii("[1]")));

        input.skipByteOrderMark();

        assertThat(input.peekNonWhitespace()).isEqualTo('[');
        assertThat(input.remaining().readAllBytes()).isEqualTo(ascii("  [1]"));
    }

    @Test
    void should_peek_past_more_whitespace_than_its_buffer_holds() throws IOException {
        byte[] in = concat(ascii(" ".repeat(200_000)), ascii("[1]"));
        ByteInput input = new ByteInput(new ByteArrayInputStream(in));

        assertThat(input.peekNonWhitespace()).isEqualTo('[');
        assertThat(input.remaining().readAllBytes()).isEqualTo(in);
    }

    @Test
    void should_give_back_the_lines_read_while_recording_and_only_the_rest_after_recording_stops() throws IOException {
        ByteInput recording = new ByteInput(new ByteArrayInputStream(ascii("a\nb\nc")));
        ByteInput stopped = new ByteInput(new ByteArrayInputStream(ascii("a\nb\nc")));

        recording.record();
        recording.readLine(10);
        recording.readLine(10);
        stopped.record();
        stopped.readLine(10);
        stopped.stopRecording();

        assertThat(recording.remaining().readAllBytes()).isEqualTo(ascii("a\nb\nc"));
        assertThat(stopped.remaining().readAllBytes()).isEqualTo(ascii("b\nc"));
    }
}
