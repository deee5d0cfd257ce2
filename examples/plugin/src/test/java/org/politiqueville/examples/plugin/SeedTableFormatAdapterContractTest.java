package org.politiqueville.examples.plugin;

import java.util.List;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatAdapterContract;

class SeedTableFormatAdapterContractTest extends FormatAdapterContract {

    @Override
    protected FormatAdapter adapter() {
        return new SeedTableFormatAdapter();
    }

    @Override
    protected List<SampleInput> sampleInputs() {
        return List.of(SampleInput.ofResource(getClass(), "/documents-ressources.seed", RecordKind.DOCUMENTS),
                SampleInput.ofText("mixed.md", RecordKind.DOCUMENTS, """
                        Documents | Catégories | Année |
                        ---|---|---|
                        Bilan 2019 | Pilotage : contrat de Ville | 2019 |
                        Sans année | Pilotage : contrat de Ville | hier |
                        Pipe \\| dans le titre | Quartier : Atlantide | 2016/2017 |
                        """));
    }
}
