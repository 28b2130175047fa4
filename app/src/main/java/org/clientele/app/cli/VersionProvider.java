package org.clientele.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest, so it never drifts from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ClienteleCli.class.getPackage().getImplementationVersion();
        return new String[] {"clientele " + (version == null ? "(development build)" : version)};
    }
}
