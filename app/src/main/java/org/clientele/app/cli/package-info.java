/**
 * The headless command line: one class per subcommand, each a thin wrapper over a core facade.
 * Exit codes and error lines follow the contract: 0 ok, 2 usage, 3 bad input, 1 anything else.
 */
package org.clientele.app.cli;
