import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Clientele's self-contained app image and installer with the JDK's own tools (run by
 * {@code ./mvnw -Pinstaller package}, or by hand: {@code java app/src/installer/Packager.java TARGET VERSION TYPE}).
 * <ol>
 * <li>jdeps lists the JDK modules the application's jars use; jlink makes a runtime of only those;</li>
 * <li>jpackage makes the app image: that runtime, every jar on the classpath (the app does not run as
 * modules: xgboost4j_2.12 has no valid module name), the icon, and the launcher {@code bin/Clientele};</li>
 * <li>start-up archives (AppCDS): the runtime gets the JDK's default class archive, and the image an
 * archive of the application classes that {@code segment} loads on the bundled sample (which reads a
 * transaction log as {@code rfm} does), which the launcher is told to map;</li>
 * <li>unless TYPE is {@code app-image}, jpackage turns the image into this system's installer (deb or
 * rpm, msi, dmg) that registers .clientele files.</li>
 * </ol>
 * Written as one source file so it needs nothing but the JDK that builds the project, on every system.
 */
public final class Packager {

    static final String NAME = "Clientele";
    static final String MAIN_CLASS = "org.clientele.app.Main";
    /** Used by code the static analysis cannot see: charsets of users' CSV files, zip file systems. */
    static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.zipfs", "jdk.localedata",
            "jdk.crypto.ec", "jdk.unsupported.desktop");
    /** An archive made for other paths or another runtime is ignored: say nothing about it to users. */
    static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path target;
    private final String version;
    private final Path work;
    private final Path sources;
    private final boolean windows = os().startsWith("win");
    private final boolean mac = os().startsWith("mac");

    Packager(Path target, String version, Path sources) {
        this.target = target;
        this.version = version;
        this.work = target.resolve("installer");
        this.sources = sources;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java Packager.java APP_TARGET_DIR VERSION app-image|installer|deb|rpm|msi|exe|dmg|pkg");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        Packager packager = new Packager(target, numericVersion(args[1]), installerSources(target));
        Path image = packager.appImage();
        System.out.println("App image: " + image);
        String type = args[2];
        if (!type.equals("app-image")) {
            for (String t : type.equals("installer") ? packager.nativeTypes() : List.of(type)) {
                packager.installer(image, t);
            }
        }
    }

    /** app/src/installer beside app/target. */
    static Path installerSources(Path target) {
        return target.getParent().resolve("src").resolve("installer");
    }

    /** jpackage wants 1.2.3: the Maven version without -SNAPSHOT and the like. */
    static String numericVersion(String mavenVersion) {
        String v = mavenVersion.replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
        return v.isEmpty() ? "1.0.0" : v;
    }

    static String os() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT);
    }

    List<String> nativeTypes() {
        if (windows) {
            return List.of("msi");
        }
        if (mac) {
            return List.of("dmg");
        }
        List<String> types = new ArrayList<>();
        if (onPath("dpkg-deb") && onPath("fakeroot")) {
            types.add("deb");
        }
        if (onPath("rpmbuild")) {
            types.add("rpm");
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("no Linux package tool: install dpkg-deb and fakeroot (deb) or rpmbuild (rpm)");
        }
        return types;
    }

    Path appImage() throws Exception {
        Path input = work.resolve("input");
        List<Path> jars = jars(input);
        Files.copy(appJar(), input.resolve(appJar().getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        jars = jars(input);
        Path runtime = work.resolve("runtime");
        deleteTree(runtime);
        Set<String> modules = jdkModules(jars);
        modules.addAll(EXTRA_MODULES);
        System.out.println("JDK modules: " + String.join(",", modules));
        run("jlink", "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--output", runtime.toString());
        // jlink (17) writes no class data archive: without one every JDK class would be parsed at start-up.
        exec(Map.of(), work, 300, List.of(runtime.resolve("bin").resolve(windows ? "java.exe" : "java").toString(),
                "-Xshare:dump"));

        Path images = work.resolve("image");
        deleteTree(images);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", "Clientele contributors",
                "--description", "Customer segmentation and customer-value prediction on your own machine",
                "--input", input.toString(), "--main-jar", mainJar(jars).getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(),
                "--icon", icon().toString(), "--dest", images.toString()));
        if (windows) {
            // The GUI launcher has no console; this one prints the command line's output.
            Path console = work.resolve("clientele-console.properties");
            Files.writeString(console, "win-console=true\n");
            args.addAll(List.of("--add-launcher", "clientele=" + console));
        }
        run("jpackage", args.toArray(String[]::new));
        Path image = images.resolve(mac ? NAME + ".app" : NAME);
        trainStartupArchive(image, sampleData(jars));
        return image;
    }

    void installer(Path image, String type) throws Exception {
        Path dest = work.resolve("dist");
        Files.createDirectories(dest);
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--name", NAME, "--app-version", version, "--vendor", "Clientele contributors",
                "--description", "Customer segmentation and customer-value prediction on your own machine",
                "--file-associations", sources.resolve("clientele.properties").toString(),
                "--dest", dest.toString()));
        if (type.equals("deb") || type.equals("rpm")) {
            args.addAll(List.of("--linux-shortcut", "--linux-menu-group", "Office", "--linux-package-name", "clientele",
                    "--linux-app-category", type.equals("deb") ? "misc" : "Applications/Productivity"));
            // The package's post-install step re-trains the start-up archive at the installed paths.
            args.addAll(List.of("--resource-dir", LinuxScripts.write(work.resolve("resources-" + type), type)
                    .toString()));
        } else if (type.equals("msi") || type.equals("exe")) {
            args.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install"));
        }
        run("jpackage", args.toArray(String[]::new));
        try (Stream<Path> made = Files.list(dest)) {
            made.forEach(p -> System.out.println("Installer: " + p));
        }
    }

    /**
     * Runs {@code segment} on the bundled sample through the image's own launcher (so the class path is
     * exactly the launcher's) with the archive dumped at exit, then adds the archive to the launcher's
     * options. If the image is moved, the JVM finds other paths, ignores this archive silently and keeps
     * the runtime's archive of JDK classes; the Linux packages re-train it at the installed place.
     */
    void trainStartupArchive(Path image, Path sampleJar) throws Exception {
        Path appDir = appDir(image);
        Path archive = appDir.resolve("clientele.jsa");
        Path dir = Files.createTempDirectory(work, "training");
        Path sample = dir.resolve("online_retail_sample.csv.gz");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(sampleJar.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry("org/clientele/sample/online_retail_sample.csv.gz");
            try (var in = zip.getInputStream(entry)) {
                Files.copy(in, sample);
            }
        }
        exec(Map.of("JAVA_TOOL_OPTIONS", "-XX:ArchiveClassesAtExit=" + archive + " " + String.join(" ", QUIET_CDS)),
                dir, 600, List.of(launcher(image).toString(), "segment", sample.toString(), "--out",
                        dir.resolve("segments").toString(), "--k-max", "4", "--bootstrap", "2", "--restarts", "2"));
        deleteTree(dir);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run wrote no start-up archive " + archive);
        }
        Path cfg = appDir.resolve(NAME + ".cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int options = lines.indexOf("[JavaOptions]");
        if (options < 0) {
            lines.add("[JavaOptions]");
            options = lines.size() - 1;
        }
        List<String> cds = new ArrayList<>(List.of("java-options=-XX:SharedArchiveFile=$APPDIR/clientele.jsa"));
        QUIET_CDS.forEach(o -> cds.add("java-options=" + o));
        lines.addAll(options + 1, cds);
        Files.write(cfg, lines);
        if (!windows && !mac) {
            Path retrain = appDir.resolve("retrain-startup-archive.sh");
            Files.copy(sources.resolve("retrain-startup-archive.sh"), retrain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            retrain.toFile().setExecutable(true, false);
        }
        System.out.println("Start-up archive: " + archive + " (" + Files.size(archive) / 1024 + " KB)");
    }

    private Path appJar() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("clientele-app-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no clientele-app jar in " + target));
        }
    }

    /** The application jar and its runtime dependencies, copied by Maven into target/installer/input. */
    private List<Path> jars(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalStateException(input + " is missing: run ./mvnw -Pinstaller package");
        }
        try (Stream<Path> files = Files.list(input)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Path mainJar(List<Path> jars) {
        return jars.stream().filter(p -> p.getFileName().toString().startsWith("clientele-app-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("clientele-app jar not in the input folder"));
    }

    private static Path sampleData(List<Path> jars) {
        return jars.stream().filter(p -> p.getFileName().toString().startsWith("clientele-sample-data-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("clientele-sample-data jar not in the input folder"));
    }

    private Path icon() throws Exception {
        if (windows) {
            return sources.resolve("clientele.ico");
        }
        if (mac) {
            return MacIcon.make(sources.resolve("clientele.png"), work.resolve("clientele.icns"));
        }
        return sources.resolve("clientele.png");
    }

    Path launcher(Path image) {
        if (windows) {
            return image.resolve("clientele.exe");
        }
        return mac ? image.resolve("Contents/MacOS/" + NAME) : image.resolve("bin/" + NAME);
    }

    Path appDir(Path image) {
        return mac ? image.resolve("Contents/app") : image.resolve(windows ? "app" : "lib/app");
    }

    /**
     * The JDK modules the jars need: jdeps for plain jars; for modular jars (whose missing neighbours make
     * jdeps stop) the JDK modules their descriptors require.
     */
    static Set<String> jdkModules(List<Path> jars) throws IOException {
        Set<String> jdk = new TreeSet<>();
        ModuleFinder.ofSystem().findAll().forEach(m -> jdk.add(m.descriptor().name()));
        Set<String> needed = new TreeSet<>(Set.of("java.base"));
        List<String> plain = new ArrayList<>();
        for (Path jar : jars) {
            ModuleDescriptor descriptor = declaredModule(jar);
            if (descriptor == null) {
                plain.add(jar.toString());
            } else {
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).filter(jdk::contains)
                        .forEach(needed::add);
            }
        }
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "-q"));
        args.addAll(plain);
        StringWriter out = new StringWriter();
        int code = tool("jdeps").run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("jdeps failed: " + out);
        }
        for (String m : out.toString().trim().split("[,\\s]+")) {
            if (jdk.contains(m)) {
                needed.add(m);
            }
        }
        return needed;
    }

    /** The jar's module-info (also under META-INF/versions), or null for a plain jar. */
    static ModuleDescriptor declaredModule(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry("module-info.class");
            for (int v = 9; entry == null && v <= 17; v++) {
                entry = zip.getEntry("META-INF/versions/" + v + "/module-info.class");
            }
            if (entry == null) {
                return null;
            }
            try (var in = zip.getInputStream(entry)) {
                return ModuleDescriptor.read(in);
            }
        }
    }

    static ToolProvider tool(String name) {
        return ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in this JDK (" + System.getProperty("java.home") + "): build with a full JDK 17+"));
    }

    static void run(String tool, String... args) {
        System.out.println("> " + tool + " " + String.join(" ", args));
        int code = tool(tool).run(System.out, System.err, args);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Runs a program, fails on a non-zero exit or after the time limit; returns what it printed. */
    static String exec(Map<String, String> env, Path dir, long seconds, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile("clientele-packager", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (!done) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
        return output;
    }
}

/**
 * The Linux packages' post-install script (jpackage's, plus re-training the start-up archive) and menu entry:
 * deb's postinst or rpm's spec (whose %post is the same step), and the .desktop file for both.
 */
final class LinuxScripts {

    private static final String RESOURCES = "/modules/jdk.jpackage/jdk/jpackage/internal/resources/";

    private LinuxScripts() {
    }

    /** A jpackage resource folder (--resource-dir) for a deb or rpm package. */
    static Path write(Path dir, String type) throws IOException {
        Files.createDirectories(dir);
        if (!type.equals("deb") && !type.equals("rpm")) {
            return dir;
        }
        java.nio.file.FileSystem jrt = java.nio.file.FileSystems.getFileSystem(java.net.URI.create("jrt:/"));
        String retrain = String.join("\n",
                "DESKTOP_COMMANDS_INSTALL",
                "    # The start-up archive was made at the build's paths: make it again at the installed ones.",
                "    # Never fails the installation: without an archive Clientele only starts more slowly.",
                "    sh /opt/clientele/lib/app/retrain-startup-archive.sh >/dev/null 2>&1 || true");
        // deb reads the script as "postinst"; rpm's %post is in the spec, named after the package.
        String template = type.equals("deb") ? "template.postinst" : "template.spec";
        String script = Files.readString(jrt.getPath(RESOURCES + template));
        if (!script.contains("DESKTOP_COMMANDS_INSTALL")) {
            throw new IllegalStateException("jpackage's " + template + " changed; update LinuxScripts");
        }
        Files.writeString(dir.resolve(type.equals("deb") ? "postinst" : "clientele.spec"),
                script.replace("DESKTOP_COMMANDS_INSTALL", retrain));
        // jpackage's menu entry starts the launcher without the file: %f passes the double-clicked .clientele.
        String desktop = Files.readString(jrt.getPath(RESOURCES + "template.desktop"));
        if (!desktop.contains("Exec=APPLICATION_LAUNCHER\n")) {
            throw new IllegalStateException("jpackage's desktop template changed; update LinuxScripts");
        }
        Files.writeString(dir.resolve(Packager.NAME + ".desktop"),
                desktop.replace("Exec=APPLICATION_LAUNCHER\n", "Exec=APPLICATION_LAUNCHER %f\n"));
        return dir;
    }
}

/** macOS wants an .icns icon: made from the PNG with the system's sips and iconutil. */
final class MacIcon {

    private MacIcon() {
    }

    static Path make(Path png, Path icns) throws Exception {
        Path set = icns.resolveSibling("clientele.iconset");
        Packager.deleteTree(set);
        Files.createDirectories(set);
        for (int size : new int[] {16, 32, 128, 256}) {
            for (int scale : new int[] {1, 2}) {
                String name = "icon_" + size + "x" + size + (scale == 2 ? "@2x" : "") + ".png";
                Packager.exec(Map.of(), set, 60, List.of("sips", "-z", String.valueOf(size * scale),
                        String.valueOf(size * scale), png.toString(), "--out", set.resolve(name).toString()));
            }
        }
        Packager.exec(Map.of(), set.getParent(), 60, List.of("iconutil", "-c", "icns", set.toString(), "-o", icns.toString()));
        return icns;
    }
}
