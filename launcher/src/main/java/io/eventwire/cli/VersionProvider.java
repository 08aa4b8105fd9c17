package io.eventwire.cli;

import picocli.CommandLine;

/** The version from the launcher jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Eventwire.class.getPackage().getImplementationVersion();
        return new String[]{"eventwire " + (version == null ? "development" : version)};
    }
}
