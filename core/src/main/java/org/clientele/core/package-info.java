/** Clientele's engine: everything the workbench and the command line compute. Never imports JavaFX. */
package org.clientele.core;
