/** The Models tab: the segment classifier and the spend model, their comparisons, errors and importances. */
package org.clientele.app.ui.models;
