/**
 * The politiqueville domain model: official identifiers, territories, governance bodies,
 * engagements, indicators and observations, the document catalogue and the city contract that holds
 * them, with their validation.
 *
 * <p>Depends only on the Jakarta Bean Validation API and the SLF4J API. A Bean Validation provider
 * (Hibernate Validator) is needed at run time to validate with constraints.
 */
module org.politiqueville.core {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports org.politiqueville.core.validation;
    exports org.politiqueville.core.id;
    exports org.politiqueville.core.id.constraints;
    exports org.politiqueville.core.text;
    exports org.politiqueville.core.territory;
    exports org.politiqueville.core.sample;
    exports org.politiqueville.core.governance;
    exports org.politiqueville.core.engagement;
    exports org.politiqueville.core.indicator;
    exports org.politiqueville.core.catalogue;
    exports org.politiqueville.core.contract;
    exports org.politiqueville.core.exchange;
    exports org.politiqueville.core.spi;

    uses org.politiqueville.core.spi.FormatAdapter;

    // Bean Validation providers read constraint annotations and values reflectively.
    opens org.politiqueville.core.id.constraints;
    opens org.politiqueville.core.territory;
    opens org.politiqueville.core.governance;
    opens org.politiqueville.core.engagement;
    opens org.politiqueville.core.indicator;
    opens org.politiqueville.core.catalogue;
    opens org.politiqueville.core.contract;
}
