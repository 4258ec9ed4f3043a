/**
 * SIPP rows to {@link id.tenggat.model.CourtCase}s: which column means which event, what an empty or zero date means,
 * how SIPP's codes map to case types, parties, detention stages and officials. Every decision here is documented in
 * the module's {@code MAPPING.md}; a row that cannot be mapped becomes a {@link id.tenggat.sipp.mapping.Problem}.
 */
package id.tenggat.sipp.mapping;
