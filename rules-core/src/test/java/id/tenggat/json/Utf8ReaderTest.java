package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding for the JSON parser: bytes that are not UTF-8 recorded by char and byte offset, then U+FFFD. */
class Utf8ReaderTest {
    /** 'a', a byte that begins no UTF-8 sequence, 'b', another, 'c': bytes 0 to 4. */
    private static final byte[] TWO_BAD = {'a', (byte) 0xFF, 'b', (byte) 0xFF, 'c'};

    /** One byte per read, as a slow pipe may give them. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int from, int length) {
                return super.read(into, from, Math.min(length, 1));
            }
        };
    }

    @Test
    void should_replace_each_bad_byte_and_record_its_char_offset_and_its_byte_offset_in_the_whole_input()
            throws IOException {
        // The reader's bytes start at offset 10 of the input: the bad bytes are at 11 and 13, chars 1 and 3.
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(TWO_BAD), 10);
        char[] target = new char[20];

        StringBuilder text = new StringBuilder();
        for (int n; (n = reader.read(target, 5, 15)) != -1; ) {
            text.append(target, 5, n);
        }

        assertThat(text.toString()).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(reader.malformedBefore(4)).isEqualTo(new Utf8Reader.Malformed(1, 11));
        assertThat(reader.malformedBefore(5)).isNull();
    }

    @Test
    void should_give_a_replacement_owed_when_the_output_was_full_at_a_bad_byte() throws IOException {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(TWO_BAD), 0);
        char[] one = new char[1];

        StringBuilder text = new StringBuilder();
        while (reader.read(one, 0, 1) == 1) {
            text.append(one[0]);
        }

        assertThat(text.toString()).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(reader.read(one, 0, 0)).isZero();
        assertThat(reader.malformedBefore(3)).isEqualTo(new Utf8Reader.Malformed(1, 1));
        assertThat(reader.malformedBefore(4)).isEqualTo(new Utf8Reader.Malformed(3, 3));
    }

    @Test
    void should_name_only_bad_bytes_that_stood_before_the_offset_asked_about() throws IOException {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(TWO_BAD), 0);
        reader.read(new char[20], 0, 20);
        reader.read(new char[20], 0, 20);

        assertThat(reader.malformedBefore(1)).isNull();
        assertThat(reader.malformedBefore(2)).isEqualTo(new Utf8Reader.Malformed(1, 1));
        assertThat(reader.malformedBefore(3)).isNull();
        assertThat(reader.malformedBefore(4)).isEqualTo(new Utf8Reader.Malformed(3, 3));
    }

    @Test
    void should_decode_a_character_whose_bytes_arrive_in_separate_reads() throws IOException {
        // é is C3 A9, ü is C3 BC: each arrives a byte at a time.
        Utf8Reader reader = new Utf8Reader(trickle(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xC3, (byte) 0xBC}), 0);
        char[] target = new char[4];

        StringBuilder text = new StringBuilder();
        for (int n; (n = reader.read(target, 0, 4)) != -1; ) {
            text.append(target, 0, n);
        }

        assertThat(text.toString()).isEqualTo("éü");
        assertThat(reader.malformedBefore(2)).isNull();
    }

    @Test
    void should_close_the_bytes_it_reads() throws IOException {
        boolean[] closed = {false};
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(TWO_BAD) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, 0);

        reader.close();

        assertThat(closed[0]).isTrue();
    }
}
