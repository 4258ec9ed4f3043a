package id.tenggat.server;

import id.tenggat.answer.FieldError;
import id.tenggat.json.TenggatJson;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a request cut off when the service stops, a malformed request line) in the same
 * JSON as every other error, naming only the HTTP status: never an exception, a class name or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final TenggatJson json;

    JsonErrorHandler(TenggatJson json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) {
        byte[] body = json.writeErrors(List.of(new FieldError("", null,
                "HTTP " + code + " " + HttpStatus.getMessage(code) + ": the request could not be completed",
                "HTTP " + code + " " + HttpStatus.getMessage(code) + ": permintaan tidak dapat diselesaikan")))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
