package id.tenggat.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.tenggat.answer.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Cases read one at a time from a stream of bytes, in input order, so that a batch of any size is answered in bounded
 * memory: each JSON Lines line, or each element of a JSON array (read with Jackson's streaming parser), becomes a
 * {@link ParsedCase} as soon as it has been read. Obtained from {@link TenggatJson#reader(InputStream, InputFormat)}.
 *
 * <p>A bad case never stops the batch and never spoils another. A JSON Lines line stands alone whatever its position:
 * a broken line, a line longer than {@value #MAX_LINE_BYTES} bytes or a line with bytes that are not UTF-8 is one
 * case with that error, and the next line is read as usual. In a JSON array, an element with bytes that are not
 * UTF-8 is a case with that error; a syntax error ends the array (nothing after it can be told apart), as one last
 * case with the error. Errors name the line and column, or the byte offset from the start of the input.
 *
 * <p>Reading fails only when the stream itself fails: {@link #hasNext()} and {@link #next()} then throw
 * {@link UncheckedIOException}. Not thread-safe: one reader per stream. The stream is not closed.
 */
public final class CaseReader implements Iterator<ParsedCase> {
    /** The longest JSON Lines line read as a case: 8 MiB, far beyond any real case. */
    public static final int MAX_LINE_BYTES = 8 << 20;

    private final TenggatJson json;
    private final ObjectMapper mapper;
    /** Reads one element of an array: the elements after it are not trailing tokens. */
    private final ObjectReader elementReader;
    private final ByteInput input;
    private final InputShape shape;
    /** Lines read while telling the format, still to be read as cases. */
    private final Deque<ByteInput.Line> pending = new ArrayDeque<>();
    /** Whether the input is one JSON document (an object or an array) rather than lines. */
    private boolean document;
    /** The parser of a JSON document, until the document has been read. */
    private JsonParser parser;
    private Utf8Reader documentText;
    private ParsedCase next;
    private boolean exhausted;
    private int index;

    CaseReader(TenggatJson json, ObjectMapper mapper, InputStream in, InputFormat format) {
        this.json = json;
        this.mapper = mapper;
        this.elementReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.input = new ByteInput(in);
        try {
            int byteOrderMark = input.skipByteOrderMark();
            this.shape = switch (format) {
                case JSONL -> InputShape.LINES;
                case JSON -> openDocument(byteOrderMark);
                case AUTO -> detect(byteOrderMark);
            };
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot read the cases: " + e.getMessage(), e);
    }

    /** {@return how the cases were given: answers are written back in the same shape} */
    public InputShape shape() {
        return shape;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !exhausted) {
            try {
                next = !document ? nextLine() : parser == null ? null : nextInDocument();
            } catch (IOException e) {
                throw failed(e);
            }
            exhausted = next == null;
        }
        return next != null;
    }

    @Override
    public ParsedCase next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more cases");
        }
        ParsedCase result = next;
        next = null;
        index++;
        return result;
    }

    /**
     * The next case still to be parsed, or null when no case is left: a JSON Lines line is decoded and parsed by
     * whichever thread calls the supplier (a batch parses its lines on the threads that answer them), an element of a
     * JSON document is parsed here, since the document's parser reads one element after the other. Fails as
     * {@link #next()} does.
     */
    Supplier<ParsedCase> nextUnparsed() {
        if (next != null || document || exhausted) {
            if (!hasNext()) {
                return null;
            }
            ParsedCase parsed = next();
            return () -> parsed;
        }
        ByteInput.Line line;
        try {
            line = pending.isEmpty() ? nextNonBlankLine() : pending.removeFirst();
        } catch (IOException e) {
            throw failed(e);
        }
        if (line == null) {
            exhausted = true;
            return null;
        }
        int at = index++;
        return () -> lineCase(line, at);
    }

    // ---------------------------------------------------------------- telling the format

    private InputShape detect(int byteOrderMark) throws IOException {
        if (input.peekNonWhitespace() == '[') {
            return openDocument(byteOrderMark);
        }
        input.record();
        ByteInput.Line first = nextNonBlankLine();
        ByteInput.Line second = first == null ? null : nextNonBlankLine();
        if (second != null && !jsonLines(first, second)) {
            return openDocument(byteOrderMark); // given the lines recorded back
        }
        input.stopRecording();
        if (first == null) {
            return InputShape.LINES;
        }
        pending.add(first);
        if (second == null) {
            return InputShape.OBJECT;
        }
        pending.add(second);
        return InputShape.LINES;
    }

    /** Whether two first lines start JSON Lines: the first is a JSON value, or the second is a JSON object. */
    private boolean jsonLines(ByteInput.Line first, ByteInput.Line second) {
        JsonNode secondValue = completeValue(second);
        return completeValue(first) != null || secondValue != null && secondValue.isObject();
    }

    /** The line as a JSON value if it is one on its own, else null. */
    private JsonNode completeValue(ByteInput.Line line) {
        if (line.tooLong()) {
            return null;
        }
        try {
            return mapper.readTree(decode(line.bytes()));
        } catch (MalformedBytes | JsonProcessingException e) {
            return null;
        }
    }

    private InputShape openDocument(int byteOrderMark) throws IOException {
        document = true;
        documentText = new Utf8Reader(input.remaining(), byteOrderMark);
        parser = mapper.createParser(documentText);
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (JsonProcessingException e) {
            next = ParsedCase.invalid(0, null, List.of(syntaxError(e)));
            parser = null;
            return InputShape.OBJECT;
        }
        if (first == null) {
            parser = null;
            return InputShape.LINES;
        }
        return first == JsonToken.START_ARRAY ? InputShape.ARRAY : InputShape.OBJECT;
    }

    // ---------------------------------------------------------------- JSON Lines

    private ParsedCase nextLine() throws IOException {
        ByteInput.Line line = pending.isEmpty() ? nextNonBlankLine() : pending.removeFirst();
        return line == null ? null : lineCase(line, index);
    }

    private ByteInput.Line nextNonBlankLine() throws IOException {
        ByteInput.Line line;
        do {
            line = input.readLine(MAX_LINE_BYTES);
        } while (line != null && line.blank());
        return line;
    }

    /** The case of one line, the {@code at}-th case of the input; safe to call from any thread. */
    private ParsedCase lineCase(ByteInput.Line line, int at) {
        String where = "line " + line.number();
        if (line.tooLong()) {
            return ParsedCase.invalid(at, null, List.of(new FieldError("", where,
                    "line longer than " + MAX_LINE_BYTES + " bytes; not read",
                    "baris lebih panjang dari " + MAX_LINE_BYTES + " byte; tidak dibaca")));
        }
        String text;
        try {
            text = decode(line.bytes());
        } catch (MalformedBytes e) {
            return ParsedCase.invalid(at, null, List.of(notUtf8(where + ", ", line.offset() + e.at)));
        }
        try {
            return json.toCase(at, mapper.readTree(text));
        } catch (JsonProcessingException e) {
            return ParsedCase.invalid(at, null, List.of(notJson(e, line.number())));
        }
    }

    /**
     * Decodes strictly: a byte sequence that is not UTF-8 is an error at its position, never replaced. A decoder of
     * its own for each line, since lines are decoded on several threads.
     */
    private static String decode(byte[] bytes) throws MalformedBytes {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedBytes(in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Bytes that are not UTF-8 at a position in a line. */
    private static final class MalformedBytes extends Exception {
        private final int at;

        MalformedBytes(int at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    // ---------------------------------------------------------------- one JSON document

    private ParsedCase nextInDocument() throws IOException {
        try {
            return shape == InputShape.ARRAY ? nextElement() : wholeDocument();
        } catch (JsonProcessingException e) {
            parser = null;
            return ParsedCase.invalid(index, null, List.of(syntaxError(e)));
        }
    }

    private ParsedCase nextElement() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
                throw trailing();
            }
            parser = null;
            return null;
        }
        long start = parser.currentTokenLocation().getCharOffset();
        JsonNode node = elementReader.readTree(parser);
        return documentCase(node, start);
    }

    private ParsedCase wholeDocument() throws IOException {
        long start = parser.currentTokenLocation().getCharOffset();
        JsonNode node = mapper.readTree(parser);
        ParsedCase only = documentCase(node, start);
        parser = null;
        return only;
    }

    private ParsedCase documentCase(JsonNode node, long start) {
        Utf8Reader.Malformed bad = documentText.malformedBefore(parser.currentLocation().getCharOffset());
        if (bad != null && bad.charOffset() >= start) {
            return ParsedCase.invalid(index, null, List.of(notUtf8("", bad.byteOffset())));
        }
        return json.toCase(index, node);
    }

    private JsonProcessingException trailing() {
        return new JsonParseException(parser,
                "Trailing token (of type " + parser.currentToken() + ") found after value");
    }

    /** A syntax error, named as the bytes that are not UTF-8 when such bytes caused it. */
    private FieldError syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at != null && documentText != null) {
            Utf8Reader.Malformed bad = documentText.malformedBefore(at.getCharOffset() + 1);
            if (bad != null) {
                return notUtf8("", bad.byteOffset());
            }
        }
        return notJson(e, e.getLocation() == null ? null : e.getLocation().getLineNr());
    }

    /** A syntax error at a line of the input (null when not known) and the column the parser gives. */
    private static FieldError notJson(JsonProcessingException e, Integer lineNumber) {
        JsonLocation at = e.getLocation();
        String where = at == null ? null : "line " + lineNumber + ", column " + at.getColumnNr();
        return new FieldError("", where, "not valid JSON: " + e.getOriginalMessage(),
                "bukan JSON yang sah: " + e.getOriginalMessage());
    }

    private static FieldError notUtf8(String where, long byteOffset) {
        return new FieldError("", where + "byte offset " + byteOffset, "not valid UTF-8: no character is encoded "
                + "by the bytes there", "bukan UTF-8 yang sah: byte di tempat itu tidak menyandikan karakter apa pun");
    }
}
