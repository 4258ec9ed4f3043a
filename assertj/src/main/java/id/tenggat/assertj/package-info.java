/**
 * AssertJ assertions on tenggat answers, for teams that test their own systems (SIPP extensions, reminders,
 * reports) against the library: start with {@link id.tenggat.assertj.TenggatAssertions#assertThat}. Every failure
 * message names the deadline id, the party, the expected and the actual value.
 */
package id.tenggat.assertj;
