package id.tenggat.spring;

import id.tenggat.answer.FieldError;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.json.TenggatJson;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers a request that cannot be answered with 400 and the contract's {@code {"errors": [...]}}, each error naming
 * the field and the value, instead of Spring Boot's default error page, which names neither.
 */
@RestControllerAdvice
class BadRequestAdvice {
    private final TenggatJson json;

    BadRequestAdvice(TenggatJson json) {
        this.json = json;
    }

    /** A body the library's Jackson module refused (every problem of the case), or one that is not JSON at all. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidCaseException invalid) {
                return badRequest(invalid.errors());
            }
        }
        return badRequest(List.of(new FieldError("body", null, "the body is not a case in JSON: "
                + e.getMostSpecificCause().getMessage(), "badan permintaan bukan perkara dalam JSON: "
                + e.getMostSpecificCause().getMessage())));
    }

    /** {@code asOf} is not a date. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldError(e.getName(), String.valueOf(e.getValue()),
                "must be a date as YYYY-MM-DD", "harus berupa tanggal YYYY-MM-DD")));
    }

    /** {@code asOf} is missing. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e) {
        return badRequest(List.of(new FieldError(e.getParameterName(), null, "is required (a date as YYYY-MM-DD)",
                "wajib diisi (tanggal YYYY-MM-DD)")));
    }

    private ResponseEntity<String> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(json.writeErrors(errors));
    }
}
