package org.clientele.app.cli;

import org.clientele.core.Setting;
import org.clientele.core.data.DateOrderScan;

/** How the command line names each setting core mentions in a fix: the flag (or argument) that sets it. */
final class CliSettings {

    private CliSettings() {
    }

    static String flag(Setting s) {
        return switch (s) {
            case CUSTOMER_COLUMN -> "--customer";
            case DATE_COLUMN -> "--date";
            case AMOUNT_COLUMN -> "--amount";
            case QUANTITY_COLUMN -> "--quantity";
            case PRICE_COLUMN -> "--price";
            case INVOICE_COLUMN -> "--invoice";
            case PRODUCT_COLUMN -> "--product";
            case DESCRIPTION_COLUMN -> "--description";
            case COUNTRY_COLUMN -> "--country";
            case ID_COLUMN -> "--id";
            case CLEANING_RULES -> "--keep-cancelled and the other --keep-* options";
            case FILE_KIND -> "--kind";
            case FEATURES -> "--features";
            case TARGET -> "--target";
            case KEEP_FEATURE -> "--keep";
            case FOLDS -> "--folds";
            case K -> "--k";
            case SEGMENTS -> "--segments";
            case IMPUTE_MISSING -> "--impute-missing";
            case OUTPUT -> "--out";
            case OVERWRITE -> "--force";
            case AS_OF -> "--as-of";
            case CALIBRATION_END -> "--calibration-end";
            case RFM_RULES -> "--rfm-rules";
            case MODEL -> "MODELDIR";
        };
    }

    /** A warning from core with the flag named after the fix it suggests ("set the date order to day first"). */
    static String withFlags(String warning) {
        return warning.replace(DateOrderScan.DAY_FIRST_FIX, DateOrderScan.DAY_FIRST_FIX + " (--date-order dmy)")
                .replace(DateOrderScan.MONTH_FIRST_FIX, DateOrderScan.MONTH_FIRST_FIX + " (--date-order mdy)");
    }
}
