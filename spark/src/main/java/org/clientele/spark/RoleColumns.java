package org.clientele.spark;

import org.clientele.core.data.Schema;
import org.clientele.core.data.TransactionColumns;

import java.io.Serializable;

/** The positions (and number formats) of a log's role columns, as executors need them. */
final class RoleColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    final int customer, date, amount, quantity, price, invoice, product, description, country;
    final boolean europeanAmount, europeanQuantity, europeanPrice;
    final String dateName, amountName, quantityName, priceName;

    RoleColumns(Schema schema) {
        TransactionColumns r = schema.roles();
        boolean qp = r.quantity() != null && r.price() != null;
        customer = schema.indexOf(r.customer());
        date = schema.indexOf(r.date());
        amount = qp ? -1 : schema.indexOf(r.amount());
        quantity = qp ? schema.indexOf(r.quantity()) : -1;
        price = qp ? schema.indexOf(r.price()) : -1;
        invoice = schema.indexOf(r.invoice());
        product = schema.indexOf(r.product());
        description = schema.indexOf(r.description());
        country = schema.indexOf(r.country());
        europeanAmount = amount >= 0 && schema.specs().get(amount).european();
        europeanQuantity = quantity >= 0 && schema.specs().get(quantity).european();
        europeanPrice = price >= 0 && schema.specs().get(price).european();
        dateName = r.date();
        amountName = r.amount();
        quantityName = r.quantity();
        priceName = r.price();
    }

    boolean quantityAndPrice() {
        return amount < 0;
    }
}
