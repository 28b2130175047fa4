/** Writing results: JSON with the contract's conventions, and output files that never clobber by surprise. */
package org.clientele.core.io;
