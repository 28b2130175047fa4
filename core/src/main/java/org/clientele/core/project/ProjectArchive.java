package org.clientele.core.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;
import org.clientele.core.io.OutputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A {@code .clientele} file: a zip holding {@code project.json} and each saved model's folder under
 * {@code models/NAME/} (JSON and Tribuo protobuf, never Java serialization). Written atomically, so a
 * failed save leaves the previous file intact.
 */
public final class ProjectArchive {

    public static final String EXTENSION = ".clientele";
    static final String PROJECT_JSON = "project.json";
    static final String MODELS = "models/";

    private ProjectArchive() {
    }

    /**
     * @param modelDirs model name → folder a model was saved into; names must match {@code project.models()}
     */
    public static void save(Path target, Project project, Map<String, Path> modelDirs, boolean force) {
        OutputFiles.checkWritable(target, force);
        if (!modelDirs.keySet().equals(new java.util.HashSet<>(project.models()))) {
            throw new IllegalArgumentException("models " + modelDirs.keySet() + " do not match " + project.models());
        }
        OutputFiles.writeAtomically(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(PROJECT_JSON));
            zip.write(Json.write(project).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, Path> model : modelDirs.entrySet()) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(model.getValue())) {
                    files = listing.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    zip.putNextEntry(new ZipEntry(MODELS + model.getKey() + "/" + f.getFileName()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
        });
    }

    /**
     * Reads a project file; its models are unpacked into {@code workDir} (one folder per model).
     *
     * @throws DataFileException when the file is not a project, is damaged, or was written by a newer version
     */
    public static OpenedProject open(Path file, Path workDir) {
        JsonNode json = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(PROJECT_JSON)) {
                    json = Json.mapper().readTree(zip.readAllBytes());
                } else if (e.getName().startsWith(MODELS) && !e.isDirectory()) {
                    unpack(file, zip, workDir, e.getName().substring(MODELS.length()));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataFileException(file, 0, null, "no such file", "Choose an existing " + EXTENSION + " file");
        } catch (ZipException | JacksonException e) {
            throw new DataFileException(file, 0, null, "is damaged or not a Clientele project (" + e.getMessage() + ")",
                    "Open a file saved by Clientele, or the autosaved copy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json == null) {
            throw new DataFileException(file, 0, null, "holds no " + PROJECT_JSON + ", so it is not a Clientele project",
                    "Open a file saved by Clientele");
        }
        Project project = ProjectMigrations.read(file, json);
        for (String model : project.models()) {
            if (!Files.isRegularFile(workDir.resolve(model).resolve("bundle.json"))) {
                throw new DataFileException(file, 0, null, "lacks the saved model '" + model + "'",
                        "Save the analysis again from the workbench");
            }
        }
        return new OpenedProject(file, project, workDir);
    }

    private static void unpack(Path file, InputStream zip, Path workDir, String name) throws IOException {
        Path target = workDir.resolve(name).normalize();
        if (!target.startsWith(workDir.normalize()) || name.split("/").length != 2) {
            throw new DataFileException(file, 0, null, "holds an unexpected entry 'models/" + name + "'",
                    "Open a file saved by Clientele");
        }
        Files.createDirectories(target.getParent());
        Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
