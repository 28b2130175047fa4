/** The Data tab: the opened file's rows, column profiles, warnings, and for a transaction log its cleaning report and customers. */
package org.clientele.app.ui.data;
