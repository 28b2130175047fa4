package org.clientele.core.segment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.features.FeatureInput;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SegmenterTest {

    /** ../shared/data beside the repository, found by walking up from the working directory; null if absent. */
    static Path sharedData() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static FeatureInput readBehaviour() throws IOException {
        Path data = sharedData();
        assumeTrue(data != null && Files.exists(data.resolve("customer_behavior_unsupervised.csv")),
                "shared/data/customer_behavior_unsupervised.csv not present");
        try (Reader in = Files.newBufferedReader(data.resolve("customer_behavior_unsupervised.csv"));
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> names = csv.getHeaderNames();
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord r : csv) {
                double[] row = new double[names.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(r.get(j));
                }
                rows.add(row);
            }
            return FeatureInput.ofRows(names, rows.toArray(new double[0][]));
        }
    }

    @Test
    void kMeansSweepFindsTheFourGroupsOfTheBehaviourData() throws IOException {
        FeatureInput in = readBehaviour();
        AtomicInteger updates = new AtomicInteger();
        Progress counting = new Progress() {
            @Override public void update(double fraction, String message) { updates.incrementAndGet(); }
            @Override public boolean isCancelled() { return false; }
        };
        SegmentationResult r = Segmenter.run(in, SegmentOptions.DEFAULT, counting);
        // scikit-learn 1.2 (KMeans n_init=10) on the same file: silhouette k=2..6 .4523 .5973 .7309 .6004 .4689
        assertEquals(4, r.k());
        // every index agrees on these well-separated groups, and the sentence says so
        assertEquals("elbow+gap+silhouette", r.kChosenBy());
        assertEquals("k = 4 of 3–8: the elbow, the gap statistic's choice and the best silhouette (0.73), "
                + "stable at 1.00 (bootstrap ARI).", r.kChoice().sentence());
        assertEquals(6, r.sweep().size(), "the default range is 3..8");
        double[] sk = {0.5973, 0.7309, 0.6004, 0.4689};
        for (int i = 0; i < sk.length; i++) {
            assertEquals(sk[i], r.sweep().get(i).silhouette(), 0.01, "k=" + (i + 3));
        }
        assertEquals(4, r.kChoice().gapK());
        assertTrue(r.sweep().stream().allMatch(p -> !Double.isNaN(p.gap()) && !Double.isNaN(p.stability())));
        assertEquals(4, r.stability().segmentJaccard().length);
        for (double j : r.stability().segmentJaccard()) {
            assertTrue(j > 0.95, "each of the four groups is stable: " + j);
        }
        assertEquals(0.7309, r.silhouette(), 0.005);
        assertEquals(200.39, r.chosen().inertia(), 1.0);
        assertEquals(0.3836, r.chosen().daviesBouldin(), 0.01);
        assertEquals(1897.36, r.chosen().calinskiHarabasz(), 5);
        assertEquals(4, r.elbowK());
        assertTrue(r.stability().meanAri() > 0.95, "stable: " + r.stability());
        assertEquals(10, r.stability().resamples());
        assertEquals(500, r.labels().length);
        int[] sizes = r.sizes();
        for (int c = 1; c < sizes.length; c++) {
            assertTrue(sizes[c - 1] >= sizes[c], "segments numbered by size");
        }
        assertEquals(4, r.centroids().length);
        assertEquals(5, r.features().size());
        assertEquals(3, r.pca().components());
        assertEquals(500, r.pca().coordinates().length);
        assertTrue(Arrays.stream(r.confidence()).allMatch(c -> c >= 0 && c <= 1));
        assertNull(r.memberships());
        assertEquals(0, r.outliers());
        assertTrue(updates.get() > 9, "progress reported per k");
        // the result in three parts: the fit, the metrics and the transformed data
        assertSame(r.fit().labels(), r.labels());
        assertEquals(r.metrics().silhouette(), r.silhouette());
        assertSame(r.data().transformed(), r.transformed());
        assertSame(r.fit().kChoice(), r.kChoice());
        // same seed, same answer
        assertArrayEquals(r.labels(), Segmenter.run(in, SegmentOptions.DEFAULT, Progress.NONE).labels());
    }

    @Test
    void otherAlgorithmsAgreeOnTheBehaviourData() throws IOException {
        FeatureInput in = readBehaviour();
        SegmentationResult kmeans = Segmenter.run(in, SegmentOptions.DEFAULT.withBootstrap(0), Progress.NONE);
        SegmentationResult gmm = Segmenter.run(in, SegmentOptions.DEFAULT.withAlgorithm(Algorithm.GMM)
                .withRestarts(3).withBootstrap(2), Progress.NONE);
        assertEquals(4, gmm.k());
        assertTrue(gmm.kChosenBy().contains("bic"), gmm.kChosenBy());
        // scikit-learn GaussianMixture BIC k=2..5: 3490.8 2524.2 1957.1 2059.2
        assertEquals(1957.1, gmm.chosen().bic(), 20);
        assertNotNull(gmm.memberships());
        assertTrue(AdjustedRandIndex.of(kmeans.labels(), gmm.labels()) > 0.95);
        assertEquals(2, gmm.stability().resamples());

        SegmentationResult ward = Segmenter.run(in, SegmentOptions.DEFAULT.withAlgorithm(Algorithm.WARD)
                .withBootstrap(0), Progress.NONE);
        assertEquals(4, ward.k());
        assertEquals(0.7309, ward.silhouette(), 0.01); // scikit-learn AgglomerativeClustering(ward), k=4
        assertTrue(Double.isNaN(ward.stability().meanAri()));

        SegmentationResult hdb = Segmenter.run(in, SegmentOptions.DEFAULT.withAlgorithm(Algorithm.HDBSCAN),
                Progress.NONE);
        assertEquals("density", hdb.kChosenBy());
        assertEquals(4, hdb.k());
        assertEquals(hdb.outliers(), Arrays.stream(hdb.labels()).filter(l -> l == -1).count());

        SegmentationResult user = Segmenter.run(in, SegmentOptions.DEFAULT.withK(3).withBootstrap(0), Progress.NONE);
        assertEquals(3, user.k());
        assertEquals("user", user.kChosenBy());
        assertEquals(1, user.sweep().size());
        // the result serialises with the project's JSON mapper (NaN -> null) and the pipeline reads back
        String json = org.clientele.core.io.Json.write(user);
        assertTrue(json.contains("\"kChosenBy\" : \"user\""), json.substring(0, 200));
        assertTrue(json.contains("\"meanAri\" : null"));
        org.clientele.core.features.FittedFeaturePipeline back =
                org.clientele.core.features.FittedFeaturePipeline.fromJson(user.pipeline().toJson());
        assertEquals(user.features(), back.featureNames());
    }

    @Test
    void consensusOfTheThreeAlgorithmsKeepsTheFourGroups() throws IOException {
        FeatureInput in = readBehaviour();
        SegmentationResult r = Segmenter.run(in, SegmentOptions.DEFAULT.withAlgorithm(Algorithm.CONSENSUS)
                .withRestarts(3).withBootstrap(3), Progress.NONE);
        assertEquals(4, r.k());
        assertEquals(Algorithm.CONSENSUS, r.algorithm());
        ConsensusSummary c = r.consensus();
        assertEquals(List.of("kmeans", "gmm", "ward"), c.algorithms());
        assertEquals(3, c.pairwiseAri().size());
        assertTrue(c.pairwiseAri().stream().allMatch(p -> p.ari() > 0.95), c.pairwiseAri().toString());
        assertEquals(4, c.segmentAgreement().length);
        for (int s = 0; s < 4; s++) {
            assertTrue(c.segment(s) > 0.95, "segment " + s + " agreement " + c.segment(s));
            assertTrue(r.stability().segment(s) > 0.95, "segment " + s + " stability " + r.stability().segment(s));
        }
        assertTrue(SegmentSolidity.of(r, 0).contains("the algorithms agree"), SegmentSolidity.of(r, 0));
    }

    @Test
    void stopsWhenCancelled() {
        double[][] rows = SegmentBenchmark.blobs(2000, 3, 4, 1);
        FeatureInput in = FeatureInput.ofRows(List.of("a", "b", "c"), rows);
        Progress cancelled = new Progress() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> Segmenter.run(in, SegmentOptions.DEFAULT, cancelled));
    }

    @Test
    void samplesTheSilhouetteOnLargeInputs() {
        double[][] rows = SegmentBenchmark.blobs(12_000, 2, 3, 2);
        FeatureInput in = FeatureInput.ofRows(List.of("a", "b"), rows);
        SegmentationResult res = Segmenter.run(in, SegmentOptions.DEFAULT.withRange(2, 4).withRestarts(2)
                .withBootstrap(2), Progress.NONE);
        assertTrue(res.silhouetteSampled());
        assertEquals(10_000, res.silhouetteSampleSize());
    }
}
