/**
 * The JSON contract (version 1): cases in, answers out, for callers that are not Java. Entry point:
 * {@link id.tenggat.json.TenggatJson}. The JSON Schema files {@code id/tenggat/schema/case.schema.json} and
 * {@code id/tenggat/schema/answer.schema.json} on the class path describe both sides; fields are added, never
 * renamed or removed.
 */
package id.tenggat.json;
