/**
 * Reads a court's SIPP database read-only and answers every case in it: {@link id.tenggat.sipp.SippReader} is the
 * entry point. How SIPP's tables and codes become the library's cases is decided in one place, the package
 * {@link id.tenggat.sipp.mapping}, and written down in the module's {@code MAPPING.md}.
 */
package id.tenggat.sipp;
