package org.politiqueville.core.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.politiqueville.core.catalogue.CatalogueRules;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/** Rows of documents; see {@link RecordMappers#documents(CityContract, MappingOptions)}. */
final class DocumentMapper extends AbstractRecordMapper<Document> {

    DocumentMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.DOCUMENTS, Document.class, referential, options,
                List.of("id", "title", "categories", "period", "type", "link", "mediaType"),
                Map.of("id", "id", "title", "title", "categories", "categories", "period", "period",
                        "typeLabel", "type", "link", "link", "mediaType", "mediaType"));
    }

    @Override
    Document read(RowReader row) {
        String title = row.required("title");
        List<Category> categories = row.parse("categories", Category::parseList);
        Period period = row.parse("period", FrenchValues::parsePeriod);
        if (period == null && row.text("period") == null) {
            row.error(row.raw("period") == null ? "title" : "period", "period", ProblemCode.REQUIRED, null);
        }
        URI link = row.parse("link", DocumentMapper::link);
        String id = row.text("id");
        if (id == null && title != null) {
            id = row.parse("title", Document::slugOf);
        }
        if (title == null || period == null || id == null || row.hasErrors()) {
            return null;
        }
        return new Document(id, title, categories == null ? List.of() : categories, period, row.text("type"), link,
                row.text("mediaType"));
    }

    private static URI link(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, "a web address such as https://…");
        }
    }

    @Override
    void check(Document document, RuleContext context) {
        CatalogueRules.checkQuarterCategories(document, "", name ->
                referential.resolver().resolve(name, TerritoryKind.QUARTER).territory().isPresent()
                        || referential.resolver().resolve(name, TerritoryKind.DISTRICT).territory().isPresent(),
                context);
    }

    @Override
    List<String> write(Document document, CellStyle style) {
        List<String> cells = new ArrayList<>();
        cells.add(document.id());
        cells.add(document.title());
        cells.add(Category.formatList(document.categories()));
        cells.add(text(document.period()));
        cells.add(text(document.typeLabel()));
        cells.add(text(document.link()));
        cells.add(text(document.mediaType()));
        return List.copyOf(cells);
    }
}
