/** Probabilistic lifetime value (BG/NBD + Gamma–Gamma) of the open transaction log, shared by Lookup and Export. */
package org.clientele.app.ui.clv;
