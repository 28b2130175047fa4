/**
 * The flow from a file to results, as plain method calls on immutable records, shared by the
 * workbench, the command line and the tests.
 */
package org.clientele.core.analysis;
