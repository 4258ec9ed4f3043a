package com.example.deadlines;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;

/** The README's banding case, asked both ways; one line per banding deadline on standard output. */
public class Main {
    public static void main(String[] args) {
        Tenggat tenggat = Tenggat.indonesia();

        DeadlineAnswer banding = tenggat.perdata().banding().forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 3, 17)).asOf(LocalDate.of(2025, 3, 21)).due();
        System.out.println("fluent " + banding.id() + " " + banding.party() + " " + banding.due() + " " + banding.status());

        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).caseNumber("12/Pdt.G/2025/PN Jpa").court("PN Jepara")
                .pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 17), Party.TERGUGAT)
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 3, 20), Party.PENGGUGAT)
                .build();
        CaseAnswer answer = tenggat.whatIsDue(perkara).asOf(LocalDate.of(2025, 3, 21));
        for (DeadlineAnswer d : answer.deadlines()) {
            if (d.id().equals("perdata.banding")) {
                System.out.println("case " + d.id() + " " + d.party() + " " + d.due() + " " + d.status());
            }
        }
    }
}
