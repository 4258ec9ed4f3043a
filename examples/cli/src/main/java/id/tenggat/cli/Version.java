package id.tenggat.cli;

import id.tenggat.Versions;
import picocli.CommandLine.IVersionProvider;

/** The tool's version: the library version it was built with, as every answer names it. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"tenggat " + Versions.library()};
    }
}
