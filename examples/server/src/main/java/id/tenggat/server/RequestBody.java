package id.tenggat.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.InputShape;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The one way from a request body to cases: read one at a time with the library's {@link CaseReader}, so that a batch
 * of any size is answered while it is still arriving, with every limit checked as the bytes and cases go by rather
 * than after reading the whole body. A limit broken is a {@link RequestRejected} naming it, thrown from reading:
 * {@code maxBodyBytes} (413) by counting bytes, {@code maxCases} (413) by counting cases, {@code maxDepth} (400) by
 * Jackson's non-blocking parser, fed the same bytes, under a {@link StreamReadConstraints#getMaxNestingDepth()} of
 * {@code maxDepth}.
 */
final class RequestBody {
    private final TenggatJson json;
    private final ServerSettings settings;
    private final JsonFactory depthGauge;

    RequestBody(TenggatJson json, ServerSettings settings) {
        this.json = json;
        this.settings = settings;
        this.depthGauge = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(settings.maxDepth()).build())
                .build();
    }

    /**
     * The cases of one request, read as they are asked for; reading throws {@link RequestRejected} at the first limit
     * broken, and {@link UncheckedIOException} if the connection fails.
     *
     * @param in            the body
     * @param contentLength the declared length, or -1 when not declared
     * @param court         the court of cases that name none, or null
     */
    Cases cases(InputStream in, long contentLength, String court) {
        if (contentLength > settings.maxBodyBytes()) {
            throw tooLarge(contentLength);
        }
        return new Cases(json.reader(new Guarded(in), InputFormat.AUTO), court);
    }

    /** Reads every case of one request at once (for answers that need the whole batch, or none of it streamed). */
    ReadResult read(InputStream in, long contentLength) {
        return cases(in, contentLength, null).readAll();
    }

    private RequestRejected tooLarge(long length) {
        return RequestRejected.limit(413, "maxBodyBytes", length >= 0 ? Long.toString(length) : null,
                "request body larger than maxBodyBytes = " + settings.maxBodyBytes() + " bytes; send fewer cases per request",
                "badan permintaan lebih besar dari maxBodyBytes = " + settings.maxBodyBytes() + " byte; kirim lebih "
                        + "sedikit perkara per permintaan");
    }

    /** The cases of a request, in input order, at most {@code maxCases} of them. */
    final class Cases implements Iterator<ParsedCase> {
        private final CaseReader reader;
        private final String court;
        private int read;

        private Cases(CaseReader reader, String court) {
            this.reader = reader;
            this.court = court;
        }

        /** How the cases were given: answers go back in the same shape. */
        InputShape shape() {
            return reader.shape();
        }

        @Override
        public boolean hasNext() {
            boolean more = reader.hasNext();
            if (more && read >= settings.maxCases()) {
                throw RequestRejected.limit(413, "maxCases", null, "more than maxCases = " + settings.maxCases()
                        + " cases in one request; split the batch", "lebih dari maxCases = " + settings.maxCases()
                        + " perkara dalam satu permintaan; bagi kumpulannya");
            }
            return more;
        }

        @Override
        public ParsedCase next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more cases");
            }
            read++;
            return reader.next().withDefaultCourt(court);
        }

        ReadResult readAll() {
            List<ParsedCase> all = new ArrayList<>();
            forEachRemaining(all::add);
            return new ReadResult(shape(), all);
        }
    }

    /**
     * The body as it arrives, counted against {@code maxBodyBytes} and measured against {@code maxDepth}. A syntax
     * error is left to the JSON contract, which reports it per case; the depth gauge starts again at a later line break
     * (a JSON Lines case stands alone, and no JSON string holds a raw line break).
     */
    private final class Guarded extends FilterInputStream {
        private long count;
        private JsonParser gauge = newGauge();
        private boolean resumeAtNextLine;

        private Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > settings.maxBodyBytes()) {
                    throw tooLarge(-1);
                }
                measure(b, off, off + n);
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            return Math.max(0, read(skipped, 0, skipped.length));
        }

        private void measure(byte[] b, int from, int to) throws IOException {
            int start = from;
            if (resumeAtNextLine) {
                while (start < to && b[start] != '\n') {
                    start++;
                }
                if (start == to) {
                    return;
                }
                gauge = newGauge();
                resumeAtNextLine = false;
            }
            try {
                ((ByteArrayFeeder) gauge.getNonBlockingInputFeeder()).feedInput(b, start, to);
                JsonToken t;
                do {
                    t = gauge.nextToken();
                } while (t != null && t != JsonToken.NOT_AVAILABLE);
            } catch (StreamConstraintsException e) {
                throw RequestRejected.limit(400, "maxDepth", Integer.toString(settings.maxDepth() + 1),
                        "JSON nested deeper than maxDepth = " + settings.maxDepth() + " levels",
                        "JSON bersarang lebih dalam dari maxDepth = " + settings.maxDepth() + " tingkat");
            } catch (JsonProcessingException e) {
                resumeAtNextLine = true;
            }
        }

        private JsonParser newGauge() {
            try {
                return depthGauge.createNonBlockingByteArrayParser();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
