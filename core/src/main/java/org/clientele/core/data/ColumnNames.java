package org.clientele.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What column names suggest: identifiers ({@code id}, {@code customer_id}, {@code CustomerID}, …) and transaction roles. */
public final class ColumnNames {

    static final Set<String> CUSTOMER = Set.of("customerid", "customer", "custid", "customerno", "customernumber",
            "customercode", "clientid", "client", "userid", "user", "memberid", "accountid", "buyerid", "shopperid",
            "customerkey", "consumerid");
    static final Set<String> DATE = Set.of("invoicedate", "date", "orderdate", "transactiondate", "purchasedate",
            "datetime", "timestamp", "time", "saledate", "salesdate", "invoicetime", "ordertime", "transactiontime",
            "purchasetime", "createdat", "day");
    static final Set<String> AMOUNT = Set.of("amount", "total", "totalamount", "sales", "revenue", "value", "spend",
            "totalprice", "lineamount", "linetotal", "ordervalue", "purchaseamount", "totalspend", "sale",
            "salesamount", "transactionamount", "netamount", "grossamount", "ordertotal");
    static final Set<String> QUANTITY = Set.of("quantity", "qty", "units", "unitssold", "itemcount", "count",
            "quantitysold", "numitems");
    static final Set<String> PRICE = Set.of("unitprice", "price", "priceeach", "unitcost", "itemprice",
            "priceperunit", "unitamount");
    static final Set<String> INVOICE = Set.of("invoiceno", "invoice", "invoiceid", "invoicenumber", "orderid",
            "orderno", "order", "ordernumber", "transactionid", "transaction", "receipt", "receiptid", "basketid",
            "billno", "billid");
    static final Set<String> PRODUCT = Set.of("stockcode", "productid", "product", "sku", "itemid", "item",
            "productcode", "article", "articleid", "itemcode");
    static final Set<String> DESCRIPTION = Set.of("description", "productname", "itemname", "itemdescription",
            "productdescription", "name");
    static final Set<String> COUNTRY = Set.of("country", "countryname", "nation", "countrycode");

    private ColumnNames() {
    }

    /** Lowercase letters and digits only: {@code "Customer ID"} becomes {@code customerid}. */
    public static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Words of a name, split at non-letters and camelCase: {@code CustomerID} -> [customer, id]. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            if (Character.isUpperCase(c) && w.length() > 0 && Character.isLowerCase(w.charAt(w.length() - 1))) {
                flush(w, out);
            }
            w.append(c);
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
        }
    }

    /** True for names like {@code id}, {@code customer_id}, {@code CustomerID}, {@code userId}, {@code uuid}. */
    public static boolean isIdName(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return last.equals("id") || last.equals("uuid") || last.equals("guid") || last.equals("uid")
                || normalize(name).equals("key");
    }

    static boolean hintsDate(String name) {
        String n = normalize(name);
        return DATE.contains(n) || n.contains("date") || n.endsWith("time") || n.endsWith("day") || n.endsWith("dt");
    }
}
