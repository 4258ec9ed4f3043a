package id.tenggat.server;

import id.tenggat.answer.FieldError;
import id.tenggat.server.ServerMetrics.ErrorKind;

/**
 * A request the service will not answer: a limit broken, a bad parameter, a missing API key. Answered with its HTTP
 * status and {@code {"errors": [{"field", "value", "message"}]}}, where {@code field} names the parameter, header or
 * limit concerned (e.g. {@code maxBodyBytes}).
 */
final class RequestRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final ErrorKind kind;
    private final transient FieldError error;

    RequestRejected(int status, ErrorKind kind, String field, String value, String message, String indonesian) {
        this(status, kind, new FieldError(field, value, message, indonesian));
    }

    RequestRejected(int status, ErrorKind kind, FieldError error) {
        super(error.message(), null, false, false);
        this.status = status;
        this.kind = kind;
        this.error = error;
    }

    /** A limit broken: 413 for size, 400 for shape; the text in English and Bahasa Indonesia. */
    static RequestRejected limit(int status, String limit, String value, String message, String indonesian) {
        return new RequestRejected(status, ErrorKind.LIMIT, limit, value, message, indonesian);
    }

    /** A bad query parameter, named with its value; the text in English and Bahasa Indonesia. */
    static RequestRejected badParameter(String name, String value, String message, String indonesian) {
        return new RequestRejected(400, ErrorKind.BAD_REQUEST, name, value, message, indonesian);
    }

    /** A bad query parameter whose error the library wrote (e.g. a court that is not known). */
    static RequestRejected badParameter(FieldError error) {
        return new RequestRejected(400, ErrorKind.BAD_REQUEST, error);
    }

    int status() {
        return status;
    }

    ErrorKind kind() {
        return kind;
    }

    FieldError error() {
        return error;
    }
}
