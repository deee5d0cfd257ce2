/**
 * The service-provider interface for file formats: a {@link org.politiqueville.core.spi.FormatAdapter}
 * reads and writes records of each {@link org.politiqueville.core.exchange.RecordKind} through a
 * {@link org.politiqueville.core.spi.RecordReader} and a {@link org.politiqueville.core.spi.RecordWriter};
 * {@link org.politiqueville.core.spi.FormatRegistry} discovers adapters with
 * {@link java.util.ServiceLoader} and picks one for a file.
 *
 * <p>To add a format: implement {@code FormatAdapter}, list the class in
 * {@code META-INF/services/org.politiqueville.core.spi.FormatAdapter}, and on the module path
 * declare {@code provides org.politiqueville.core.spi.FormatAdapter with your.Adapter;}.
 */
package org.politiqueville.core.spi;
