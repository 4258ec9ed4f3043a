/**
 * Answers as iCalendar files (RFC 5545, written with ical4j), so that a clerk or an advocate can import a case's
 * deadlines into Google Calendar or Outlook. Used by the command-line tool and the HTTP service alike.
 */
package id.tenggat.ics;
