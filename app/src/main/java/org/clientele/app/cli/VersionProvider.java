package org.clientele.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest, so it never drifts from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"clientele " + version()};
    }

    /** "1.0.0", or "(development build)" when running from classes rather than the jar. */
    static String version() {
        String version = ClienteleCli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
