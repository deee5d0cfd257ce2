package org.politiqueville.examples.job;

import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.InvalidValueException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --kind} with {@link RecordKind#parse(CharSequence)}: {@code quarters}, {@code observations}… */
final class KindConverter implements ITypeConverter<RecordKind> {

    @Override
    public RecordKind convert(String value) {
        try {
            return RecordKind.parse(value);
        } catch (InvalidValueException e) {
            throw new TypeConversionException(e.getMessage(java.util.Locale.ENGLISH));
        }
    }
}
