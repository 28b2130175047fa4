/** The manager's report from the workbench: the report command's output, written and opened in the browser. */
package org.clientele.app.ui.report;
