package org.politiqueville.json.internal;

import java.io.Reader;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * A JSON factory whose parsers of characters tell where the current property name starts without
 * building a {@link tools.jackson.core.TokenStreamLocation}: {@link ElementStream} keeps the
 * position of every name it reads, in case the element has a problem, and a location object per
 * name was a third of what it allocated. Everything else is Jackson's own parser, created as
 * {@link JsonFactory} creates it.
 */
public final class LocatingJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the factory.
     *
     * @param builder the configured builder, not null
     */
    public LocatingJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext io, Reader reader) {
        return new Parser(readContext, io, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), reader, _rootCharSymbols.makeChild());
    }

    /** Jackson's parser of characters, telling where the current property name starts. */
    public static final class Parser extends ReaderBasedJsonParser {

        Parser(ObjectReadContext readContext, IOContext io, int streamReadFeatures, int formatReadFeatures,
               Reader reader, CharsToNameCanonicalizer names) {
            super(readContext, io, streamReadFeatures, formatReadFeatures, reader, names);
        }

        /**
         * The line of the current property name, as {@link #currentTokenLocation()} gives it.
         *
         * @return the 1-based line
         */
        public int nameLine() {
            return _nameStartRow;
        }

        /**
         * The column of the current property name, as {@link #currentTokenLocation()} gives it.
         *
         * @return the 1-based column
         */
        public int nameColumn() {
            return _nameStartCol;
        }
    }
}
