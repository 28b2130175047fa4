package org.clientele.core.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Seeded synthetic customer tables shaped like the real ones Clientele meets: tab-separated with text
 * categories (Education, Marital_Status with rare levels), a date of enrolment, a year of birth, counts
 * (Kidhome), 0/1 flags, and integer codes (Channel 1/2, Region 1/2/3) whose level drives spend.
 */
final class MarketingLikeTable {

    static final String[] EDUCATION = {"Graduation", "PhD", "Master", "Basic"};
    static final String[] MARITAL = {"Married", "Together", "Single", "Divorced"};

    private MarketingLikeTable() {
    }

    /**
     * {@code rows} customers; Channel 2 customers spend about three times as much on Grocery, PhDs buy more
     * wine, and 3 rows have the rare statuses "YOLO" and "Absurd" (below 1 %).
     */
    static Path write(Path dir, String name, int rows, long seed, char sep) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(String.join(String.valueOf(sep), "ID", "Year_Birth", "Education",
                "Marital_Status", "Income", "Kidhome", "Dt_Customer", "Channel", "Region", "MntWines", "Grocery",
                "Response", "Note")).append('\n');
        LocalDate start = LocalDate.of(2012, 7, 30);
        for (int i = 0; i < rows; i++) {
            int channel = rnd.nextDouble() < 0.35 ? 2 : 1;
            int region = 1 + rnd.nextInt(3);
            String edu = EDUCATION[pick(rnd, 0.5, 0.25, 0.2)];
            String marital = i == 7 ? "YOLO" : i == 11 || i == 19 ? "Absurd" : MARITAL[pick(rnd, 0.4, 0.3, 0.2)];
            double income = 30000 + 40000 * rnd.nextDouble() + (edu.equals("PhD") ? 10000 : 0);
            int wines = (int) Math.round(Math.exp(4 + rnd.nextGaussian() * 0.6 + (edu.equals("PhD") ? 1.0 : 0)));
            int grocery = (int) Math.round(Math.exp(8 + rnd.nextGaussian() * 0.4 + (channel == 2 ? 1.1 : 0)));
            LocalDate joined = start.plusDays(rnd.nextInt(700));
            row(sb, sep, String.valueOf(1000 + i), String.valueOf(1945 + rnd.nextInt(50)), edu, marital,
                    String.valueOf(Math.round(income)), String.valueOf(rnd.nextInt(3)), joined.toString(),
                    String.valueOf(channel), String.valueOf(region), String.valueOf(wines), String.valueOf(grocery),
                    String.valueOf(rnd.nextDouble() < 0.15 ? 1 : 0), "customer wrote note number " + i);
        }
        return Files.write(dir.resolve(name), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int pick(Random rnd, double a, double b, double c) {
        double u = rnd.nextDouble();
        return u < a ? 0 : u < a + b ? 1 : u < a + b + c ? 2 : 3;
    }

    private static void row(StringBuilder sb, char sep, String... values) {
        sb.append(String.join(String.valueOf(sep), values)).append('\n');
    }
}
