/** Progress reporting and cancellation for long work, so the workbench and the CLI can show and stop it. */
package org.clientele.core.task;
