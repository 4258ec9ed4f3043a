package id.tenggat.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way from a request body to cases: reads at most {@code maxBodyBytes}, checks the nesting depth and the
 * number of cases, then reads the cases with the library's JSON contract. Every limit broken is a
 * {@link RequestRejected} naming it ({@code maxBodyBytes} 413, {@code maxCases} 413, {@code maxDepth} 400).
 *
 * <p>The body is held in memory whole, bounded by {@code maxBodyBytes}; this class is the place to read the cases
 * one at a time once the library reads JSON as a stream.
 */
final class RequestBody {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private final TenggatJson json;
    private final ServerSettings settings;

    RequestBody(TenggatJson json, ServerSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /**
     * Reads the cases of one request.
     *
     * @param in            the body
     * @param contentLength the declared length, or -1 when not declared
     */
    ReadResult read(InputStream in, long contentLength) {
        byte[] body = bounded(in, contentLength);
        checkShape(body);
        return json.read(new String(body, StandardCharsets.UTF_8));
    }

    private byte[] bounded(InputStream in, long contentLength) {
        long max = settings.maxBodyBytes();
        if (contentLength > max) {
            throw tooLarge(contentLength);
        }
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(-1);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RequestRejected tooLarge(long length) {
        return RequestRejected.limit(413, "maxBodyBytes", length >= 0 ? Long.toString(length) : null,
                "request body larger than maxBodyBytes = " + settings.maxBodyBytes() + " bytes; send fewer cases per request");
    }

    /**
     * Counts the cases (the elements of a top-level array, or the top-level values of JSON Lines) and measures the
     * nesting depth in one pass over the tokens. Syntax errors are left to the JSON contract, which reports them
     * per case; the pass stops at the first one.
     */
    private void checkShape(byte[] body) {
        int depth = 0;
        int cases = 0;
        boolean topLevelArray = false;
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (depth == 0) {
                    topLevelArray = t == JsonToken.START_ARRAY;
                    if (!topLevelArray) {
                        cases++;
                    }
                } else if (depth == 1 && topLevelArray && t != JsonToken.END_ARRAY) {
                    cases++;
                }
                if (cases > settings.maxCases()) {
                    throw RequestRejected.limit(413, "maxCases", null, "more than maxCases = " + settings.maxCases()
                            + " cases in one request; split the batch");
                }
                if (t.isStructStart()) {
                    depth++;
                    if (depth > settings.maxDepth()) {
                        throw RequestRejected.limit(400, "maxDepth", Integer.toString(depth), "JSON nested deeper than maxDepth = "
                                + settings.maxDepth() + " levels");
                    }
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            // Not JSON from here on: the contract reads the body again and names the syntax error.
        }
    }
}
