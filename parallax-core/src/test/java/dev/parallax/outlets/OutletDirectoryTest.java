package dev.parallax.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Outlet;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletDirectoryTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  private static Article article(String id, String source, String outlet) {
    return new Article(id, source, outlet, null, null, null, "en", "Text.", List.of());
  }

  private static OutletDirectory of(Rules rules, Article... articles) {
    return OutletDirectory.of(List.of(articles), rules, KB);
  }

  /** The bundled examples' case: a manifest's name and the URL host the cleaner fell back to. */
  @Test
  void aNameAndTheHostSpellingItAreOneOutlet() {
    OutletDirectory d =
        of(
            Rules.bundled(),
            article("a1", "pahonia-post-minsk-retaliates.txt", "Pahonia Post"),
            article("a2", "pahonia-post-apple-ban-shoppers.txt", "pahoniapost.eu"),
            article("a3", "dnieper.html", "Dnieper Herald"));
    assertThat(d.outlets())
        .extracting(Outlet::name)
        .containsExactly("Dnieper Herald", "Pahonia Post");
    Outlet pahonia = d.ofArticle("a2").orElseThrow();
    assertThat(d.ofArticle("a1")).contains(pahonia);
    assertThat(pahonia.domains()).containsExactly("pahoniapost.eu");
    assertThat(pahonia.aliases()).containsExactly("pahoniapost.eu");
    assertThat(pahonia.articles()).isEqualTo(2);
    assertThat(pahonia.country()).isNull(); // .eu is no country
    assertThat(pahonia.id()).matches("o[0-9a-f]{16}");
    assertThat(d.canonical(article("a2", "x.txt", "pahoniapost.eu")).outlet())
        .isEqualTo("Pahonia Post");
    assertThat(d.find("PAHONIAPOST.EU")).contains(pahonia);
    assertThat(d.find(pahonia.id())).contains(pahonia);
    assertThat(d.find("Dnieper Herald")).isNotEqualTo(d.find("Pahonia Post"));
  }

  /** A URL source joins two names through its host; the host's country-code domain names it. */
  @Test
  void sharedHostsJoinNamesAndACountryCodeDomainGivesTheCountry() {
    OutletDirectory d =
        of(
            Rules.bundled(),
            article("a1", "https://www.mpb.md/en/a", "Moldova Public Broadcasting"),
            article("a2", "https://mpb.md/en/b", "MPB"),
            article("a3", "https://mpb.md/en/c", "Moldova Public Broadcasting"));
    assertThat(d.outlets()).hasSize(1);
    Outlet o = d.outlets().get(0);
    assertThat(o.name()).isEqualTo("Moldova Public Broadcasting");
    assertThat(o.aliases()).containsExactly("MPB");
    assertThat(o.domains()).containsExactly("mpb.md");
    assertThat(o.country()).isEqualTo("MDA");
  }

  /**
   * The media list and the bundled domains join a known outlet's spellings and give its country;
   * its name is the corpus's own spelling, the media list's only when the corpus gives hosts alone.
   */
  @Test
  void theMediaListAndTheBundledDomainsJoinAKnownOutlet() {
    OutletDirectory d =
        of(
            Rules.bundled(),
            article("a1", "https://tass.com/politics/1", "tass.com"),
            article("a2", "a2.txt", "ITAR-TASS"),
            article("a3", "https://www.bbc.co.uk/news/x", "bbc.co.uk"),
            article("a4", "a4.txt", "RFE/RL"));
    assertThat(d.outlets())
        .extracting(Outlet::name)
        .containsExactly("British Broadcasting Corporation", "ITAR-TASS", "RFE/RL");
    assertThat(d.ofArticle("a1")).isEqualTo(d.ofArticle("a2"));
    assertThat(d.ofArticle("a1").orElseThrow().country()).isEqualTo("RUS");
    assertThat(d.ofArticle("a3").orElseThrow().country()).isEqualTo("GBR");
    assertThat(d.ofArticle("a4").orElseThrow().country()).isEqualTo("USA");
  }

  /** A user's outlet table, read through the checked rule loader, assigns names and groups. */
  @Test
  void aUsersOutletTableAssignsAGroup(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(
        dir.resolve("outlets/outlets.tsv"),
        "id\tname\taliases\tdomains\tcountry\tgroup\n"
            + "DNIEPER\tDnieper Herald\tThe Dnieper Herald\tdneprherald.by\t\tstate media\n"
            + "TASS\t\t\t\t\tstate media\n");
    Rules rules = Rules.layered(List.of(OutletDirectory.TABLE), dir, List.of());
    OutletDirectory d =
        of(
            rules,
            article("a1", "https://dneprherald.by/en/x", "dneprherald.by"),
            article("a2", "a2.txt", "The Dnieper Herald"),
            article("a3", "a3.txt", "TASS"),
            article("a4", "a4.txt", "Prut Valley Gazette"));
    Outlet dnieper = d.ofArticle("a1").orElseThrow();
    assertThat(d.ofArticle("a2")).contains(dnieper);
    assertThat(dnieper.name()).isEqualTo("Dnieper Herald");
    assertThat(dnieper.group()).isEqualTo("state media");
    assertThat(dnieper.country()).isEqualTo("BLR");
    Outlet tass = d.ofArticle("a3").orElseThrow();
    assertThat(tass.group()).isEqualTo("state media");
    assertThat(tass.domains()).as("the bundled row's domains are replaced").isEmpty();
    assertThat(d.ofArticle("a4").orElseThrow().group()).isNull();
    assertThat(d.ofArticle("a4").orElseThrow().country()).isNull();
  }

  /** Ids are stable: the same corpus in another order gives the same outlets. */
  @Test
  void idsDoNotDependOnArticleOrder() {
    Article a = article("a1", "x.txt", "Pahonia Post");
    Article b = article("a2", "y.txt", "pahoniapost.eu");
    Article c = article("a3", "z.txt", null);
    assertThat(of(Rules.bundled(), a, b, c).outlets())
        .isEqualTo(of(Rules.bundled(), c, b, a).outlets());
    assertThat(of(Rules.bundled(), a, c).ofArticle("a3")).isEmpty();
  }
}
