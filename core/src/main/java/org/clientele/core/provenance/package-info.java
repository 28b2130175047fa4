/**
 * Where a result came from: the input file (name, size, SHA-256), row counts, options, seed, Clientele
 * version, Java and OS, and library versions, as one typed record written with every result (in the
 * spirit of Tribuo's {@code ModelProvenance}).
 */
package org.clientele.core.provenance;
