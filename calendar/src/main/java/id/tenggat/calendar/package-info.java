/**
 * The Indonesian court calendar: which days are working days, why a day is not, and working-day arithmetic.
 */
package id.tenggat.calendar;
