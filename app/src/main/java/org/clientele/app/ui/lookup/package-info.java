/** The Lookup tab: one customer's predicted segment and spend from typed values or an existing customer. */
package org.clientele.app.ui.lookup;
