package org.clientele.core.transactions;

import java.util.Optional;

/**
 * A reason a transaction row is removed before aggregation: one vocabulary for the scan that counts,
 * the JSON that reports ({@link #contractName()}, the key in CLEANING.json's {@code removed}, see
 * docs/CONTRACT.md), and the words a person reads ({@link #label()}) in the report and the workbench.
 * Declared in the order the rules apply; a row counts under the first rule that removes it.
 */
public enum CleaningRule {
    MISSING_CUSTOMER("missingCustomer", "no customer id"),
    MISSING_DATE("missingDate", "no purchase date"),
    CANCELLED("cancelled", "cancelled invoice (starts with C)"),
    NON_POSITIVE_QUANTITY("nonPositiveQuantity", "quantity zero or negative"),
    NON_POSITIVE_PRICE("nonPositivePrice", "price zero or negative"),
    /** In a log with one amount column instead of quantity and price. */
    NON_POSITIVE_AMOUNT("nonPositiveAmount", "amount zero or negative"),
    DUPLICATES("duplicates", "exact duplicate of an earlier row");

    private final String contractName;
    private final String label;

    CleaningRule(String contractName, String label) {
        this.contractName = contractName;
        this.label = label;
    }

    /** The key in CLEANING.json and the CLI's summary; stable, part of the contract. */
    public String contractName() {
        return contractName;
    }

    /** What the rule removes, in words for people. */
    public String label() {
        return label;
    }

    public static Optional<CleaningRule> ofContractName(String name) {
        for (CleaningRule rule : values()) {
            if (rule.contractName.equals(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The label of a contract name, or the name itself for one this version does not know. */
    public static String labelOf(String contractName) {
        return ofContractName(contractName).map(CleaningRule::label).orElse(contractName);
    }
}
