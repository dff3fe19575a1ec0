package dev.parallax.stories;

import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import java.util.List;

/** Hand-written articles about invented happenings, for the story tests. */
final class TestArticles {
  private TestArticles() {}

  static Article article(String id, String outlet, String date, String title, String... paras) {
    PartialDate published = date == null ? null : PartialDate.parse(date);
    return new Article(
        id,
        id + ".txt",
        outlet,
        title,
        published,
        published == null ? null : DateSource.METADATA,
        "en",
        String.join("\n\n", paras),
        List.of());
  }

  /** Three reports of an expulsion of diplomats, May 2024. */
  static List<Article> expulsion() {
    return List.of(
        article(
            "a1",
            "Valley Wire",
            "2024-05-14",
            "Freedonia expels two Sylvanian diplomats over spying claims",
            "Freedonia on Tuesday ordered two diplomats of the Sylvanian embassy in Port Aldo to"
                + " leave within three days, accusing them of espionage against its army.",
            "Foreign Minister Lena Varga said the pair had photographed military depots near the"
                + " border and paid informants.",
            "Sylvania called the expulsion groundless and promised a response."),
        article(
            "a2",
            "Sylvan Voice",
            "2024-05-15",
            "Sylvania vows answer to Freedonia's expulsion of its envoys",
            "The Sylvanian foreign ministry condemned the expulsion of two of its diplomats from"
                + " Port Aldo as a hostile provocation.",
            "Freedonia's minister Lena Varga had accused the diplomats of espionage and of"
                + " photographing army depots.",
            "A spokesman said Sylvania would answer the expulsion in kind."),
        article(
            "a3",
            "Harbour Times",
            "2024-05-14",
            "Two envoys told to leave Port Aldo in espionage row",
            "Two Sylvanian diplomats have three days to leave Freedonia after Lena Varga accused"
                + " them of espionage.",
            "The embassy in Port Aldo rejected the charge; Sylvania promised a response to the"
                + " expulsion."));
  }

  /** Three reports of a flood, May 2024. */
  static List<Article> flood() {
    return List.of(
        article(
            "b1",
            "Valley Wire",
            "2024-05-15",
            "Floods cut off villages in the Marlow valley",
            "Heavy rain swelled the river Marlow overnight, flooding farms and cutting roads to"
                + " six villages.",
            "Rescue crews evacuated families by boat, and the regional council opened shelters in"
                + " schools."),
        article(
            "b2",
            "Harbour Times",
            "2024-05-16",
            "Marlow river bursts its banks after record rain",
            "The Marlow burst its banks after record rain, leaving villages flooded and roads"
                + " under water.",
            "Boats evacuated families; the council said shelters were open."),
        article(
            "b3",
            "Sylvan Voice",
            "2024-05-15",
            "Evacuations as rain floods Marlow farms",
            "Rescue crews with boats evacuated families from flooded farms along the Marlow after"
                + " a night of rain.",
            "Roads to the villages remain cut, the council said."));
  }

  /** Filler reports of unrelated happenings, so that document frequencies mean something. */
  static List<Article> filler() {
    return List.of(
        article(
            "f1",
            "Valley Wire",
            "2024-02-02",
            "Port Aldo opens new tram line",
            "The city opened a tram line linking the harbour with the university district."),
        article(
            "f2",
            "Harbour Times",
            "2024-03-09",
            "Chess champion retains title",
            "The reigning champion drew the final game and kept the national chess title."),
        article(
            "f3",
            "Sylvan Voice",
            "2024-04-21",
            "Bakers protest flour prices",
            "Bakers marched through the capital demanding lower prices for flour and energy."));
  }

  /**
   * Two halves of one report that share no word ({@code h1}, {@code h2}) and the whole report
   * ({@code h3}), undated.
   */
  static List<Article> halves() {
    return List.of(
        article("h1", null, null, null, "turbine blades cracked at the quarry dam"),
        article("h2", null, null, null, "engineers drained the reservoir overnight"),
        article(
            "h3",
            null,
            null,
            null,
            "turbine blades cracked at the quarry dam and engineers drained the reservoir"
                + " overnight"));
  }

  /**
   * Undated reports of three happenings between the same two countries, in the same words
   * (diplomats, persona non grata, expulsion, embassy): the expulsion of two envoys ordered by Lena
   * Varga (c1-c3), an earlier expulsion of a trade attaché, Tomas Brenner (d1), and a later quarrel
   * over Sylvanian claims by its minister Ivo Dragan (e1). Each names the others as background.
   */
  static List<Article> sharedBackground() {
    return List.of(
        article(
            "c1",
            null,
            null,
            "Freedonia expels two Sylvanian diplomats over national security",
            "Freedonia declared two Sylvanian diplomats persona non grata on Friday and gave them"
                + " two days to leave the country, citing harmful activities.",
            "Foreign Minister Lena Varga said the expulsion was ordered to protect national"
                + " security and the constitutional order of Freedonia.",
            "Sylvania called the expulsion of its diplomats a provocation against its embassy.",
            "Sylvania does not recognise the government in Port Aldo, which declared its"
                + " independence from Sylvania after a war."),
        article(
            "c2",
            null,
            null,
            "Two Sylvanian diplomats told to leave Freedonia",
            "Lena Varga, Freedonia's foreign minister, said on March 3 that two diplomats of the"
                + " Sylvanian embassy were declared persona non grata and must leave the country.",
            "Varga accused Sylvania of spreading a malign influence through its diplomats and"
                + " its embassy in Port Aldo.",
            "Sylvania does not recognise the independence of Freedonia, and its embassy in Port"
                + " Aldo works through a liaison office."),
        article(
            "c3",
            null,
            null,
            "Sylvania condemns expulsion of its diplomats as provocation",
            "The Sylvanian foreign ministry condemned the expulsion of two of its diplomats from"
                + " Freedonia as a gross provocation against its embassy.",
            "Spokesman Pavel Orlov said Sylvania rejects any claim that its diplomats harmed the"
                + " national security of Freedonia.",
            "As a reminder, on March 3 Freedonia's minister Lena Varga declared two Sylvanian"
                + " diplomats persona non grata, citing the constitutional order.",
            "Sylvania does not recognise the independence Freedonia declared after the war."),
        article(
            "d1",
            null,
            null,
            "Freedonia declares Sylvanian trade attaché persona non grata",
            "Freedonia said on Thursday that a Sylvanian trade attaché at the embassy in Port Aldo"
                + " had been declared persona non grata after a police operation.",
            "The attaché, Tomas Brenner, was detained at a border crossing and later released,"
                + " the police said, and must now leave the country.",
            "Sylvania called the expulsion of its diplomat a provocation and said its embassy"
                + " would protest.",
            "Sylvania does not recognise the independence Freedonia declared after the war."),
        article(
            "e1",
            null,
            null,
            "Freedonia rejects Sylvanian claims about mercenaries",
            "Freedonia's foreign ministry on Sunday rejected claims by Sylvanian minister Ivo Dragan"
                + " that mercenaries were recruited in Freedonia for a war abroad.",
            "Dragan had told Sylvanian media that Freedonia was becoming a hotbed of crime, and"
                + " the ministry called his words propaganda against the country.",
            "Relations have been tense since Freedonia declared Sylvanian diplomats persona non"
                + " grata and expelled them from the embassy in Port Aldo.",
            "Sylvania does not recognise the independence Freedonia declared after the war."));
  }
}
