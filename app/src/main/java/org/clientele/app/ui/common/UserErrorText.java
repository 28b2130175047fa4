package org.clientele.app.ui.common;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException;
import org.clientele.core.io.OutputExistsException;
import org.clientele.core.task.CancelledException;

import java.util.Locale;

/**
 * Any failure as the workbench says it: a short title and a message that names the file, line and column
 * and says what to do in the workbench's own terms (a menu, a tab, a control) where the CLI would name a
 * flag. The one formatter behind every error dialog; it switches on types and reasons, never on text.
 */
public final class UserErrorText {

    /** What a dialog shows. */
    public record Text(String title, String message) {
    }

    private UserErrorText() {
    }

    public static Text of(Throwable error) {
        if (error instanceof UserInputException input) {
            return new Text(title(input.reason()), input.message(UserErrorText::control));
        }
        if (error instanceof OutputExistsException exists) {
            return new Text(exists.overwritable() ? "The file already exists" : "Cannot write there", outputExists(exists));
        }
        if (error instanceof CancelledException) {
            return new Text("Cancelled", "The task was cancelled; nothing was changed.");
        }
        if (error instanceof OutOfMemoryError) {
            return new Text("Not enough memory", "Not enough memory for this file. Start Clientele with more heap "
                    + "(JAVA_OPTS=-Xmx8g) or open a smaller file.");
        }
        Throwable cause = error.getCause() != null && error.getMessage() == null ? error.getCause() : error;
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Text("Something went wrong", capitalised(text) + (text.endsWith(".") ? "" : ".")
                + " This looks like a fault in Clientele rather than in your file; please report it.");
    }

    /**
     * Where in the workbench the user makes each choice core's fix mentions, or null where the workbench has
     * no such control (the fix then stands on its own words).
     */
    static String control(Setting s) {
        return switch (s) {
            case CUSTOMER_COLUMN, DATE_COLUMN, AMOUNT_COLUMN, QUANTITY_COLUMN, PRICE_COLUMN, INVOICE_COLUMN,
                 PRODUCT_COLUMN, DESCRIPTION_COLUMN, COUNTRY_COLUMN ->
                    "File ▸ Kind & columns…, role " + s.neutral().replaceFirst("^the ", "").replace(" column", "");
            case ID_COLUMN -> "File ▸ Kind & columns…, Customer id";
            case FILE_KIND, CLEANING_RULES -> "File ▸ Kind & columns…";
            case FEATURES -> "the Features list in the Segments tab";
            case K -> "k in the Segments tab";
            case TARGET -> "Predict in the Models tab";
            case SEGMENTS -> "run a segmentation in the Segments tab first";
            case OUTPUT -> "choose another name in the save dialog";
            case OVERWRITE -> "confirm replacing the file";
            case RFM_RULES -> "the rule table";
            case MODEL -> "train again in the Models tab";
            case KEEP_FEATURE, FOLDS, IMPUTE_MISSING, AS_OF, CALIBRATION_END -> null;
        };
    }

    private static String title(UserInputException.Reason reason) {
        return switch (reason) {
            case FILE_UNREADABLE -> "Cannot read the file";
            case NO_DATA -> "Nothing to work with";
            case NOT_A_TABLE -> "Not a readable table";
            case TOO_LARGE -> "The file is too large";
            case COLUMN_MISSING -> "A column is missing";
            case COLUMN_WRONG_TYPE -> "A column has the wrong type";
            case ROLE_NOT_FOUND -> "A needed column was not found";
            case WRONG_KIND -> "Not the kind of file this needs";
            case BAD_VALUE -> "A value cannot be read";
            case TOO_FEW_ROWS -> "Not enough data";
            case NO_VARIATION -> "Nothing varies";
            case TOO_WIDE -> "Too many columns";
            case OPTION_OUT_OF_RANGE -> "A setting does not fit this data";
            case RULE_TABLE -> "The RFM rule table cannot be used";
            case MODEL_BUNDLE -> "The saved model cannot be used";
            case SEGMENTS -> "The segmentation cannot be used";
            case CANNOT_FIT -> "The model cannot be fitted";
            case OTHER -> "The input cannot be used";
        };
    }

    private static String outputExists(OutputExistsException e) {
        return switch (e.clash()) {
            case EXISTS -> e.target() + " already exists. Replace it, or choose another name.";
            case FOLDER_IN_THE_WAY -> e.target() + " is a folder. Choose a file name inside it.";
            case FILE_IN_THE_WAY -> e.target() + " is a file, so it cannot hold the output folder. Choose a folder.";
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
