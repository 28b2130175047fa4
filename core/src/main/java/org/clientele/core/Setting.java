package org.clientele.core;

/**
 * A choice the user can make to fix an input problem, named neutrally: the CLI phrases it as a flag,
 * the workbench as a control. Core never names either, so its messages read right in both.
 */
public enum Setting {
    CUSTOMER_COLUMN("the customer column"),
    DATE_COLUMN("the date column"),
    AMOUNT_COLUMN("the amount column"),
    QUANTITY_COLUMN("the quantity column"),
    PRICE_COLUMN("the unit-price column"),
    INVOICE_COLUMN("the invoice column"),
    PRODUCT_COLUMN("the product column"),
    DESCRIPTION_COLUMN("the description column"),
    COUNTRY_COLUMN("the country column"),
    ID_COLUMN("the id column"),
    CLEANING_RULES("the cleaning rules"),
    FILE_KIND("the kind of file (customer table or transaction log)"),
    FEATURES("the feature columns"),
    TARGET("the target column"),
    KEEP_FEATURE("keeping a feature the leakage guard left out"),
    FOLDS("the number of cross-validation folds"),
    K("the number of segments"),
    SEGMENTS("the segmentation to use"),
    IMPUTE_MISSING("filling missing columns with training medians"),
    OUTPUT("the output location"),
    OVERWRITE("overwriting existing outputs"),
    AS_OF("the as-of date"),
    CALIBRATION_END("the calibration end date"),
    RFM_RULES("the RFM rule table"),
    MODEL("the saved model");

    private final String neutral;

    Setting(String neutral) {
        this.neutral = neutral;
    }

    /** The setting that names a transaction-log role ("customer", "date", ... as in TransactionColumns), or null. */
    public static Setting forRole(String role) {
        return switch (role) {
            case "customer" -> CUSTOMER_COLUMN;
            case "date" -> DATE_COLUMN;
            case "amount" -> AMOUNT_COLUMN;
            case "quantity" -> QUANTITY_COLUMN;
            case "price" -> PRICE_COLUMN;
            case "invoice" -> INVOICE_COLUMN;
            case "product" -> PRODUCT_COLUMN;
            case "description" -> DESCRIPTION_COLUMN;
            case "country" -> COUNTRY_COLUMN;
            default -> null;
        };
    }

    /** What the setting is, in words that fit every front end. */
    public String neutral() {
        return neutral;
    }
}
