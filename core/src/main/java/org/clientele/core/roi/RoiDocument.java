package org.clientele.core.roi;

/** The contract's roi.json: where the figures came from, then the scenario and its outcome. */
public record RoiDocument(String segments, String data, String responseColumn, RoiResult result) {
}
