package org.clientele.app;

import org.clientele.core.project.ProjectArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which arguments open the workbench (and on what) and which run a subcommand. */
class MainTest {

    @Test
    void theProjectExtensionIsTheArchiveExtension() {
        assertEquals(ProjectArchive.EXTENSION, Main.PROJECT_EXTENSION);
    }

    @Test
    void aLoneExistingProjectFileOpensTheWorkbench(@TempDir Path dir) throws Exception {
        Path project = Files.createFile(dir.resolve("Spring Campaign.CLIENTELE"));
        assertEquals(project, Main.workbenchFile(project.toString()));
    }

    @Test
    void openFileOpensTheWorkbenchOnIt() {
        assertEquals(Path.of("data.csv"), Main.workbenchFile("open", "data.csv"));
    }

    @Test
    void subcommandsAndMissingProjectsAreLeftToTheCommandLine(@TempDir Path dir) throws Exception {
        assertNull(Main.workbenchFile());
        assertNull(Main.workbenchFile("rfm"));
        assertNull(Main.workbenchFile("--version"));
        assertNull(Main.workbenchFile(dir.resolve("missing.clientele").toString()), "the CLI reports the error");
        Path data = Files.createFile(dir.resolve("data.csv"));
        assertNull(Main.workbenchFile(data.toString()), "only a saved analysis opens without 'open'");
        assertNull(Main.workbenchFile("open", "--help"));
    }
}
