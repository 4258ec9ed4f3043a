package id.tenggat.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"tenggat " + (v == null ? "(development build)" : v)};
    }
}
