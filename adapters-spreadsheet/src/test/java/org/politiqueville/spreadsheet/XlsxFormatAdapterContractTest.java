package org.politiqueville.spreadsheet;

import java.util.List;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatAdapterContract;

class XlsxFormatAdapterContractTest extends FormatAdapterContract {

    @Override
    protected FormatAdapter adapter() {
        return new XlsxFormatAdapter();
    }

    @Override
    protected List<SampleInput> sampleInputs() {
        return List.of(sample("quartiers-excel-fr.csv", RecordKind.QUARTERS),
                sample("qpv-2024-national-extract.csv", RecordKind.QUARTERS),
                sample("observations-filosofi.csv", RecordKind.OBSERVATIONS),
                sample("documents-seed.csv", RecordKind.DOCUMENTS));
    }

    private static SampleInput sample(String fixture, RecordKind kind) {
        return new SampleInput(fixture.replace(".csv", ".xlsx"), kind,
                Workbooks.textWorkbook(Workbooks.csvFixture(fixture), SpreadsheetFormat.XLSX, "Feuille1"));
    }

    @Override
    protected boolean streamsOutput() {
        return true;
    }
}
