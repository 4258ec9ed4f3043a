package id.tenggat.calendar;

/** How sure the data of one decree year is. */
enum YearCoverage {
    /** The decree's list as published, after all amendments known. */
    CONFIRMED,
    /** The decree is signed, but some dates (Idul Fitri, Idul Adha) may still move after the isbat. */
    CONFIRMED_PROVISIONAL
}
