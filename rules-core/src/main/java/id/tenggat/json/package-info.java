/**
 * The JSON contract (version 1): cases in, answers out, for callers that are not Java. Entry point:
 * {@link id.tenggat.json.TenggatJson}. The JSON Schema files {@code id/tenggat/schema/case.schema.json} and
 * {@code id/tenggat/schema/answer.schema.json} on the class path describe both sides; fields are added, never
 * renamed or removed. Added since the first version: an answer's {@code court} (the case's court as the registry knows
 * it, also written by {@link id.tenggat.json.TenggatJson#toJson(id.tenggat.calendar.Court)} for a list of courts) and
 * {@code outOfScope} (no deadlines, because the court's jurisdiction is not modelled for the case's type).
 * Batches of any size are read, answered and written case by case: see
 * {@link id.tenggat.json.CaseReader}, {@link id.tenggat.json.BatchWriter} and
 * {@link id.tenggat.json.TenggatJson#answer(java.util.Iterator, id.tenggat.Tenggat, java.util.function.Function,
 * id.tenggat.json.BatchWriter, int)}.
 */
package id.tenggat.json;
