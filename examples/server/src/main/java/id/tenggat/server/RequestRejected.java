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

    RequestRejected(int status, ErrorKind kind, String field, String value, String message) {
        super(message, null, false, false);
        this.status = status;
        this.kind = kind;
        this.error = new FieldError(field, value, message);
    }

    /** A limit broken: 413 for size, 400 for shape. */
    static RequestRejected limit(int status, String limit, String value, String message) {
        return new RequestRejected(status, ErrorKind.LIMIT, limit, value, message);
    }

    /** A bad query parameter, named with its value. */
    static RequestRejected badParameter(String name, String value, String message) {
        return new RequestRejected(400, ErrorKind.BAD_REQUEST, name, value, message);
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
