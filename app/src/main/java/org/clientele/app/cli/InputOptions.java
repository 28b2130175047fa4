package org.clientele.app.cli;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.data.TransactionColumns;
import picocli.CommandLine.Option;

/** How to read an input file: its kind and the columns that play each role, when detection needs help. */
final class InputOptions {

    @Option(names = "--kind", paramLabel = "customers|transactions",
            description = "Force the kind of file instead of detecting it.")
    String kind;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The identifier column of a customer table.")
    String id;

    @Option(names = "--customer", paramLabel = "COLUMN", description = "Transaction log: the customer column.")
    String customer;

    @Option(names = "--date", paramLabel = "COLUMN", description = "Transaction log: the date or date-time column.")
    String date;

    @Option(names = "--amount", paramLabel = "COLUMN", description = "Transaction log: the line amount column.")
    String amount;

    @Option(names = "--quantity", paramLabel = "COLUMN", description = "Transaction log: the quantity column.")
    String quantity;

    @Option(names = "--price", paramLabel = "COLUMN", description = "Transaction log: the unit price column.")
    String price;

    @Option(names = "--invoice", paramLabel = "COLUMN", description = "Transaction log: the invoice/order column.")
    String invoice;

    @Option(names = "--product", paramLabel = "COLUMN", description = "Transaction log: the product column.")
    String product;

    @Option(names = "--description", paramLabel = "COLUMN", description = "Transaction log: the product description column.")
    String description;

    @Option(names = "--country", paramLabel = "COLUMN", description = "Transaction log: the country column.")
    String country;

    @Option(names = "--date-order", paramLabel = "dmy|mdy",
            description = "Day first (dmy: 01/12/2010 is 1 December) or month first (mdy), for dates whose values"
                    + " never have a day above 12; otherwise the values decide.")
    String dateOrder;

    ReadOptions toReadOptions() {
        DataKind forced = null;
        if (kind != null) {
            forced = switch (kind.toLowerCase(java.util.Locale.ROOT)) {
                case "customers", "customer" -> DataKind.CUSTOMERS;
                case "transactions", "transaction" -> DataKind.TRANSACTIONS;
                default -> throw new CliException(ExitCodes.USAGE,
                        "--kind must be 'customers' or 'transactions', not '" + kind + "'.");
            };
        }
        TransactionColumns overrides = TransactionColumns.builder().customer(customer).date(date).amount(amount)
                .quantity(quantity).price(price).invoice(invoice).product(product).description(description)
                .country(country).build();
        DateLayout order = null;
        if (dateOrder != null) {
            order = switch (dateOrder.toLowerCase(java.util.Locale.ROOT)) {
                case "dmy" -> DateLayout.DMY;
                case "mdy" -> DateLayout.MDY;
                default -> throw new CliException(ExitCodes.USAGE,
                        "--date-order must be 'dmy' (day first) or 'mdy' (month first), not '" + dateOrder + "'.");
            };
        }
        return new ReadOptions(forced, id, overrides, order);
    }

    /** The customer table of {@code file} read with these options (a log aggregated as rfm does), with progress on the terminal. */
    Table loadCustomers(java.nio.file.Path file) {
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        try {
            return org.clientele.core.analysis.CustomerTables.load(file, toReadOptions(), progress);
        } finally {
            progress.done();
        }
    }
}
