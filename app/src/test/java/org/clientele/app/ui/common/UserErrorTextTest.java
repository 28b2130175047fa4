package org.clientele.app.ui.common;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.OutputExistsException;
import org.clientele.core.segment.rfm.RfmRuleException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's wording of failures: file, line and fix in GUI terms, never a command-line flag. */
class UserErrorTextTest {

    @Test
    void noSettingIsNamedAsAFlag() {
        for (Setting s : Setting.values()) {
            String control = UserErrorText.control(s);
            assertFalse(control != null && (control.isBlank() || control.contains("--")), s + ": " + control);
        }
        DataFileException folds = new DataFileException(UserInputException.Reason.OPTION_OUT_OF_RANGE,
                Path.of("t.csv"), 0, null, "only 8 rows", "Use at most 4 cross-validation folds", Setting.FOLDS);
        assertEquals("t.csv: only 8 rows. Use at most 4 cross-validation folds.", UserErrorText.of(folds).message());
    }

    @Test
    void inputProblemsNameTheFileAndTheControl() {
        DataFileException e = new DataFileException(UserInputException.Reason.ROLE_NOT_FOUND, Path.of("log.csv"), 1,
                null, "no date column found", "Choose the date column", Setting.DATE_COLUMN);
        UserErrorText.Text text = UserErrorText.of(e);
        assertEquals("A needed column was not found", text.title());
        assertEquals("log.csv: line 1: no date column found. Choose the date column (File ▸ Kind & columns…, role "
                + "date).", text.message());
        UserErrorText.Text rules = UserErrorText.of(new RfmRuleException("rules.csv: rule 2 has no segment name"));
        assertTrue(rules.message().startsWith("rules.csv: rule 2 has no segment name. Fix the RFM rule table"),
                rules.message());
        for (UserInputException.Reason r : UserInputException.Reason.values()) {
            String title = UserErrorText.of(new DataFileException(r, Path.of("f.csv"), 0, null, "p", null)).title();
            assertFalse(title.isBlank(), r.name());
        }
    }

    @Test
    void existingOutputsAskToReplaceAndOtherFailuresSayTheyAreOurs() {
        UserErrorText.Text exists = UserErrorText.of(new OutputExistsException(Path.of("list.csv"),
                OutputExistsException.Clash.EXISTS));
        assertTrue(exists.message().contains("Replace it"), exists.message());
        assertFalse(exists.message().contains("--force"), exists.message());
        UserErrorText.Text bug = UserErrorText.of(new IllegalStateException("index out of range"));
        assertTrue(bug.message().startsWith("Index out of range.") && bug.message().contains("report it"),
                bug.message());
    }
}
