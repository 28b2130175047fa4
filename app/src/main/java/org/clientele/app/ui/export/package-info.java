/** The Export tab: choose segments, RFM groups and bounds, preview the marketing list, write it as CSV. */
package org.clientele.app.ui.export;
