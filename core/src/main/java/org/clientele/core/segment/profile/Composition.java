package org.clientele.core.segment.profile;

import java.util.List;

/** How one categorical column splits within one segment, level by level (levels in the column's order). */
public record Composition(String feature, List<LevelShare> levels) {

    public Composition {
        levels = List.copyOf(levels);
    }

    /** The level with the largest share in the segment. */
    public LevelShare top() {
        return levels.stream().max(java.util.Comparator.comparingDouble(LevelShare::share)).orElse(null);
    }

    /** The level whose share rises most above its overall share (largest lift), or null. */
    public LevelShare mostOverRepresented() {
        return levels.stream().filter(l -> !Double.isNaN(l.lift()))
                .max(java.util.Comparator.comparingDouble(LevelShare::lift)).orElse(null);
    }
}
