package org.politiqueville.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class GovernanceBodyTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void buildsABodyWithItsParts() {
        GovernanceBody council = GovernanceBody.builder("malakoff", "Conseil citoyen Malakoff",
                        BodyKind.CITIZENS_COUNCIL)
                .territory(TerritoryRef.quarter("malakoff"))
                .installation(ReducedDate.parse("2016"))
                .composition(new CouncilComposition(MemberCount.of(6, 6), MemberCount.of(3, 3), null))
                .build();

        assertThat(council.isCitizensCouncil()).isTrue();
        assertThat(council.isAnnounced()).isFalse();
        assertThat(council.territories()).containsExactly(TerritoryRef.quarter("malakoff"));
        assertThat(council.legalIdentifiers()).isEqualTo(LegalIdentifiers.NONE);
        assertThat(council.end()).isNull();
        assertThat(council.toBuilder().build()).isEqualTo(council);
    }

    @Test
    void regardsABodyWithoutInstallationDateAsAnnounced() {
        GovernanceBody council = GovernanceBody.builder("clos-toreau", "Conseil citoyen du Clos Toreau",
                BodyKind.CITIZENS_COUNCIL).territory(TerritoryRef.quarter("clos-toreau")).build();

        assertThat(council.isAnnounced()).isTrue();
    }

    @Test
    void readsNullLegalIdentifiersAsNone() {
        GovernanceBody body = new GovernanceBody("asso", "Association", BodyKind.ASSOCIATION, null, List.of(), null,
                null, List.of(), null);

        assertThat(body.legalIdentifiers().isEmpty()).isTrue();
        assertThat(LegalIdentifiers.ofRna(RnaNumber.parse("W2D1234567")).isEmpty()).isFalse();
    }

    @Test
    void copiesItsLists() {
        List<String> members = new ArrayList<>(List.of("asso-1"));
        GovernanceBody body = GovernanceBody.builder("collectif", "Inter-associatif", BodyKind.ASSOCIATIONS_COLLECTIVE)
                .members(members).build();
        members.add("asso-2");

        assertThat(body.members()).containsExactly("asso-1");
        assertThatThrownBy(() -> body.members().add("asso-3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankId() {
        assertThatThrownBy(() -> GovernanceBody.builder(" ", "Conseil", BodyKind.CITIZENS_COUNCIL).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void rejectsMissingKindAndNullTerritory() {
        assertThatNullPointerException().isThrownBy(() -> GovernanceBody.builder("x", "X", null).build())
                .withMessage("kind");
        assertThatNullPointerException().isThrownBy(() -> new GovernanceBody("x", "X", BodyKind.OTHER, null,
                java.util.Arrays.asList((TerritoryRef) null), null, null, List.of(), null));
    }

    @Test
    void countsCompositionByCollege() {
        CouncilComposition composition = new CouncilComposition(new MemberCount(6, 5, 1), MemberCount.of(4, 2),
                ResidentSelection.DRAWN_BY_LOT_AND_VOLUNTEERS);

        assertThat(composition.residents()).isEqualTo(12);
        assertThat(composition.total()).isEqualTo(18);
        assertThat(composition.college(College.RESIDENTS)).isEqualTo(new MemberCount(6, 5, 1));
        assertThat(composition.college(College.ASSOCIATIONS_AND_LOCAL_ACTORS).total()).isEqualTo(6);
    }

    @Test
    void rejectsMembershipWithoutMemberOrOrganisation() {
        assertThatThrownBy(() -> Membership.of("", "copil")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Membership.of("asso-1", " ")).isInstanceOf(InvalidValueException.class);
        assertThatNullPointerException().isThrownBy(() -> Membership.of(null, "copil")).withMessage("member");
    }

    @Test
    void validBodyHasNoConstraintViolation() {
        GovernanceBody council = GovernanceRulesTest.nantesBodies().get(0);

        assertThat(validator.validate(council)).isEmpty();
    }

    @Test
    void constraintsReportNegativeCountsBlankNameAndBlankMember() {
        GovernanceBody body = GovernanceBody.builder("malakoff", " ", BodyKind.CITIZENS_COUNCIL)
                .member("")
                .composition(new CouncilComposition(new MemberCount(-1, 2, 0), MemberCount.of(0, -3), null))
                .build();

        Set<ConstraintViolation<GovernanceBody>> violations = validator.validate(body);

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "members[0].<list element>",
                        "composition.residentsCollege.women", "composition.actorsCollege.men");
    }
}
