package id.tenggat.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes UTF-8 for a streaming JSON parser with a decoder that reports bytes that are not UTF-8 rather than
 * replacing them silently: each is recorded with its byte offset and the character offset where it stood, and only
 * then stands in the text as U+FFFD, so that parsing goes on and the case that holds it is rejected by its reader.
 * Not thread-safe.
 */
final class Utf8Reader extends Reader {
    /** A byte sequence that is not UTF-8: where it stood in the decoded text and in the input. */
    record Malformed(long charOffset, long byteOffset) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final Deque<Malformed> malformed = new ArrayDeque<>();
    private long bytesDecoded;
    private long charsRead;
    private boolean ended;
    private boolean flushed;
    /** A U+FFFD owed to the text because the output was full when its bytes were met. */
    private boolean replacementOwed;

    /**
     * @param in         the bytes
     * @param byteOffset the offset of the first of them in the whole input, for the offsets reported
     */
    Utf8Reader(InputStream in, long byteOffset) {
        this.in = in;
        this.bytesDecoded = byteOffset;
    }

    @Override
    public int read(char[] target, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, from, length);
        if (replacementOwed) {
            out.put('\uFFFD');
            replacementOwed = false;
        }
        while (out.position() == from) {
            if (flushed) {
                return -1;
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, ended);
            bytesDecoded += bytes.position() - before;
            if (result.isError()) {
                malformed.add(new Malformed(charsRead + out.position() - from, bytesDecoded));
                bytes.position(bytes.position() + result.length());
                bytesDecoded += result.length();
                if (out.hasRemaining()) {
                    out.put('\uFFFD');
                } else {
                    replacementOwed = true;
                }
            } else if (result.isUnderflow()) {
                if (ended) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        int n = out.position() - from;
        charsRead += n;
        return n;
    }

    /**
     * The first byte sequence that is not UTF-8 and stood before a character offset, forgetting every one before it;
     * null when there is none.
     */
    Malformed malformedBefore(long charOffset) {
        Malformed first = null;
        while (!malformed.isEmpty() && malformed.peekFirst().charOffset() < charOffset) {
            Malformed m = malformed.removeFirst();
            if (first == null) {
                first = m;
            }
        }
        return first;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
