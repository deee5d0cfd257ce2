/**
 * A third-party format plug-in for politiqueville: the seed page's pipe-separated table of resource
 * documents ({@code seed-table}). It only depends on the core's service-provider interface; the
 * {@code provides} clause (module path) and {@code META-INF/services} (class path) let
 * {@link org.politiqueville.core.spi.FormatRegistry} find it.
 */
module org.politiqueville.examples.plugin {
    requires org.politiqueville.core;

    exports org.politiqueville.examples.plugin;

    provides org.politiqueville.core.spi.FormatAdapter with org.politiqueville.examples.plugin.SeedTableFormatAdapter;
}
