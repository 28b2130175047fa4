package org.clientele.sample;

import java.util.HashSet;
import java.util.Set;

/**
 * A made-up gift-shop catalogue: stock codes in the Online Retail style, descriptions built from a
 * small vocabulary, log-normal prices, and Zipf popularity (a few products sell far more than the rest).
 */
final class ProductCatalogue {

    private static final String[] STYLES = {"WHITE", "RED", "PINK", "BLUE", "GREEN", "IVORY", "BLACK", "SILVER",
        "GOLD", "PASTEL", "VINTAGE", "RETRO", "REGENCY", "SCANDINAVIAN", "ANTIQUE", "FRENCH", "JUMBO", "MINI",
        "SET OF 3", "SET OF 6", "PACK OF 12", "ASSORTED", "GLASS", "WOODEN", "ENAMEL", "PAPER", "FELT", "ZINC"};
    private static final String[] MOTIFS = {"HEART", "POLKADOT", "SPOTTY", "STRIPE", "FLORAL", "BIRD", "OWL",
        "STAR", "SNOWFLAKE", "CHRISTMAS", "ROSE", "DAISY", "PAISLEY", "CUPCAKE", "SKULL", "UNION JACK", "LOVE",
        "BAROQUE", "DOILY", "SPACEBOY", "DOLLY GIRL", "WOODLAND", "RABBIT", "LANTERN", "HOME SWEET HOME"};
    private static final String[] ITEMS = {"T-LIGHT HOLDER", "LUNCH BAG", "JUMBO BAG", "CAKE CASES", "MUG",
        "TEA TOWEL", "COAT HANGER", "HOT WATER BOTTLE", "NAPKINS", "PHOTO FRAME", "CANDLE", "CUSHION COVER",
        "DOORMAT", "GIFT WRAP", "PAPER CHAIN KIT", "CHILDRENS APRON", "ALARM CLOCK", "BUNTING", "WALL ART",
        "STORAGE JAR", "PARASOL", "HANGING DECORATION", "NOTEBOOK", "PURSE", "TRINKET BOX", "BAKING SET"};
    /** Typical price (median, in pence) of each item kind, same order as ITEMS. */
    private static final double[] ITEM_PRICE = {295, 165, 195, 55, 125, 125, 275, 375, 85, 295, 125, 375,
        795, 42, 295, 195, 375, 195, 595, 395, 495, 165, 165, 125, 165, 695};

    final String[] stockCodes;
    final String[] descriptions;
    final long[] priceCents;
    private final AliasTable popularity;

    ProductCatalogue(int size, SeededRandom random) {
        stockCodes = new String[size];
        descriptions = new String[size];
        priceCents = new long[size];
        Set<String> usedCodes = new HashSet<>();
        Set<String> usedNames = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String code;
            do {
                code = Integer.toString(10_000 + random.nextInt(riseTo(size)));
                if (random.chance(0.12)) {
                    code += (char) ('A' + random.nextInt(6));
                }
            } while (!usedCodes.add(code));
            stockCodes[i] = code;
            int item = random.nextInt(ITEMS.length);
            String name;
            int attempt = 0;
            do {
                name = STYLES[random.nextInt(STYLES.length)] + " " + MOTIFS[random.nextInt(MOTIFS.length)] + " "
                        + ITEMS[item];
                if (++attempt > 5) {
                    name = name + " " + code;
                }
            } while (!usedNames.add(name));
            descriptions[i] = name;
            priceCents[i] = Math.max(10, Math.round(random.logNormal(ITEM_PRICE[item], 0.35)));
        }
        // Zipf's law for popularity by rank, exponent ~1 as observed for retail item sales.
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 1.05);
        }
        popularity = new AliasTable(weights);
    }

    private static int riseTo(int size) {
        return Math.max(90_000, size * 3);
    }

    int size() {
        return stockCodes.length;
    }

    int sample(SeededRandom random) {
        return popularity.sample(random);
    }
}
