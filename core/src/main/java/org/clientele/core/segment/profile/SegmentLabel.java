package org.clientele.core.segment.profile;

/** A segment's generated name and the user's own name for it (null until renamed); both are kept. */
public record SegmentLabel(int id, String generatedName, String customName) {

    /** The name to show: the user's when set, else the generated one. */
    public String displayName() {
        return customName == null || customName.isBlank() ? generatedName : customName;
    }

    /** @param name the user's name, or null/blank to go back to the generated one */
    public SegmentLabel withCustomName(String name) {
        return new SegmentLabel(id, generatedName, name == null || name.isBlank() ? null : name.strip());
    }
}
