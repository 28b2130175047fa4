/** The bundled datasets and the seeded generators that made the synthetic ones. */
package org.clientele.sample;
