package org.clientele.app.cli;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * segment, train and predict on a semicolon-separated customer table nobody prepared: text categories,
 * integer channel codes, an enrolment date and a year of birth; predict meets levels training never saw.
 */
class CategoricalCliTest {

    @TempDir
    static Path dir;
    static Path customers;

    @BeforeAll
    static void write() throws IOException {
        Random rnd = new Random(17);
        StringBuilder sb = new StringBuilder("ID;Year_Birth;Education;Marital_Status;Dt_Customer;Channel;Fresh;Grocery\n");
        String[] edu = {"Graduation", "PhD", "Master"};
        String[] marital = {"Married", "Together", "Single"};
        for (int i = 0; i < 300; i++) {
            int channel = rnd.nextDouble() < 0.35 ? 2 : 1;
            sb.append(5000 + i).append(';').append(1950 + rnd.nextInt(45)).append(';').append(edu[rnd.nextInt(3)])
                    .append(';').append(i == 3 ? "YOLO" : marital[rnd.nextInt(3)]).append(';')
                    .append(LocalDate.of(2012, 8, 1).plusDays(rnd.nextInt(600))).append(';').append(channel).append(';')
                    .append(Math.round(Math.exp(8 + rnd.nextGaussian() * 0.5))).append(';')
                    .append(Math.round(Math.exp(8 + rnd.nextGaussian() * 0.3 + (channel == 2 ? 1.2 : 0)))).append('\n');
        }
        customers = Files.writeString(dir.resolve("customers.csv"), sb);
    }

    @Test
    void segmentShowsTheChannelMixOfEachSegment() {
        CliRun run = CliRun.of("segment", customers, "--out", dir.resolve("seg"), "--k", "2", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Mix: Channel "), run::toString);
    }

    @Test
    void predictReadsANewLevelAsTheReferenceOrOtherWithAWarning() throws IOException {
        Path model = dir.resolve("model");
        CliRun train = CliRun.of("train", customers, "--target", "Grocery", "--out", model, "--models", "mean,linear",
                "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        assertTrue(train.out().contains("Note: tenure_days = days from Dt_Customer"), train::toString);
        assertTrue(train.out().contains("Note: age = "), train::toString);
        assertTrue(train.out().contains("one-hot(Channel"), train::toString);

        Path fresh = Files.writeString(dir.resolve("new.csv"),
                "ID;Year_Birth;Education;Marital_Status;Dt_Customer;Channel;Fresh;Grocery\n"
                        + "9001;1971;Doctorate;Married;2013-05-01;3;2000;\n");
        Path out = dir.resolve("predictions.csv");
        CliRun predict = CliRun.of("predict", model, fresh, "--out", out);
        assertEquals(0, predict.exitCode(), predict::toString);
        assertTrue(predict.err().contains("'Education' the model never saw"), predict::toString);
        assertTrue(predict.err().contains("'Channel' the model never saw"), predict::toString);
        List<CSVRecord> rows = CliRun.csv(out);
        assertEquals(1, rows.size());
        assertTrue(Double.isFinite(Double.parseDouble(rows.get(0).get("prediction"))));
    }
}
