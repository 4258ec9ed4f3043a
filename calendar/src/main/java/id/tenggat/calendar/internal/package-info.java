/**
 * Helpers the library's modules share. Not part of the public API: types here may change in any release.
 */
package id.tenggat.calendar.internal;
