package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's rows layered over the bundled actor tables change what the lexicons and resolver do. */
class UserRulesTest {
  @TempDir Path dir;

  @Test
  void aUsersOfficeHolderIsKnownAndResolved() throws IOException {
    Path offices =
        write(
            "my-offices.tsv",
            "person\tvariants\tsurname\tholder\toffice\tfunction\tcode\tstart\tend\tnote",
            "Ada Example\t\t\tKSV\tEnvoy\tOTHER\tKSVGOV\t2020-01-01\t\ta test person");
    Rules rules = Rules.layered(KnowledgeBase.TABLES, null, List.of(offices));
    KnowledgeBase kb = KnowledgeBase.of(rules);
    assertThat(kb.problems()).isEmpty();
    assertThat(kb.officesHeld("Ada Example", LocalDate.of(2024, 5, 2)))
        .extracting(OfficeTerm::code)
        .containsExactly("KSVGOV");
    assertThat(KnowledgeBase.builtIn().officesHeld("Ada Example", LocalDate.of(2024, 5, 2)))
        .isEmpty();

    ArticleActors actors = new ActorResolver(kb).tag(article("Ada Example arrived ."));
    assertThat(actors.mentions())
        .anySatisfy(
            m -> {
              assertThat(m.text()).isEqualTo("Ada Example");
              assertThat(m.actor()).isEqualTo("KSVGOV");
            });
  }

  @Test
  void aRemovalRowInAKnowledgeBaseFileDropsABundledEntry() throws IOException {
    assertThat(KnowledgeBase.builtIn().metonyms("the Kremlin")).isNotEmpty();
    Path metonyms = write("mine.tsv", "surface\ttarget\trole\tkind\tnote", "!the Kremlin");
    KnowledgeBase kb =
        KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(metonyms)));
    assertThat(kb.metonyms("the Kremlin")).isEmpty();
    assertThat(kb.metonyms("Smolensky Square")).isNotEmpty();
  }

  @Test
  void aUsersMetonymRowsReplaceEveryBundledReadingOfTheirSurface() throws IOException {
    assertThat(KnowledgeBase.builtIn().metonyms("Brussels")).hasSize(2);
    Path metonyms =
        write("mine.tsv", "surface\ttarget\trole\tkind\tnote", "Brussels\tBEL\tGOV\tcapital\t");
    KnowledgeBase kb =
        KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(metonyms)));
    assertThat(kb.metonyms("Brussels")).extracting(Metonym::actorCode).containsExactly("BELGOV");
  }

  @Test
  void aUsersTitleIsATitle() throws IOException {
    Rules rules = folder(TitleLexicon.TABLE, "title\tfunction\trole", "grand vizier\t-\tGOV");
    List<Token> tokens = tokens("the grand vizier");
    assertThat(TitleLexicon.of(Rules.bundled()).titleEnding(tokens, 1, 3)).isEmpty();
    assertThat(TitleLexicon.of(rules).titleEnding(tokens, 1, 3))
        .hasValueSatisfying(t -> assertThat(t.role()).isEqualTo("GOV"));
  }

  @Test
  void aUsersDescriptionRefersBack() throws IOException {
    Rules rules =
        folder(
            DescriptionLexicon.DESCRIPTIONS,
            "description\trefers\trole",
            "unrecognised enclave\tdisputed\t-");
    List<Token> tokens = tokens("the unrecognised enclave");
    assertThat(DescriptionLexicon.of(Rules.bundled()).at(tokens, 0)).isEmpty();
    assertThat(DescriptionLexicon.of(rules).at(tokens, 0))
        .hasValueSatisfying(f -> assertThat(f.disputed()).isTrue());
    Rules disputed = folder(DescriptionLexicon.DISPUTED, "alpha3\tnote", "!TWN");
    assertThat(DescriptionLexicon.of(disputed).isDisputed("TWN")).isFalse();
    assertThat(DescriptionLexicon.of(disputed).isDisputed("XKX")).isTrue();
  }

  @Test
  void aUsersFoldJoinsSpellings() throws IOException {
    Rules rules = folder(NameVariants.TABLE, "level\tpattern\treplacement", "variant\tph\tf");
    assertThat(NameVariants.builtIn().variant("Stephan")).isNotEqualTo("stefan");
    assertThat(NameVariants.of(rules).variant("Stephan"))
        .isEqualTo(NameVariants.of(rules).variant("Stefan"));
  }

  @Test
  void aUsersGovernmentBodyAndIdentificationVerbAreRead() throws IOException {
    Rules rules =
        folder(GovernmentBodies.TABLE, "phrase", "Ministry of Territorial Affairs", "!cabinet");
    assertThat(rules.table(GovernmentBodies.TABLE).rows())
        .extracting(r -> r.text("phrase"))
        .contains("Ministry of Territorial Affairs")
        .doesNotContain("cabinet");
    Rules verbs = folder(IdentifiedPersons.TABLE, "lemma", "!name", "list");
    assertThat(verbs.table(IdentifiedPersons.TABLE).rows())
        .extracting(r -> r.text("lemma"))
        .containsExactly("identify", "list");
  }

  private Rules folder(TableSpec spec, String... lines) throws IOException {
    return UserRules.over(dir, spec, lines);
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  /** Tokens of space-separated words, lemma the lower-cased word. */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : ".".equals(w) ? "." : "NN";
      out.add(new Token(out.size(), at, at + w.length(), w, w.toLowerCase(), pos, "O"));
      at += w.length() + 1;
    }
    return out;
  }

  /** One sentence whose first two words are a PERSON name. */
  private static AnnotatedArticle article(String body) {
    List<Token> words = tokens(body);
    List<Token> tokens = new ArrayList<>();
    for (Token t : words) {
      String ner = t.index() < 2 ? "PERSON" : "O";
      String pos = t.index() == 2 ? "VBD" : t.pos();
      tokens.add(new Token(t.index(), t.start(), t.end(), t.text(), t.lemma(), pos, ner));
    }
    Sentence s = new Sentence(0, 0, body.length(), tokens, List.of());
    Article article =
        new Article(
            "a1",
            "a1.txt",
            null,
            null,
            PartialDate.parse("2024-05-02"),
            DateSource.METADATA,
            "en",
            body,
            List.of());
    NamedEntity name = new NamedEntity(0, 11, "Ada Example", "PERSON", 0);
    return new AnnotatedArticle(article, List.of(s), List.of(name), List.of(), List.of());
  }
}
