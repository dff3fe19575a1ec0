package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.resources.Rules;
import dev.parallax.testing.ExpectedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.builtIn();

  @Test
  void namesSpellingsAndSurnamesFindTheSamePerson() {
    assertThat(kb.termsOf("Vucic")).extracting(OfficeTerm::person).containsOnly("Aleksandar Vučić");
    assertThat(kb.termsOf("Viosa Osmani"))
        .extracting(OfficeTerm::person)
        .containsOnly("Vjosa Osmani");
    assertThat(kb.termsOf("Sergei Lavrov")).extracting(OfficeTerm::code).containsOnly("RUSGOV");
    assertThat(kb.termsOf("Lavrov")).extracting(OfficeTerm::person).containsOnly("Sergey Lavrov");
    assertThat(kb.termsOf("Nobody Atall")).isEmpty();
    assertThat(kb.termsOf("May")).extracting(OfficeTerm::person).containsOnly("Theresa May");
    assertThat(kb.termsOf("may")).isEmpty();
  }

  @Test
  void officeHeldOnADate() {
    assertThat(kb.officesHeld("Vjosa Osmani", LocalDate.of(2021, 10, 25)))
        .singleElement()
        .satisfies(t -> assertThat(t.office()).isEqualTo("President"))
        .satisfies(t -> assertThat(t.code()).isEqualTo("KSVGOV"));
    assertThat(kb.officesHeld("Vjosa Osmani", LocalDate.of(2020, 12, 1)))
        .extracting(OfficeTerm::office)
        .containsExactlyInAnyOrder("Acting President", "Speaker of the Assembly");
    // A surname alone finds everyone with it: resolution must decide with context.
    assertThat(kb.officesHeld("Osmani", LocalDate.of(2020, 12, 1)))
        .extracting(OfficeTerm::person)
        .contains("Vjosa Osmani", "Bujar Osmani");
    assertThat(kb.officesHeld("Maria Zakharova", LocalDate.of(2021, 10, 23)))
        .extracting(OfficeTerm::function)
        .containsExactly(OfficeFunction.SPOKESPERSON);
    assertThat(kb.officesHeld("Vucic", LocalDate.of(2016, 1, 1)))
        .extracting(OfficeTerm::office)
        .containsExactly("Prime Minister");
  }

  @Test
  void whoHeldAnOfficeOnADate() {
    assertThat(kb.holders("KSV", OfficeFunction.HEAD_OF_GOVERNMENT, LocalDate.of(2019, 5, 28)))
        .extracting(OfficeTerm::person)
        .containsExactly("Ramush Haradinaj");
    assertThat(kb.holders("Kosovo", OfficeFunction.FOREIGN_MINISTER, LocalDate.of(2022, 2, 15)))
        .extracting(OfficeTerm::person)
        .containsExactly("Donika Gërvalla-Schwarz");
    assertThat(kb.holders("USA", OfficeFunction.HEAD_OF_GOVERNMENT, LocalDate.of(2022, 1, 1)))
        .extracting(OfficeTerm::person)
        .containsExactly("Joe Biden");
    assertThat(kb.holders("Albania", "Prime Minister", LocalDate.of(2021, 1, 20)))
        .extracting(OfficeTerm::person)
        .containsExactly("Edi Rama");
  }

  @Test
  void onAHandOverDayOnlyTheSuccessorHoldsTheOffice() {
    assertThat(kb.holders("GBR", OfficeFunction.HEAD_OF_GOVERNMENT, LocalDate.of(2022, 10, 25)))
        .extracting(OfficeTerm::person)
        .containsExactly("Rishi Sunak");
    assertThat(kb.holders("GBR", OfficeFunction.HEAD_OF_GOVERNMENT, LocalDate.of(2022, 10, 24)))
        .extracting(OfficeTerm::person)
        .containsExactly("Liz Truss");
  }

  @Test
  void aYearOnlyEndCoversTheWholeYear() {
    assertThat(kb.holders("CHN", OfficeFunction.SPOKESPERSON, LocalDate.of(2023, 12, 31)))
        .extracting(OfficeTerm::person)
        .contains("Zhao Lijian", "Mao Ning")
        .doesNotContain("Lu Kang");
  }

  @Test
  void metonymsStandForGovernmentsAndOrganisations() {
    assertThat(kb.metonyms("the Kremlin")).extracting(Metonym::actorCode).containsExactly("RUSGOV");
    assertThat(kb.metonyms("Kremlin")).extracting(Metonym::actorCode).containsExactly("RUSGOV");
    assertThat(kb.metonyms("Pristina")).extracting(Metonym::actorCode).containsExactly("KSVGOV");
    assertThat(kb.metonyms("Prishtinë")).extracting(Metonym::actorCode).containsExactly("KSVGOV");
    assertThat(kb.metonyms("Moscow")).extracting(Metonym::actorCode).containsExactly("RUSGOV");
    assertThat(kb.metonyms("Belgrade")).extracting(Metonym::actorCode).containsExactly("SRBGOV");
    assertThat(kb.metonyms("Washington")).extracting(Metonym::actorCode).containsExactly("USAGOV");
    assertThat(kb.metonyms("Brussels"))
        .extracting(Metonym::actorCode)
        .containsExactly("IGOEUREEC", "BELGOV");
    assertThat(kb.metonyms("Elysee")).extracting(Metonym::actorCode).containsExactly("FRAGOV");
    assertThat(kb.metonyms("the Pentagon"))
        .extracting(Metonym::actorCode)
        .containsExactly("USAMIL");
  }

  @Test
  void countriesByNameAliasAndDemonym() {
    assertThat(kb.countryNamed("Russian Federation").orElseThrow().code()).isEqualTo("RUS");
    assertThat(kb.countryNamed("Great Britain").orElseThrow().code()).isEqualTo("GBR");
    assertThat(kb.countryNamed("UK").orElseThrow().code()).isEqualTo("GBR");
    assertThat(kb.countryNamed("U.S.").orElseThrow().code()).isEqualTo("USA");
    assertThat(kb.countryNamed("us")).isEmpty();
    assertThat(kb.countryNamed("kosova").orElseThrow().code()).isEqualTo("KSV");
    assertThat(kb.countryOfDemonym("Russians").orElseThrow().code()).isEqualTo("RUS");
    assertThat(kb.countryOfDemonym("Kosovar").orElseThrow().code()).isEqualTo("KSV");
    assertThat(kb.countryOfDemonym("Serb").orElseThrow().code()).isEqualTo("SRB");
    assertThat(kb.countryOfDemonym("Poles").orElseThrow().code()).isEqualTo("POL");
    assertThat(kb.countryOfDemonym("poles")).isEmpty();
    assertThat(kb.countryOfDemonym("us")).isEmpty();
    assertThat(kb.countryOfDemonym("U.S.").orElseThrow().code()).isEqualTo("USA");
  }

  @Test
  void roleNounsAndDemonymsMakeAnActorCode() {
    String country = kb.countryOfDemonym("Russian").orElseThrow().code();
    String role = kb.roleOfNoun("diplomats").orElseThrow().code();
    assertThat(kb.actorCode(country, role)).contains("RUSGOV");
    assertThat(kb.roleOfNoun("troops").orElseThrow().code()).isEqualTo("MIL");
    assertThat(kb.roleOfNoun("Police").orElseThrow().code()).isEqualTo("COP");
    assertThat(kb.roleOfNoun("lawmakers").orElseThrow().code()).isEqualTo("LEG");
    assertThat(kb.roleOfNoun("broadcaster").orElseThrow().code()).isEqualTo("MED");
    assertThat(kb.roleOfNoun("spokeswoman").orElseThrow().code()).isEqualTo("GOV");
    assertThat(kb.actorCode("EU", "")).contains("IGOEUREEC");
    assertThat(kb.actorCode("Atlantis", "GOV")).isEmpty();
  }

  @Test
  void organisationsByAcronymOrFullName() {
    assertThat(kb.organization("UNMIK").orElseThrow().code()).isEqualTo("IGOUNO");
    assertThat(
            kb.organization("the UN Interim Administration Mission in Kosovo").orElseThrow().id())
        .isEqualTo("UNMIK");
    assertThat(kb.organization("the United Nations").orElseThrow().id()).isEqualTo("UN");
    assertThat(kb.organization("Nato").orElseThrow().code()).isEqualTo("IGOWSTNAT");
    assertThat(kb.organization("WHO").orElseThrow().id()).isEqualTo("WHO");
    assertThat(kb.organization("who")).isEmpty();
    assertThat(kb.organization("Radio Televizioni i Kosoves").orElseThrow().code())
        .isEqualTo("KSVMED");
    assertThat(kb.organization("RFE/RL").orElseThrow().code()).isEqualTo("USAMED");
    assertThat(kb.organization("AKI").orElseThrow().code()).isEqualTo("KSVSPY");
  }

  @Test
  void lookupListsEveryKindOfMatch() {
    assertThat(kb.lookup("Georgia")).extracting(KbHit::how).containsExactly(KbHit.How.NAME);
    assertThat(kb.lookup("Brussels")).hasSize(2);
    assertThat(kb.lookup("U.S.")).singleElement().extracting(KbHit::how).isEqualTo(KbHit.How.ALIAS);
    assertThat(kb.lookup("Li"))
        .extracting(h -> h.entry().label())
        .contains("Li Keqiang", "Li Qiang");
  }

  @Test
  @ExpectedLog("knowledge base: .*offices.tsv:3: invalid month 13") // the row under test
  void userFilesAddAndOverride(@TempDir Path dir) throws IOException {
    Path metonyms =
        write(
            dir,
            "mine-metonyms.tsv",
            "# mine",
            "surface\ttarget\trole\tkind\tnote",
            "Brussels\tBEL\tGOV\tcapital\tonly Belgium here",
            "Dardania\tKSV\tGOV\tcapital\ta made-up metonym for the test");
    Path offices =
        write(
            dir,
            "offices.tsv",
            "person\tvariants\tsurname\tholder\toffice\tfunction\tcode\tstart\tend\tnote",
            "Ana Example\tAnna Example\t\tXK\tAmbassador\tOTHER\tKSVGOV\t2020-01\t\ttest person",
            "Bad Dates\t\t\tKSV\tAmbassador\tOTHER\tKSVGOV\t2020-13-01\t\tbad month");
    KnowledgeBase mine =
        KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(metonyms, offices)));

    assertThat(mine.metonyms("Brussels")).extracting(Metonym::actorCode).containsExactly("BELGOV");
    assertThat(mine.metonyms("Dardania")).extracting(Metonym::actorCode).containsExactly("KSVGOV");
    assertThat(mine.officesHeld("Anna Example", LocalDate.of(2020, 1, 15)))
        .singleElement()
        .satisfies(t -> assertThat(t.holder()).isEqualTo("KSV"));
    assertThat(mine.problems()).singleElement().asString().contains("offices.tsv:3");
    assertThat(mine.terms()).hasSize(kb.terms().size() + 1);
    assertThat(kb.metonyms("Brussels")).hasSize(2);
  }

  @Test
  void aUserRowWithAnExistingKeyReplacesIt(@TempDir Path dir) throws IOException {
    Path roles = write(dir, "roles.tsv", "code\tdescription\tnouns", "MED\tMedia\tpodcaster|media");
    KnowledgeBase mine =
        KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(roles)));
    assertThat(mine.roleOfNoun("podcaster").orElseThrow().code()).isEqualTo("MED");
    assertThat(mine.roleOfNoun("broadcaster")).isEmpty();
    assertThat(mine.roles()).hasSameSizeAs(kb.roles());
  }

  @Test
  void aFileWithoutAKnownHeaderIsRefused(@TempDir Path dir) throws IOException {
    Path bad = write(dir, "bad.tsv", "name\tcode", "Someone\tXXXGOV");
    assertThatThrownBy(
            () -> KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(bad))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header");
  }

  private static Path write(Path dir, String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }
}
