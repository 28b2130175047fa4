/** Pieces every tab uses: background work with progress and cancel, error dialogs, status bar. */
package org.clientele.app.ui.common;
