package org.politiqueville.robustness.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.territory.TerritoryResolver;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.robustness.Checks;

/**
 * Name resolution on any names: the Nantes referential and a referential whose labels and aliases
 * come from the input. A resolution is found (with a canonical name), ambiguous (with at least two
 * candidates) or not found; a label always finds its own territory unless another territory shares
 * its key; {@code require} throws only {@link InvalidValueException}.
 */
class NameResolutionFuzzTest {

    private static final TerritoryResolver NANTES = NantesMetropole.resolver();

    @FuzzTest(maxDuration = "10m")
    void resolvesAnyName(FuzzedDataProvider data) {
        String label = data.consumeString(200);
        String alias = data.consumeString(200);
        String name = data.consumeRemainingAsString();
        NameKey.of(name);
        NameKey.compact(name);
        for (TerritoryKind kind : TerritoryKind.values()) {
            consistent(NANTES, name, kind);
        }
        consistent(NANTES, name, null);
        try {
            NANTES.resolveCommune(name);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        if (NameKey.of(label).isEmpty()) {
            return;
        }
        TerritoryResolver custom = TerritoryResolver.builder().reference(label, alias).build();
        Resolution found = custom.resolve(label, TerritoryKind.REFERENCE);
        Checks.check(found instanceof Resolution.Found, "a label does not find its territory: " + found);
        consistent(custom, name, null);
        consistent(custom, alias, TerritoryKind.REFERENCE);
    }

    private static void consistent(TerritoryResolver resolver, String name, TerritoryKind kind) {
        Resolution resolution = resolver.resolve(name, kind);
        if (resolution instanceof Resolution.Found found) {
            TerritoryRef ref = found.orElseThrow();
            Checks.check(kind == null || ref.kind() == kind, "found a territory of another kind");
            Checks.check(resolver.canonicalName(ref).isPresent(), "found a territory without a name");
        } else if (resolution instanceof Resolution.Ambiguous ambiguous) {
            Checks.check(ambiguous.candidates().size() > 1, "ambiguous with fewer than two candidates");
        }
        try {
            resolver.require(name, kind);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
    }
}
