package id.tenggat.engine;

/** Where counting starts, relative to the trigger day. */
public enum Start {
    /** The trigger day is not counted: day 1 is the day after ("terhitung keesokan harinya"). */
    NEXT_DAY,
    /** The trigger day is day 1 (detention orders "terhitung mulai tanggal ... sampai dengan ..."). */
    SAME_DAY,
    /** Counted backwards from the trigger day: the due day lies before it. */
    BACKWARD
}
