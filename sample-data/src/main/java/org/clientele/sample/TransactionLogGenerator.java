package org.clientele.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import org.clientele.core.task.Progress;

/**
 * A synthetic transaction log of any size in the Online Retail layout
 * ({@code InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country}),
 * written in time order while it is generated, so memory is bounded by the number of customers and
 * products, not rows. It has the features that make real logs hard: heavy buyers (log-normal purchase
 * rates), wholesalers buying in packs, a Zipf product catalogue, a November peak and weekday/hour
 * patterns, {@code C} cancellation invoices with negative quantities, guest invoices with no customer
 * id, postage lines for foreign customers, and a UK-heavy country mix. Customer ids are written as
 * integers ({@code 12346}) and dates as ISO {@code 2011-11-03 12:41:00}.
 */
public final class TransactionLogGenerator {

    public static final String[] COLUMNS = {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
        "UnitPrice", "CustomerID", "Country"};

    static final int FIRST_INVOICE = 536_365;
    private static final int[] PACKS = {1, 2, 3, 4, 6, 8, 10, 12, 24, 36, 48, 96, 144};
    private static final double[] PACK_WEIGHT = {18, 12, 6, 8, 10, 4, 6, 16, 8, 2, 3, 1, 0.5};
    private static final int BULK_QUANTITY = 24;
    private static final long POSTAGE_CENTS = 1800;

    /** What was written. */
    public record Summary(long rows, long invoices, long cancellationInvoices, long guestInvoices,
                          int customersWithOrders, LocalDate firstDay, LocalDate lastDay) {
    }

    private final TransactionOptions options;
    private final SeededRandom random;
    private final SalesCalendar calendar;
    private final ProductCatalogue catalogue;
    private final CustomerPopulation customers;
    private final AliasTable packs = new AliasTable(PACK_WEIGHT);
    private final String[] priceText;
    private final String[] bulkPriceText;
    private final String[] packText = new String[PACKS.length];
    private final String[] returnText = new String[PACKS.length];

    public TransactionLogGenerator(TransactionOptions options) {
        this.options = options;
        this.calendar = new SalesCalendar(options.start(), options.end(), options.saturdays());
        this.catalogue = new ProductCatalogue(options.products(), SeededRandom.derived(options.seed(), 1));
        this.customers = new CustomerPopulation(options.customers(), calendar.days.size(),
                SeededRandom.derived(options.seed(), 2));
        this.random = SeededRandom.derived(options.seed(), 3);
        priceText = new String[catalogue.size()];
        bulkPriceText = new String[catalogue.size()];
        for (int p = 0; p < catalogue.size(); p++) {
            priceText[p] = Decimals.cents(catalogue.priceCents[p]);
            bulkPriceText[p] = Decimals.cents(Math.max(1, Math.round(catalogue.priceCents[p] * 0.85)));
        }
        for (int i = 0; i < PACKS.length; i++) {
            packText[i] = Integer.toString(PACKS[i]);
            returnText[i] = Integer.toString(-PACKS[i]);
        }
    }

    public static Summary write(Path out, TransactionOptions options, Progress progress) {
        TransactionLogGenerator generator = new TransactionLogGenerator(options);
        Summary[] summary = new Summary[1];
        CsvOutput.write(out, COLUMNS, printer -> summary[0] = generator.writeRows(printer, progress));
        progress.update(1, "done");
        return summary[0];
    }

    Summary writeRows(org.clientele.core.io.CsvOutput.Printer printer, Progress progress) throws java.io.IOException {
        double[] weights = calendar.weights;
        double total = Arrays.stream(weights).sum();
        long rows = options.rows();
        long written = 0;
        long invoiceNumber = FIRST_INVOICE;
        long cancellations = 0;
        long guests = 0;
        BitSet buyers = new BitSet(customers.size());
        double cumulative = 0;
        String[] row = new String[COLUMNS.length];
        for (int d = 0; d < weights.length; d++) {
            progress.checkCancelled();
            progress.update((double) written / rows, "rows " + written + " of " + rows);
            cumulative += weights[d];
            long target = d == weights.length - 1 ? rows : Math.round(rows * (cumulative / total));
            Day day = planDay(d, (int) Math.min(Integer.MAX_VALUE, target - written));
            LocalDate date = calendar.days.get(d);
            for (int k = 0; k < day.count; k++) {
                int inv = day.order[k];
                byte kind = day.kind[inv];
                String invoice = (kind == Day.CANCELLATION ? "C" : "") + invoiceNumber++;
                String time = SalesCalendar.timestamp(date, day.minute[inv]);
                int customer = kind == Day.GUEST ? -1 : customers.pickActive(d, random);
                String country;
                if (customer < 0) {
                    guests++;
                    country = CustomerPopulation.guestCountry(random);
                    row[6] = "";
                } else {
                    buyers.set(customer);
                    country = CustomerPopulation.COUNTRIES[customers.country[customer]];
                    row[6] = CustomerPopulation.id(customer);
                }
                if (kind == Day.CANCELLATION) {
                    cancellations++;
                }
                row[0] = invoice;
                row[4] = time;
                row[7] = country;
                int shift = customer < 0 ? 0 : customers.packShift[customer];
                boolean postage = kind == Day.SALE && customer >= 0 && customers.country[customer] != 0
                        && random.chance(0.7);
                for (int line = 0; line < day.size[inv]; line++) {
                    if (postage && line == 0) {
                        row[1] = "POST";
                        row[2] = "POSTAGE";
                        row[3] = random.chance(0.8) ? "1" : "2";
                        row[5] = Decimals.cents(POSTAGE_CENTS);
                    } else {
                        fillLine(row, kind, shift);
                    }
                    printer.row((Object[]) row);
                    if ((++written & 0xFFFF) == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        return new Summary(written, invoiceNumber - FIRST_INVOICE, cancellations, guests, buyers.cardinality(),
                calendar.days.get(0), calendar.days.get(weights.length - 1));
    }

    private void fillLine(String[] row, byte kind, int shift) {
        int product = catalogue.sample(random);
        int pack = packs.sample(random);
        row[1] = catalogue.stockCodes[product];
        row[2] = catalogue.descriptions[product];
        if (kind == Day.CANCELLATION) {
            // Returns are of single items or small packs, at the price paid.
            pack = Math.min(pack, 7);
            row[3] = returnText[pack];
            row[5] = priceText[product];
        } else {
            pack = Math.min(PACKS.length - 1, pack + shift);
            row[3] = packText[pack];
            row[5] = PACKS[pack] >= BULK_QUANTITY ? bulkPriceText[product] : priceText[product];
        }
    }

    /** The day's invoices: kinds, sizes (lines) summing exactly to the quota, and times, in time order. */
    private Day planDay(int dayIndex, int quota) {
        Day day = new Day(Math.max(4, quota / 8));
        int lines = 0;
        while (lines < quota) {
            byte kind = random.chance(options.cancellationShare()) ? Day.CANCELLATION
                    : random.chance(options.missingCustomerShare()) ? Day.GUEST : Day.SALE;
            int size = switch (kind) {
                case Day.CANCELLATION -> 1 + random.poisson(0.5);
                case Day.GUEST -> (int) Math.min(400, Math.max(1, Math.round(random.logNormal(20, 0.9))));
                default -> (int) Math.min(250, Math.max(1, Math.round(random.logNormal(12, 0.8))));
            };
            size = Math.min(size, quota - lines);
            day.add(kind, size, calendar.minuteOfDay(random));
            lines += size;
        }
        day.sortByTime();
        return day;
    }

    /** One day's invoice plan, in parallel arrays to keep garbage low. */
    private static final class Day {
        static final byte SALE = 0;
        static final byte GUEST = 1;
        static final byte CANCELLATION = 2;

        int count;
        byte[] kind;
        int[] size;
        int[] minute;
        int[] order;

        Day(int capacity) {
            kind = new byte[capacity];
            size = new int[capacity];
            minute = new int[capacity];
        }

        void add(byte k, int lines, int minuteOfDay) {
            if (count == kind.length) {
                int grown = count * 2;
                kind = Arrays.copyOf(kind, grown);
                size = Arrays.copyOf(size, grown);
                minute = Arrays.copyOf(minute, grown);
            }
            kind[count] = k;
            size[count] = lines;
            minute[count] = minuteOfDay;
            count++;
        }

        void sortByTime() {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                keys[i] = ((long) minute[i] << 32) | i;
            }
            Arrays.sort(keys);
            order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = (int) keys[i];
            }
        }
    }
}
