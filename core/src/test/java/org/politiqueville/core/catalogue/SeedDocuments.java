package org.politiqueville.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.text.NameKey;

/** The seed's seven resource documents, read from the fixture copied into the test resources. */
final class SeedDocuments {

    /** The quarters and districts the seed's "Quartier" categories name, keyed as the sample resolves them. */
    private static final Map<NameKey, TerritoryRef> TERRITORIES = Map.ofEntries(
            Map.entry(NameKey.of("Bottière Pin Sec"), TerritoryRef.quarter("bottiere-pin-sec")),
            Map.entry(NameKey.of("Château-Mahaudières"), TerritoryRef.quarter("chateau")),
            Map.entry(NameKey.of("Le Clos Toreau"), TerritoryRef.quarter("clos-toreau")),
            Map.entry(NameKey.of("Les Dervallières"), TerritoryRef.quarter("dervallieres")),
            Map.entry(NameKey.of("Grand Bellevue"), TerritoryRef.quarter("bellevue")),
            Map.entry(NameKey.of("Le Breil"), TerritoryRef.quarter("breil")),
            Map.entry(NameKey.of("Malakoff"), TerritoryRef.quarter("malakoff")),
            Map.entry(NameKey.of("Nantes Erdre"), TerritoryRef.district("nantes-erdre")),
            Map.entry(NameKey.of("Nantes Nord"), TerritoryRef.district("nantes-nord")),
            Map.entry(NameKey.of("Plaisance"), TerritoryRef.quarter("plaisance")),
            Map.entry(NameKey.of("Le Sillon de Bretagne"), TerritoryRef.quarter("sillon-de-bretagne")));

    private SeedDocuments() {
    }

    /** Resolves a "Quartier" value to the sample's quarter or district, by name key. */
    static final Function<String, Optional<TerritoryRef>> RESOLVER =
            value -> Optional.ofNullable(TERRITORIES.get(NameKey.of(value)));

    /** The seven documents in the file's order. */
    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        List<String> lines = lines();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            documents.add(Document.builder(cells.get(0), Period.parse(cells.get(2)))
                    .categories(Category.parseList(cells.get(1)))
                    .typeLabel(cells.get(3))
                    .build());
        }
        return documents;
    }

    /** The document with the given title. */
    static Document titled(String title) {
        return documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> lines() {
        try (InputStream in = SeedDocuments.class.getResourceAsStream("documents-seed.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one line of the fixture: commas outside double quotes; the fixture has no escaped quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
