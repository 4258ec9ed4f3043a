package id.tenggat.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The bytes of an input, read line by line with each line's number and byte offset, so that a line is a unit of its
 * own whatever its neighbours hold (JSON Lines) and an undecodable byte can be named by its offset. A line longer
 * than a limit is skipped to its end and marked, so memory stays bounded whatever the input. Not thread-safe.
 */
final class ByteInput {
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean ended;
    private long offset;
    private int lineNumber;
    /** Every byte consumed while detection may still need to give them back; null when not recording. */
    private ByteArrayOutputStream recorded;

    /** One line without its line break (nor a carriage return before it). */
    record Line(int number, long offset, byte[] bytes, boolean tooLong) {
        boolean blank() {
            if (tooLong) {
                return false; // its bytes were dropped, not read: it is a case that gets its error, not a gap
            }
            for (byte b : bytes) {
                if (!whitespace(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    ByteInput(InputStream in) {
        this.in = in;
    }

    /** Skips a UTF-8 byte order mark at the very start of the input, before anything is read; returns its length. */
    int skipByteOrderMark() throws IOException {
        while (limit < 3 && fill()) {
            // read until three bytes are there or the input ends
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
            offset = 3;
            return 3;
        }
        return 0;
    }

    /** The first byte that is not JSON whitespace, without consuming anything, or -1 when there is none. */
    int peekNonWhitespace() throws IOException {
        int at = position;
        while (true) {
            if (at == limit) {
                int consumed = at - position;
                if (!fill()) {
                    return -1;
                }
                at = position + consumed;
                continue;
            }
            if (!whitespace(buffer[at])) {
                return buffer[at] & 0xFF;
            }
            at++;
        }
    }

    /** Keeps every byte consumed from now on, to be given back by {@link #remaining()}. */
    void record() {
        recorded = new ByteArrayOutputStream();
    }

    /** Forgets the bytes recorded and records no more: they will not be given back. */
    void stopRecording() {
        recorded = null;
    }

    /**
     * The next line, blank or not, or null at the end of the input.
     *
     * @param maxBytes the longest line kept; a longer one is read to its end and comes back empty and marked
     */
    Line readLine(int maxBytes) throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        long start = offset;
        ByteArrayOutputStream line = null;
        boolean tooLong = false;
        while (true) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int length = end - position;
            if (!tooLong && (line == null ? 0 : line.size()) + length > maxBytes) {
                tooLong = true;
                line = null;
            }
            if (!tooLong) {
                if (line == null && end < limit) {
                    byte[] bytes = Arrays.copyOfRange(buffer, position, end);
                    consume(end + 1);
                    return new Line(++lineNumber, start, withoutCarriageReturn(bytes), false);
                }
                if (line == null) {
                    line = new ByteArrayOutputStream(Math.max(64, length * 2));
                }
                line.write(buffer, position, length);
            }
            boolean lineEnds = end < limit;
            consume(lineEnds ? end + 1 : end);
            if (lineEnds || !fill()) {
                byte[] bytes = tooLong ? new byte[0] : withoutCarriageReturn(line.toByteArray());
                return new Line(++lineNumber, start, bytes, tooLong);
            }
        }
    }

    /**
     * The bytes not yet read as lines, starting with those recorded since {@link #record()}. The input stream is not
     * closed, neither when it has been read to its end nor when the stream returned is closed: it is the caller's.
     */
    InputStream remaining() {
        byte[] kept = recorded == null ? new byte[0] : recorded.toByteArray();
        recorded = null;
        InputStream open = new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream stays open
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(kept), new SequenceInputStream(
                new ByteArrayInputStream(buffer, position, limit - position), open));
    }

    private void consume(int to) {
        if (recorded != null) {
            recorded.write(buffer, position, to - position);
        }
        offset += to - position;
        position = to;
    }

    /** Reads more bytes after the unread ones, growing the buffer only when it is full; false at the end. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            ended = true;
            return false;
        }
        limit += n;
        return true;
    }

    private static byte[] withoutCarriageReturn(byte[] bytes) {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

}
