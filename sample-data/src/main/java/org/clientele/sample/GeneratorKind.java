package org.clientele.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The synthetic data sets {@link Generators} can make, by the name the command line uses. */
public enum GeneratorKind {
    TRANSACTIONS("transactions", "a transaction log in the Online Retail layout (skewed buyers, seasonality, returns)",
            List.of("customers", "start", "end", "products", "missing-customer-share", "cancellation-share",
                    "saturdays")),
    CUSTOMERS("customers", "a customer table: age, income, spend, loyalty, region, purchase frequency", List.of()),
    EGOV("egov", "e-government platform behaviour, one row per user, from latent user types", List.of()),
    EGOV_ANONYMISED("egov-anonymised", "the e-government behaviour as five z-scored anonymous features",
            List.of()),
    CONTRACTS("contracts", "a subscription book: plan, fee, tenure and churned per subscriber (the sBG story)",
            List.of()),
    BLOBS("blobs", "customers x numeric features from Gaussian blobs, for segmentation scale tests",
            List.of("features", "blobs", "spread", "labels"));

    private final String label;
    private final String description;
    private final List<String> options;

    GeneratorKind(String label, String description, List<String> options) {
        this.label = label;
        this.description = description;
        this.options = options;
    }

    /** The name on the command line, e.g. {@code egov-anonymised}. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The extra options (besides rows, seed and output) this kind accepts. */
    public List<String> options() {
        return options;
    }

    public static GeneratorKind fromLabel(String label) {
        String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (GeneratorKind kind : values()) {
            if (kind.label.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown data set kind '" + label + "'; choose one of "
                + Arrays.stream(values()).map(GeneratorKind::label).collect(Collectors.joining(", ")));
    }
}
