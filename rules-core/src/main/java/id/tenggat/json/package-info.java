/**
 * The JSON contract (version 1): cases in, answers out, for callers that are not Java. Entry point:
 * {@link id.tenggat.json.TenggatJson}. The JSON Schema files {@code id/tenggat/schema/case.schema.json} and
 * {@code id/tenggat/schema/answer.schema.json} on the class path describe both sides; fields are added, never
 * renamed or removed. Added since the first version: an answer's {@code court} (the case's court as the registry knows
 * it, also written by {@link id.tenggat.json.TenggatJson#toJson(id.tenggat.calendar.Court)} for a list of courts) and
 * {@code outOfScope} (no deadlines, because the court's jurisdiction is not modelled for the case's type).
 */
package id.tenggat.json;
