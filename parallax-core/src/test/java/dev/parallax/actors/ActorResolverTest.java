package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  static final ActorResolver RESOLVER = new ActorResolver(KnowledgeBase.builtIn());

  static ArticleActors tag(String id, String date, String body) {
    Article article =
        new Article(
            id,
            id + ".txt",
            null,
            null,
            date == null ? null : PartialDate.parse(date),
            DateSource.METADATA,
            "en",
            body,
            List.of());
    AnnotatedArticle annotated = CoreNlpAnnotators.shared(Profile.FULL).annotate(article);
    return RESOLVER.tag(annotated);
  }

  @Test
  void debug() {
    ArticleActors a =
        tag(
            "d1",
            "2024-05-02",
            "Kosovo President Vjosa Osmani said on Friday that the self-proclaimed republic would"
                + " not bow. The Russian Foreign Ministry's spokeswoman called it a provocation."
                + " Russia's foreign ministry summoned the envoy. Moldovan Foreign Minister Doina"
                + " Ursachi met Vasile Ciobanu, Moldova's economy minister, in Chisinau. The"
                + " minister said she was calm. The Intelligence and Security Service (SIS) said"
                + " the service had proof. Viosa Osmani and Krivosheyev left. Russian diplomats"
                + " were expelled from Pristina, and the Kremlin protested.");
    a.mentions().forEach(m -> System.out.println(m));
    assertThat(a.mentions()).isNotEmpty();
  }
}
