package id.tenggat.internal;

import id.tenggat.answer.Alternative;
import id.tenggat.answer.Closure;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.DayInfo;
import id.tenggat.catalogue.Words;
import id.tenggat.engine.LawChoice;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes explanation steps in Bahasa Indonesia and English. Every sentence of an explanation comes from here, so
 * both languages always say the same thing. Immutable and thread-safe.
 */
final class Narrator {

    Narrator() {
    }

    static String dateId(LocalDate d) {
        return DateText.id(d);
    }

    static String dateEn(LocalDate d) {
        return DateText.en(d);
    }

    String eventId(EventType e) {
        return Words.name(e, Language.ID);
    }

    String eventEn(EventType e) {
        return Words.name(e, Language.EN);
    }

    Step trigger(EventType event, LocalDate date, Party party, boolean present) {
        if (present) {
            return new Step(eventId(event) + " pada " + dateId(date) + " dan " + party + " hadir.",
                    eventEn(event) + " on " + dateEn(date) + " in the presence of " + party + ".");
        }
        String forId = party == null ? "" : (event == EventType.PUTUSAN_DIBERITAHUKAN
                || event == EventType.PUTUSAN_BANDING_DIBERITAHUKAN ? " kepada " : " oleh/untuk ") + party;
        String forEn = party == null ? "" : (event == EventType.PUTUSAN_DIBERITAHUKAN
                || event == EventType.PUTUSAN_BANDING_DIBERITAHUKAN ? " to " : " for ") + party;
        return new Step(eventId(event) + forId + " pada " + dateId(date) + ".",
                eventEn(event) + forEn + " on " + dateEn(date) + ".");
    }

    Step waiting(EventType needs, Party party) {
        String forId = party == null ? "" : " untuk " + party;
        String forEn = party == null ? "" : " for " + party;
        return new Step("Tenggang waktu belum berjalan" + forId + ": menunggu peristiwa " + needs + " (" + eventId(needs) + ").",
                "The period has not started" + forEn + ": it needs the event " + needs + " (" + eventEn(needs) + ").");
    }

    Step basis(String legalBasis, LawChoice law) {
        if (law.basis() == null) {
            return new Step("Dasar hukum: " + legalBasis + ".", "Legal basis: " + legalBasis + ".");
        }
        String whyId = law.decidingEvent() == null ? "" : ", karena " + eventId(law.decidingEvent()).toLowerCase(Locale.ROOT)
                + " pada " + dateId(law.decidingDate());
        String whyEn = law.decidingEvent() == null ? "" : ", because of " + eventEn(law.decidingEvent()).toLowerCase(Locale.ROOT)
                + " on " + dateEn(law.decidingDate());
        return new Step("Hukum yang berlaku: " + law.instrument() + whyId + " (" + law.basis() + "). Dasar hukum: " + legalBasis + ".",
                "Law applied: " + law.instrument() + whyEn + " (" + law.basis() + "). Legal basis: " + legalBasis + ".");
    }

    Step period(int length, Unit unit, Start start, LocalDate firstDay) {
        String unitId = switch (unit) {
            case CALENDAR_DAYS -> "hari kalender";
            case WORKING_DAYS -> "hari kerja";
            case CALENDAR_MONTHS -> "bulan kalender";
        };
        String unitEn = switch (unit) {
            case CALENDAR_DAYS -> "calendar days";
            case WORKING_DAYS -> "working days";
            case CALENDAR_MONTHS -> "calendar months";
        };
        return switch (start) {
            case NEXT_DAY -> new Step("Tenggang waktu " + length + " " + unitId + ", dihitung mulai hari berikutnya ("
                    + dateId(firstDay) + ").",
                    "Period of " + length + " " + unitEn + ", counted from the next day (" + dateEn(firstDay) + ").");
            case SAME_DAY -> new Step("Tenggang waktu " + length + " " + unitId + ", hari pertama ikut dihitung ("
                    + dateId(firstDay) + ").",
                    "Period of " + length + " " + unitEn + ", the first day included (" + dateEn(firstDay) + ").");
            case BACKWARD -> new Step("Dihitung mundur " + length + " " + unitId + " dari tanggal tersebut.",
                    "Counted back " + length + " " + unitEn + " from that date.");
        };
    }

    Step extension(int length, Unit unit, EventType event, LocalDate date) {
        String u = unit == Unit.WORKING_DAYS ? "hari kerja" : "hari";
        String ue = unit == Unit.WORKING_DAYS ? "working days" : "days";
        return new Step(eventId(event) + " pada " + dateId(date) + ": tenggang waktu bertambah " + length + " " + u + ".",
                eventEn(event) + " on " + dateEn(date) + ": the period grows by " + length + " " + ue + ".");
    }

    Step lastDay(int length, Unit unit, LocalDate raw) {
        if (unit == Unit.WORKING_DAYS) {
            return new Step("Hari kerja ke-" + length + " jatuh pada " + dateId(raw) + ".",
                    "Working day " + length + " falls on " + dateEn(raw) + ".");
        }
        if (unit == Unit.CALENDAR_MONTHS) {
            return new Step("Akhir jangka waktu " + length + " bulan jatuh pada " + dateId(raw) + ".",
                    "The " + length + "-month period ends on " + dateEn(raw) + ".");
        }
        return new Step("Hari ke-" + length + " jatuh pada " + dateId(raw) + ".",
                "Day " + length + " falls on " + dateEn(raw) + ".");
    }

    /**
     * The non-working days skipped between {@code raw} (inclusive) and {@code due} (exclusive), summarised as ranges
     * with what the days are ("8 hari libur: 31 Mar–7 Apr 2025 (...)"), then the day the deadline moves to.
     */
    Step moved(CourtCalendar calendar, LocalDate raw, LocalDate due) {
        List<DayInfo> skipped = new ArrayList<>();
        LocalDate from = raw.isBefore(due) ? raw : due.plusDays(1);
        LocalDate to = raw.isBefore(due) ? due.minusDays(1) : raw;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            skipped.add(calendar.day(d));
        }
        boolean forward = raw.isBefore(due);
        return new Step(DateText.daysOff(skipped, false) + ". Batas akhir bergeser ke hari kerja "
                + (forward ? "berikutnya" : "sebelumnya") + ": " + dateId(due) + ".",
                DateText.daysOff(skipped, true) + ". The deadline moves to the "
                + (forward ? "next" : "previous") + " working day: " + dateEn(due) + ".");
    }

    Step notMoved(CourtCalendar calendar, LocalDate raw) {
        DayInfo info = calendar.day(raw);
        return new Step(dateId(raw) + " bukan hari kerja (" + DateText.whyOffId(info) + "), tetapi ketentuan ini tidak menggeser hari terakhir.",
                dateEn(raw) + " is not a working day (" + DateText.whyOffEn(info) + "), but this provision does not move the last day.");
    }

    /** The cut-off of electronic filing on the last day, in the court's zone (WIB, WITA or WIT). */
    Step cutoff(LocalTime cutoff, String basis, String z) {
        return new Step("Pada hari terakhir, pengajuan elektronik diterima sampai pukul " + cutoff + " " + z + " (" + basis + ").",
                "On the last day, electronic filing is accepted until " + cutoff + " " + z + " (" + basis + ").");
    }

    /**
     * The policy reading used and every other reading's date, the earliest named as the cautious one; written only
     * where a reading changes the date (the answer's alternatives list every reading).
     */
    Step policy(String name, String reading, LocalDate due, List<Alternative> others) {
        String otherId = others.stream().map(o -> "'" + o.reading() + "' → " + (o.due() == null ? "-" : dateId(o.due())))
                .collect(Collectors.joining("; "));
        String otherEn = others.stream().map(o -> "'" + o.reading() + "' → " + (o.due() == null ? "-" : dateEn(o.due())))
                .collect(Collectors.joining("; "));
        Alternative earliest = others.stream().filter(o -> o.due() != null && o.due().isBefore(due))
                .min(Comparator.comparing(Alternative::due)).orElse(new Alternative(reading, due));
        boolean differ = others.stream().anyMatch(o -> o.due() != null && !o.due().equals(due));
        String cautiousId = differ ? " Tanggal paling awal, " + dateId(earliest.due()) + " (bacaan '" + earliest.reading()
                + "'), adalah pilihan yang paling hati-hati." : "";
        String cautiousEn = differ ? " The earliest date, " + dateEn(earliest.due()) + " (reading '" + earliest.reading()
                + "'), is the cautious one." : "";
        return new Step("Kebijakan tafsir '" + name + "': dipakai bacaan '" + reading + "'"
                + (others.isEmpty() ? "" : "; bacaan lain: " + otherId) + "." + cautiousId,
                "Interpretation policy '" + name + "': reading '" + reading + "' used"
                + (others.isEmpty() ? "" : "; other readings: " + otherEn) + "." + cautiousEn);
    }

    Step met(EventType act, LocalDate actDate) {
        return new Step(eventId(act) + " pada " + dateId(actDate) + ": tepat waktu.",
                eventEn(act) + " on " + dateEn(actDate) + ": in time.");
    }

    Step late(EventType act, LocalDate actDate, long daysLate) {
        return new Step(eventId(act) + " pada " + dateId(actDate) + ": terlambat " + daysLate + " hari.",
                eventEn(act) + " on " + dateEn(actDate) + ": " + daysLate + " day(s) late.");
    }

    Step remaining(LocalDate asOf, LocalDate due, long days, Integer workingDays) {
        if (days > 0) {
            String wd = workingDays == null ? "" : " (" + workingDays + " hari kerja)";
            String wde = workingDays == null ? "" : " (" + workingDays + " working days)";
            return new Step("Per " + dateId(asOf) + " tersisa " + days + " hari" + wd + ".",
                    "As of " + dateEn(asOf) + ", " + days + " days remain" + wde + ".");
        }
        if (days == 0) {
            return new Step("Hari ini, " + dateId(asOf) + ", adalah hari terakhir.",
                    "Today, " + dateEn(asOf) + ", is the last day.");
        }
        return new Step("Per " + dateId(asOf) + " batas waktu telah lewat " + (-days) + " hari.",
                "As of " + dateEn(asOf) + ", the deadline passed " + (-days) + " days ago.");
    }

    Step closed(Closure closure) {
        return new Step(eventId(closure.event()) + " pada " + dateId(closure.date()) + ": tenggang waktu ini tidak dapat "
                + "berjalan lagi (" + closure.reason().indonesian() + ").",
                eventEn(closure.event()) + " on " + dateEn(closure.date()) + ": this period can no longer run ("
                + closure.reason().english() + ").");
    }

    Step lapsed(LocalDate due) {
        return new Step("Hak ini tidak digunakan sampai " + dateId(due) + ": hak tersebut gugur dan putusan berlaku bagi pihak ini ("
                + Closure.Reason.NOT_USED.indonesian() + ").",
                "The right was not used by " + dateEn(due) + ": it has lapsed and the judgment stands for this party ("
                + Closure.Reason.NOT_USED.english() + ").");
    }

    Step earlyAct(EventType act, LocalDate actDate, EventType trigger) {
        return new Step(eventId(act) + " pada " + dateId(actDate) + ", sebelum " + eventId(trigger).toLowerCase(Locale.ROOT)
                + " yang memulai tenggang waktu: diterima dan memenuhi tenggang waktu (diajukan lebih awal; kebijakan tafsir 'early-filing', bacaan 'accepted').",
                eventEn(act) + " on " + dateEn(actDate) + ", before the " + eventEn(trigger).toLowerCase(Locale.ROOT)
                + " that starts the period: accepted, and it meets the deadline (filed early; interpretation policy 'early-filing', reading 'accepted').");
    }

    Step noLimit(String legalBasis) {
        return new Step("Tidak ada batas waktu menurut " + legalBasis + ".",
                "No time limit under " + legalBasis + ".");
    }

    Step notEncoded(String legalBasis, String law) {
        return new Step("Ketentuan " + legalBasis + " (" + law + ") tidak dihitung karena nilainya belum dapat dipastikan dari naskah "
                + "resmi; tanggal dari undang-undang lama tidak dipakai.",
                "Provision " + legalBasis + " (" + law + ") is not counted because its value is not confirmed from the enacted text; "
                + "no date is borrowed from the old law.");
    }

    Step needsFact(EventType needs, String basis) {
        return new Step("Hukum yang berlaku tidak dapat ditentukan (" + basis + "): perlu tanggal " + needs + " (" + eventId(needs) + ").",
                "The applicable law cannot be determined (" + basis + "): the date of " + needs + " (" + eventEn(needs) + ") is needed.");
    }

    Step outOfCoverage(String message) {
        return new Step("Kalender tidak memiliki data untuk tanggal yang diperlukan: " + message,
                "The calendar has no data for the date needed: " + message);
    }

    Step provisional(LocalDate due) {
        return new Step("Data hari libur tahun " + due.getYear() + " masih sementara (tanggal hari raya dapat bergeser setelah sidang isbat); periksa kembali tanggal ini.",
                "The holiday data for " + due.getYear() + " is provisional (religious holidays may move after the isbat); check this date again.");
    }

    Step courtTarget() {
        return new Step("Ini target waktu penyelesaian bagi pengadilan, bukan hak atau kewajiban para pihak.",
                "This is a time target for the court, not a right or duty of the parties.");
    }

    Step finalDecision() {
        return new Step("Putusan atas keberatan bersifat akhir: tidak tersedia banding, kasasi, atau peninjauan kembali.",
                "The decision on the keberatan is final: no banding, kasasi or peninjauan kembali lies against it.");
    }

    Step paused(EventType from, LocalDate fromDate, EventType to, LocalDate toDate, long days, LocalDate end) {
        return new Step("Masa " + eventId(from).toLowerCase(Locale.ROOT) + " (" + dateId(fromDate) + ") sampai "
                + eventId(to).toLowerCase(Locale.ROOT) + " (" + dateId(toDate) + ") tidak dihitung: " + days
                + " hari ditambahkan, akhir jangka waktu menjadi " + dateId(end) + ".",
                "The time from " + eventEn(from).toLowerCase(Locale.ROOT) + " (" + dateEn(fromDate) + ") to "
                + eventEn(to).toLowerCase(Locale.ROOT) + " (" + dateEn(toDate) + ") does not count: " + days
                + " days are added, so the period ends on " + dateEn(end) + ".");
    }

    Step pauseRunning(EventType from, LocalDate fromDate, EventType to) {
        return new Step(eventId(from) + " pada " + dateId(fromDate) + " dan belum ada " + to + " (" + eventId(to)
                + "): masa itu tidak dihitung, sehingga batas akhir baru dapat ditentukan setelah peristiwa tersebut.",
                eventEn(from) + " on " + dateEn(fromDate) + " and no " + to + " (" + eventEn(to)
                + ") yet: that time does not count, so the end can be fixed only once that event is known.");
    }
}
