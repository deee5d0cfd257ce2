package org.politiqueville.json;

import java.util.List;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatAdapterContract;

class JsonFormatAdapterContractTest extends FormatAdapterContract {

    @Override
    protected FormatAdapter adapter() {
        return new JsonFormatAdapter();
    }

    @Override
    protected List<SampleInput> sampleInputs() {
        return List.of(SampleInput.ofResource(getClass(), PolitiqueVilleJson.NANTES_SAMPLE, RecordKind.CONTRACT),
                SampleInput.ofResource(getClass(), "/format/quarters.json", RecordKind.QUARTERS),
                SampleInput.ofResource(getClass(), "/format/bodies.json", RecordKind.BODIES),
                SampleInput.ofResource(getClass(), "/format/indicators.json", RecordKind.INDICATORS),
                SampleInput.ofResource(getClass(), "/format/communes.jsonl", RecordKind.COMMUNES),
                SampleInput.ofResource(getClass(), "/format/documents.jsonl", RecordKind.DOCUMENTS),
                SampleInput.ofResource(getClass(), "/format/observations-with-rejects.json", RecordKind.OBSERVATIONS));
    }

    @Override
    protected boolean streamsOutput() {
        return true;
    }
}
