package org.clientele.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientele.core.io.OutputFiles;

/**
 * The catalogue of bundled data sets, and a way to get any of them as a normal file: {@link #extract}
 * copies the resource into a per-user cache directory once and reuses that copy afterwards.
 */
public final class SampleDatasets {

    static final String SYNTHETIC = "synthetic, made by Clientele's seeded generators; CC0 (no rights reserved)";

    private static final List<SampleDataset> ALL = List.of(
            new SampleDataset("online-retail", "online_retail_sample.csv.gz",
                    "Online Retail (UK gift shop, 2010-2011): sample of customers",
                    "All transactions of a random quarter of the customers of a UK online gift retailer, "
                            + "1 Dec 2010 - 9 Dec 2011, with their cancellations, plus a quarter of the invoices "
                            + "that have no customer id. A subset of UCI Online Retail.",
                    SampleDataset.Kind.TRANSACTIONS, 137_809, "CC BY 4.0",
                    "Chen, D. (2015). Online Retail [Dataset]. UCI Machine Learning Repository. "
                            + "https://doi.org/10.24432/C5BW33"),
            new SampleDataset("egov-behaviour", "egov_behaviour.csv",
                    "E-government platform users: behaviour (synthetic)",
                    "One row per user of an e-government platform: sessions a month, session length, "
                            + "services used, support requests, days since last login, uploads, mobile share. "
                            + "Drawn from five hidden user types.",
                    SampleDataset.Kind.CUSTOMERS, 2_000, "CC0 1.0", SYNTHETIC),
            new SampleDataset("egov-behaviour-anonymised", "egov_behaviour_anonymised.csv",
                    "E-government platform users: anonymised features (synthetic)",
                    "Five z-scored anonymous behaviour features (feature_0..feature_4), no id, no labels.",
                    SampleDataset.Kind.CUSTOMERS, 500, "CC0 1.0", SYNTHETIC),
            new SampleDataset("customers-demographics", "customers_demographics.csv",
                    "Customers: demographics and spend (synthetic)",
                    "One row per customer: age, annual income, purchase amount, loyalty score, region, "
                            + "purchase frequency; spend follows stated formulas plus noise.",
                    SampleDataset.Kind.CUSTOMERS, 1_000, "CC0 1.0", SYNTHETIC),
            new SampleDataset("subscriptions", "subscriptions_contracts.csv",
                    "Subscriptions: tenure and churn (synthetic)",
                    "One row per subscriber of a monthly service observed for 24 billing periods: plan, fee, "
                            + "periods subscribed and whether they cancelled, drawn from the shifted-beta-geometric "
                            + "story (sBG in the Lifetime value tab).",
                    SampleDataset.Kind.CUSTOMERS, 2_000, "CC0 1.0", SYNTHETIC));

    private SampleDatasets() {
    }

    public static List<SampleDataset> all() {
        return ALL;
    }

    /** The data set the workbench opens when started without a file: the Online Retail subset. */
    public static SampleDataset defaultDataset() {
        return ALL.get(0);
    }

    public static Optional<SampleDataset> find(String name) {
        return ALL.stream().filter(d -> d.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static SampleDataset get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no bundled data set '" + name
                + "'; choose one of " + ALL.stream().map(SampleDataset::name).collect(Collectors.joining(", "))));
    }

    /** The shipped bytes of a data set; the caller closes the stream. */
    public static InputStream open(String name) {
        SampleDataset dataset = get(name);
        InputStream in = SampleDatasets.class.getResourceAsStream(dataset.resource());
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the build: " + dataset.resource());
        }
        return in;
    }

    /** Copies the named data set into the user's cache directory (once) and returns the file. */
    public static Path extract(String name) {
        return extract(name, cacheDir());
    }

    /**
     * Copies the named data set into {@code dir}, or reuses the copy already there when its bytes are
     * identical to the shipped ones (a changed or truncated copy is replaced).
     */
    public static Path extract(String name, Path dir) {
        SampleDataset dataset = get(name);
        Path target = dir.resolve(dataset.fileName());
        try {
            byte[] shipped;
            try (InputStream in = open(name)) {
                shipped = in.readAllBytes();
            }
            if (Files.isRegularFile(target) && Files.size(target) == shipped.length
                    && MessageDigest.isEqual(sha256(Files.readAllBytes(target)), sha256(shipped))) {
                return target;
            }
            OutputFiles.writeAtomically(target, out -> out.write(shipped));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code $XDG_CACHE_HOME/clientele/samples}, else {@code ~/.cache/clientele/samples}; the system
     * temporary directory when neither can be created.
     */
    public static Path cacheDir() {
        return cacheDir(System.getenv(), System.getProperty("user.home"), System.getProperty("java.io.tmpdir"));
    }

    static Path cacheDir(Map<String, String> env, String home, String tmp) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            Path dir = usable(Path.of(xdg, "clientele", "samples"));
            if (dir != null) {
                return dir;
            }
        }
        if (home != null && !home.isBlank()) {
            Path dir = usable(Path.of(home, ".cache", "clientele", "samples"));
            if (dir != null) {
                return dir;
            }
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = usable(Path.of(tmp, "clientele-samples-" + user));
        if (dir == null) {
            throw new UncheckedIOException(new IOException("no writable directory for sample data: tried "
                    + "$XDG_CACHE_HOME, ~/.cache and " + tmp));
        }
        return dir;
    }

    private static Path usable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? dir : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
