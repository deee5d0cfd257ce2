package org.politiqueville.csv;

import java.util.List;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatAdapterContract;

class CsvFormatAdapterContractTest extends FormatAdapterContract {

    @Override
    protected FormatAdapter adapter() {
        return new CsvFormatAdapter();
    }

    @Override
    protected List<SampleInput> sampleInputs() {
        return List.of(SampleInput.ofResource(getClass(), "/fixtures/quartiers-excel-fr.csv", RecordKind.QUARTERS),
                SampleInput.ofResource(getClass(), "/fixtures/qpv-2024-national-extract.csv", RecordKind.QUARTERS),
                SampleInput.ofResource(getClass(), "/fixtures/observations-filosofi.csv", RecordKind.OBSERVATIONS),
                SampleInput.ofResource(getClass(), "/fixtures/documents-seed.csv", RecordKind.DOCUMENTS));
    }

    @Override
    protected boolean streamsOutput() {
        return true;
    }
}
