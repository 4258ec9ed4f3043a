package id.tenggat.spring;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.model.CourtCase;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /deadlines?asOf=YYYY-MM-DD}: a case in the contract's shape in, its answer in the contract's shape out. */
@RestController
public class DeadlinesController {
    private final Tenggat tenggat;

    DeadlinesController(Tenggat tenggat) {
        this.tenggat = tenggat;
    }

    /** Everything due in the case on the day asked about; a case that cannot be read is refused before this runs. */
    @PostMapping(path = "/deadlines", produces = "application/json")
    public CaseAnswer deadlines(@Valid @RequestBody CourtCase courtCase,
                                @RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tenggat.answer(courtCase, asOf);
    }
}
