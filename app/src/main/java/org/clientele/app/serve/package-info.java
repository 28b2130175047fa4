/** The local scoring API: a small HTTP server in front of core's scoring service. */
package org.clientele.app.serve;
