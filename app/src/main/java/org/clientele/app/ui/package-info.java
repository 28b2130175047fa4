/**
 * The JavaFX workbench: a window of tabs, one package per tab, each a View (nodes) and a ViewModel
 * (observable state that calls core in background tasks). No statistics or ML here.
 */
package org.clientele.app.ui;
