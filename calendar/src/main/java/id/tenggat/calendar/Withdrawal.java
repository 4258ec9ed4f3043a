package id.tenggat.calendar;

import java.time.LocalDate;

/** A decreed day that an amendment withdrew: the date becomes an ordinary day again (unless a weekend). */
record Withdrawal(LocalDate date, String name, Source source, String note) {
}
