/**
 * Reading CSV-like files: sniffing delimiter, encoding and compression, inferring column types and
 * roles, profiling in bounded memory, and loading customer tables into a column-oriented {@link org.clientele.core.data.Table}.
 */
package org.clientele.core.data;
