package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;

class ModuleDescriptorTest {

    @Test
    void exportsOnlyTheApiPackageAndProvidesTheThreeFormats() throws IOException, URISyntaxException {
        Path classes = Path.of(SpreadsheetFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.name()).isEqualTo("org.politiqueville.spreadsheet");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.politiqueville.spreadsheet");
        assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(FormatAdapter.class.getName());
            assertThat(provides.providers()).containsExactly(XlsxFormatAdapter.class.getName(),
                    XlsFormatAdapter.class.getName(), OdsFormatAdapter.class.getName());
        });
    }

    @Test
    void theRegistryFindsTheFormatsByExtensionAndBySniffing() throws IOException {
        FormatRegistry registry = FormatRegistry.load(getClass().getClassLoader());

        assertThat(registry.byExtension(Path.of("a.XLSX"))).get().isInstanceOf(XlsxFormatAdapter.class);
        assertThat(registry.byExtension(Path.of("a.xls"))).get().isInstanceOf(XlsFormatAdapter.class);
        assertThat(registry.byExtension(Path.of("a.ods"))).get().isInstanceOf(OdsFormatAdapter.class);
        for (String name : List.of("quartiers-titre.xlsx", "quartiers-titre.ods")) {
            byte[] head = java.util.Arrays.copyOf(Workbooks.resource("/workbooks/" + name), FormatAdapter.SNIFF_LENGTH);
            assertThat(registry.bySniffing(head)).as(name).get().extracting(FormatAdapter::name)
                    .isEqualTo(name.substring(name.lastIndexOf('.') + 1));
        }
        assertThat(new XlsFormatAdapter().writableKinds()).isEmpty();
    }
}
