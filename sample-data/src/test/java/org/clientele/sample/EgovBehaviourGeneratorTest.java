package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EgovBehaviourGeneratorTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        Path c = tmp.resolve("c.csv");
        EgovBehaviourGenerator.write(a, 300, 11, Progress.NONE);
        EgovBehaviourGenerator.write(b, 300, 11, Progress.NONE);
        EgovBehaviourGenerator.write(c, 300, 12, Progress.NONE);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void shippedFilesAreWhatTheGeneratorMakesWithSeed42(@TempDir Path tmp) throws IOException {
        Path main = tmp.resolve("egov_behaviour.csv");
        Path anonymised = tmp.resolve("egov_behaviour_anonymised.csv");
        EgovBehaviourGenerator.write(main, 2000, 42, Progress.NONE);
        EgovBehaviourGenerator.writeAnonymised(anonymised, 500, 42, Progress.NONE);
        assertArrayEquals(shipped("egov-behaviour"), Files.readAllBytes(main));
        assertArrayEquals(shipped("egov-behaviour-anonymised"), Files.readAllBytes(anonymised));
    }

    @Test
    void tablesHaveTheDocumentedShape(@TempDir Path tmp) throws IOException {
        Path main = tmp.resolve("m.csv");
        EgovBehaviourGenerator.write(main, 1000, 3, Progress.NONE);
        assertEquals(List.of(EgovBehaviourGenerator.COLUMNS), TestFiles.header(main));
        List<CSVRecord> rows = TestFiles.records(main);
        assertEquals(1000, rows.size());
        for (CSVRecord r : rows) {
            double mobile = Double.parseDouble(r.get("mobile_share"));
            int services = Integer.parseInt(r.get("services_used"));
            int days = Integer.parseInt(r.get("days_since_last_login"));
            assertTrue(mobile >= 0 && mobile <= 1);
            assertTrue(services >= 1 && services <= EgovBehaviourGenerator.PLATFORM_SERVICES);
            assertTrue(days >= 0 && days <= 365);
            assertTrue(Double.parseDouble(r.get("interaction_frequency")) >= 0);
        }

        Path anonymised = tmp.resolve("a.csv");
        EgovBehaviourGenerator.writeAnonymised(anonymised, 500, 3, Progress.NONE);
        assertEquals(List.of("feature_0", "feature_1", "feature_2", "feature_3", "feature_4"), TestFiles.header(anonymised));
        List<CSVRecord> z = TestFiles.records(anonymised);
        assertEquals(500, z.size());
        for (int j = 0; j < 5; j++) {
            double sum = 0;
            double sumSq = 0;
            for (CSVRecord r : z) {
                double v = Double.parseDouble(r.get(j));
                sum += v;
                sumSq += v * v;
            }
            assertEquals(0, sum / z.size(), 1e-9, "mean of feature_" + j);
            assertEquals(1, sumSq / z.size(), 1e-9, "population variance of feature_" + j);
        }
    }

    /** The user types differ where their profiles say they do, by many within-type standard deviations. */
    @Test
    void latentTypesAreSeparatedInTheBehaviours() {
        EgovBehaviourGenerator generator = new EgovBehaviourGenerator(2024);
        Map<EgovUserType, double[]> sums = new EnumMap<>(EgovUserType.class);
        Map<EgovUserType, Integer> counts = new EnumMap<>(EgovUserType.class);
        int n = 5000;
        EgovUser[] users = new EgovUser[n];
        for (int i = 0; i < n; i++) {
            users[i] = generator.next();
            double[] x = users[i].anonymisedFeatures();
            double[] s = sums.computeIfAbsent(users[i].type(), t -> new double[5]);
            for (int j = 0; j < 5; j++) {
                s[j] += x[j];
            }
            counts.merge(users[i].type(), 1, Integer::sum);
        }
        for (EgovUserType type : EgovUserType.values()) {
            assertEquals(type.share(), counts.get(type) / (double) n, 0.03, "share of " + type);
        }
        Map<EgovUserType, double[]> centroids = new EnumMap<>(EgovUserType.class);
        sums.forEach((type, s) -> centroids.put(type, Arrays.stream(s).map(v -> v / counts.get(type)).toArray()));

        // log1p(days since login): dormant users are far above power users.
        assertTrue(centroids.get(EgovUserType.DORMANT)[1] - centroids.get(EgovUserType.POWER_USER)[1] > 3);
        // log1p(support requests): support-heavy users stand out.
        for (EgovUserType other : EgovUserType.values()) {
            if (other != EgovUserType.SUPPORT_HEAVY) {
                assertTrue(centroids.get(EgovUserType.SUPPORT_HEAVY)[3] - centroids.get(other)[3] > 0.8, other.name());
            }
        }
        // Mobile share: mobile-first users stand out.
        assertTrue(centroids.get(EgovUserType.MOBILE_FIRST)[4] - centroids.get(EgovUserType.FORM_FILLER)[4] > 0.25);

        // Structure a segmentation can find: assigning each user to the nearest true type centre
        // (in the five anonymised features) recovers the hidden type for the large majority.
        int correct = 0;
        for (EgovUser u : users) {
            double[] x = u.anonymisedFeatures();
            EgovUserType best = null;
            double bestDistance = Double.MAX_VALUE;
            for (Map.Entry<EgovUserType, double[]> e : centroids.entrySet()) {
                double d = 0;
                for (int j = 0; j < 5; j++) {
                    d += (x[j] - e.getValue()[j]) * (x[j] - e.getValue()[j]);
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.getKey();
                }
            }
            if (best == u.type()) {
                correct++;
            }
        }
        assertTrue(correct > 0.85 * n, "nearest-centre recovery " + correct + " of " + n);
    }

    static byte[] shipped(String name) throws IOException {
        try (InputStream in = SampleDatasets.open(name)) {
            return in.readAllBytes();
        }
    }
}
