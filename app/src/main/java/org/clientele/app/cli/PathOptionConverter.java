package org.clientele.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads file and folder arguments; an empty one is refused, because Path.of("") is the current folder and
 * {@code --out ""} (an unset shell variable) would otherwise write there.
 */
final class PathOptionConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("the path is empty; name a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }
}
