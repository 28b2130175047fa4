package org.clientele.core.predict;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A saved model that cannot be used: a file of the bundle is missing, damaged or from a newer version. */
public final class ModelBundleException extends UserInputException {
    private static final long serialVersionUID = 1L;
    private static final String FIX = "Train the model again, or choose the output folder of another training run";

    public ModelBundleException(Path file, long line, String column, String problem, Throwable cause) {
        super(Reason.MODEL_BUNDLE, file, line, column, problem, FIX, List.of(Setting.MODEL), cause);
    }

    /** Names the file of the bundle that failed and, for JSON, the line and column, in plain words. */
    static ModelBundleException reading(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ModelBundleException(file, 0, null, "is missing from the saved model", e);
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            long line = at == null ? 0 : Math.max(0, at.getLineNr());
            String problem;
            if (e instanceof JsonEOFException) {
                problem = "ends before its JSON is complete (the file was cut short)";
            } else if (e instanceof JsonMappingException bind) {
                String field = bind.getPath().isEmpty() ? null : bind.getPath().get(bind.getPath().size() - 1).getFieldName();
                problem = "is damaged: it does not hold what a saved model holds" + (field == null ? "" : " (at '" + field + "')");
            } else {
                problem = "is not valid JSON";
            }
            return new ModelBundleException(file, line, null, problem, e);
        }
        return new ModelBundleException(file, 0, null, "cannot be read (" + e.getMessage() + ")", e);
    }
}
