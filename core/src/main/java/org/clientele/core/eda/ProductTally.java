package org.clientele.core.eda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Sales per product and per category, and each customer's spend per category. Memory grows with
 * products × their customers and customers × categories, not with rows.
 */
final class ProductTally implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final int TOP = 20;
    static final int TOP_TOKENS = 30;
    /** Words that say nothing about what a product is: grammar, colours, sizes, counts. */
    private static final Set<String> NOT_MEANINGFUL = Set.of("OF", "SET", "AND", "WITH", "IN", "ON", "THE", "FOR", "TO",
            "W", "&", "PINK", "BLUE", "RED", "WHITE", "GREEN", "BLACK", "IVORY", "CREAM", "SILVER", "GOLD", "PURPLE",
            "ORANGE", "YELLOW", "BROWN", "GREY", "SMALL", "LARGE", "MINI", "JUMBO", "MEDIUM", "BIG", "ASSORTED",
            "DESIGN", "COLOUR", "COLOURS", "PACK");

    private final CategoryRules rules;
    private final int categoryCount;
    private final Map<String, Product> products = new HashMap<>();
    private final double[] categoryRevenue;
    private final double[] categoryQuantity;
    private final List<Set<String>> categoryCustomers = new ArrayList<>();
    private final Map<String, double[]> customerSpend = new HashMap<>();

    private static final class Product implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        double quantity;
        double revenue;
        long orders;
        /** The invoices of this product's first and last lines (null for a line without one). */
        String firstInvoice;
        String lastInvoice;
        final Map<String, Integer> descriptions = new HashMap<>(2);
        final Set<String> customers = new HashSet<>();
    }

    ProductTally(CategoryRules rules) {
        this.rules = rules;
        this.categoryCount = rules.categories().size();
        categoryRevenue = new double[categoryCount];
        categoryQuantity = new double[categoryCount];
        for (int i = 0; i < categoryCount; i++) {
            categoryCustomers.add(new HashSet<>());
        }
    }

    void add(String customer, String invoice, String product, String description, double quantity, double amount) {
        int category = rules.index(description);
        categoryRevenue[category] += amount;
        categoryQuantity[category] += quantity;
        categoryCustomers.get(category).add(customer);
        customerSpend.computeIfAbsent(customer, c -> new double[categoryCount])[category] += amount;
        String key = product != null ? product : description;
        if (key == null) {
            return;
        }
        Product p = products.get(key);
        if (p == null) {
            p = new Product();
            p.firstInvoice = invoice;
            products.put(key, p);
        }
        p.quantity += quantity;
        p.revenue += amount;
        // An invoice's lines are written together, so a change of invoice is a new order for the product.
        if (invoice == null || !invoice.equals(p.lastInvoice)) {
            p.orders++;
            p.lastInvoice = invoice;
        }
        if (description != null) {
            p.descriptions.merge(description, 1, Integer::sum);
        }
        p.customers.add(customer);
    }

    /**
     * Adds the sales of later rows. A product's orders are runs of one invoice in its lines, so a run that
     * crosses from these rows into the later ones is one order, not two.
     */
    void merge(ProductTally later) {
        for (int c = 0; c < categoryCount; c++) {
            categoryRevenue[c] += later.categoryRevenue[c];
            categoryQuantity[c] += later.categoryQuantity[c];
            categoryCustomers.get(c).addAll(later.categoryCustomers.get(c));
        }
        later.customerSpend.forEach((customer, spend) -> customerSpend.merge(customer, spend, (a, b) -> {
            for (int c = 0; c < categoryCount; c++) {
                a[c] += b[c];
            }
            return a;
        }));
        later.products.forEach((key, q) -> {
            Product p = products.putIfAbsent(key, q);
            if (p == null) {
                return;
            }
            p.quantity += q.quantity;
            p.revenue += q.revenue;
            p.orders += q.orders;
            if (q.firstInvoice != null && q.firstInvoice.equals(p.lastInvoice)) {
                p.orders--;
            }
            p.lastInvoice = q.lastInvoice;
            q.descriptions.forEach((d, n) -> p.descriptions.merge(d, n, Integer::sum));
            p.customers.addAll(q.customers);
        });
    }

    ProductOverview overview(double totalRevenue) {
        List<ProductStat> stats = new ArrayList<>();
        int[] productsPerCategory = new int[categoryCount];
        Map<String, Integer> tokens = new HashMap<>();
        for (Map.Entry<String, Product> e : products.entrySet()) {
            Product p = e.getValue();
            String description = mostFrequent(p.descriptions);
            int category = rules.index(description);
            productsPerCategory[category]++;
            stats.add(new ProductStat(e.getKey(), description, rules.categories().get(category), p.quantity, p.revenue,
                    p.orders, p.customers.size()));
            if (description != null) {
                for (String w : new HashSet<>(CategoryRules.words(description))) {
                    if (w.length() > 1 && !NOT_MEANINGFUL.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                        tokens.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        List<CategoryStat> categories = new ArrayList<>();
        for (int c = 0; c < categoryCount; c++) {
            categories.add(new CategoryStat(rules.categories().get(c), productsPerCategory[c], categoryQuantity[c],
                    categoryRevenue[c], totalRevenue > 0 ? categoryRevenue[c] / totalRevenue : Double.NaN,
                    categoryCustomers.get(c).size()));
        }
        categories.sort(Comparator.comparingDouble((CategoryStat s) -> -s.revenue()).thenComparing(CategoryStat::category));
        List<TokenCount> top = tokens.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TOKENS).map(e -> new TokenCount(e.getKey(), e.getValue())).toList();
        return new ProductOverview(products.size(), top(stats, ProductStat::quantity), top(stats, ProductStat::revenue),
                categories, rules.rules(), top);
    }

    CategoryShares categoryShares() {
        Map<String, double[]> shares = new TreeMap<>();
        for (Map.Entry<String, double[]> e : customerSpend.entrySet()) {
            double total = 0;
            for (double v : e.getValue()) {
                total += v;
            }
            double[] s = new double[categoryCount];
            if (total > 0) {
                for (int c = 0; c < categoryCount; c++) {
                    s[c] = e.getValue()[c] / total;
                }
            }
            shares.put(e.getKey(), s);
        }
        return new CategoryShares(rules.categories(), shares);
    }

    private static List<ProductStat> top(List<ProductStat> stats, ToDoubleFunction<ProductStat> by) {
        return stats.stream().sorted(Comparator.comparingDouble((ProductStat s) -> -by.applyAsDouble(s))
                .thenComparing(ProductStat::product)).limit(TOP).toList();
    }

    /** The most frequent description; ties to the alphabetically first, for stable output. */
    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n || e.getValue() == n && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
