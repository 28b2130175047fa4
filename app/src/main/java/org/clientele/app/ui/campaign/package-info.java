/** The Campaign tab: a return-on-investment simulator for contacting each segment, with named scenarios. */
package org.clientele.app.ui.campaign;
