package org.clientele.core.segment.profile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A throwaway RFM table from UCI Online Retail for tests: customer present, not a C invoice, quantity and
 * price positive; recency in days to 2011-12-10, frequency = distinct invoices, monetary = Σ qty × price.
 */
record RetailCustomers(List<String> ids, double[] recencyDays, double[] frequency, double[] monetary) {

    static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);

    static RetailCustomers read(Path gz) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<String, LocalDateTime> last = new TreeMap<>();
        Map<String, Set<String>> invoices = new TreeMap<>();
        Map<String, Double> spend = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz), 1 << 16), StandardCharsets.UTF_8))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String customer = row.get("CustomerID");
                String invoice = row.get("InvoiceNo");
                double qty = Double.parseDouble(row.get("Quantity"));
                double price = Double.parseDouble(row.get("UnitPrice"));
                if (customer.isBlank() || invoice.startsWith("C") || qty <= 0 || price <= 0) {
                    continue;
                }
                LocalDateTime time = LocalDateTime.parse(row.get("InvoiceDate"), iso);
                last.merge(customer, time, (a, b) -> a.isAfter(b) ? a : b);
                invoices.computeIfAbsent(customer, c -> new HashSet<>()).add(invoice);
                spend.merge(customer, qty * price, Double::sum);
            }
        }
        List<String> ids = new ArrayList<>(last.keySet());
        double[] r = new double[ids.size()];
        double[] f = new double[ids.size()];
        double[] m = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            r[i] = ChronoUnit.DAYS.between(last.get(id).toLocalDate(), AS_OF);
            f[i] = invoices.get(id).size();
            m[i] = spend.get(id);
        }
        return new RetailCustomers(ids, r, f, m);
    }
}
