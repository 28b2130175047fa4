/**
 * Campaign return on investment: what contacting each segment is expected to cost and earn, and which
 * segments a budget should go to. Plain arithmetic on per-segment figures, so a manager can check it.
 */
package org.clientele.core.roi;
