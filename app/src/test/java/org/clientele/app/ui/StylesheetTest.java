package org.clientele.app.ui;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stylesheet the workbench ships parses cleanly with JavaFX's own parser. JavaFX does not fail on a
 * broken stylesheet: it logs a warning and silently drops the rules after the error (an unclosed brace
 * once left 17 of 35 rules unloaded), so this test is the only thing that notices.
 */
class StylesheetTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyStylesheetParsesWithoutErrorAndLoadsEveryRule() throws IOException {
        List<Path> sheets = stylesheets();
        assertFalse(sheets.isEmpty(), "no stylesheet found under " + RESOURCES.toAbsolutePath());
        for (Path sheet : sheets) {
            List<String> errors = new ArrayList<>();
            Stylesheet parsed = parse(sheet, errors);
            assertTrue(errors.isEmpty(), sheet + ": " + errors);
            String text = withoutComments(Files.readString(sheet));
            assertEquals(count(text, '{'), count(text, '}'), sheet + ": unbalanced braces");
            assertEquals(count(text, '{'), parsed.getRules().size(), sheet + ": rules dropped by the parser");
        }
    }

    @Test
    void noSelectorIsDefinedTwiceInOneStylesheet() throws IOException {
        for (Path sheet : stylesheets()) {
            Stylesheet parsed = parse(sheet, new ArrayList<>());
            Map<String, Integer> seen = new HashMap<>();
            for (Rule rule : parsed.getRules()) {
                rule.getSelectors().forEach(s -> seen.merge(s.toString(), 1, Integer::sum));
            }
            seen.forEach((selector, n) -> assertEquals(1, n, sheet + ": " + selector + " is defined " + n + " times"));
        }
    }

    @Test
    void reportsAnUnclosedRule() throws IOException {
        Path broken = Files.createTempFile("broken", ".css");
        try {
            Files.writeString(broken, ".a {\n    -fx-font-size: 11px;\n.b {\n    -fx-text-fill: red;\n}\n.c { -fx-padding: 2; }\n");
            List<String> errors = new ArrayList<>();
            Stylesheet parsed = parse(broken, errors);
            String text = Files.readString(broken);
            assertTrue(!errors.isEmpty() || parsed.getRules().size() != count(text, '{'),
                    "the check must catch the bug it was written for");
        } finally {
            Files.delete(broken);
        }
    }

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
    }

    private static Stylesheet parse(Path sheet, List<String> errors) throws IOException {
        var collected = CssParser.errorsProperty();
        collected.clear();
        Stylesheet parsed = new CssParser().parse(sheet.toUri().toURL());
        collected.forEach(e -> errors.add(e.toString()));
        collected.clear();
        return parsed;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
