package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written dumps of an invented news site, one kind of page debris per test. */
class TextPageCleanerTest {
  private static final String P1 =
      "The harbour authority of Westmere closed the northern pier on Tuesday after divers found"
          + " cracks in three of its concrete pillars, officials said.";
  private static final String P2 =
      "Ferries will dock at the southern terminal until engineers finish a full survey, which the"
          + " authority expects to take at least six weeks.";
  private static final String P3 =
      "\"We cannot take any risks with a structure that carries thousands of passengers a day,\""
          + " the harbour master, Ines Calloway, told reporters at the quay.";
  private static final String P4 =
      "Local traders said the closure would cost them dearly during the autumn festival, when"
          + " visitor numbers usually double along the waterfront.";
  private static final String P5 =
      "The pier was last renovated eleven years ago, and an inspection in the spring had found no"
          + " defects that required urgent repair, according to council records.";
  private static final List<String> STORY = List.of(P1, P2, P3, P4, P5);

  /** The paragraph of the story right above a box set into it. */
  private static final String DIVERS =
      "Divers first noticed the damage during a routine check of the mooring rings, when one of"
          + " them found a crack wide enough to push a finger into below the waterline.";

  /** Three paragraphs of the story that go on under a box set into it. */
  private static final List<String> RESUMED =
      List.of(
          "Engineers from the county will drill samples from every pillar of the pier next week"
              + " and send them to a laboratory inland, where technicians will test how much"
              + " weight the concrete can still bear after decades of salt water and storms.",
          "The authority has asked ferry operators to publish the new timetable on their own"
              + " websites and at every ticket office, because the southern terminal has fewer"
              + " berths and some of the evening crossings will have to leave earlier than usual.",
          "Councillors will debate the cost of a repair at their meeting next month, and the"
              + " harbour master said she hoped the money could be found before the winter gales"
              + " arrive and make any work on the northern side of the harbour impossible.");

  private static final String MENU =
      String.join("\n\n", "Home", "World", "Business", "Sport", "Culture", "Opinion", "Sign in");

  private final TextPageCleaner cleaner = new TextPageCleaner();

  private static String story() {
    return String.join("\n\n", STORY);
  }

  private static CleanedPage clean(String... blocks) {
    return new TextPageCleaner().clean(String.join("\n\n", blocks), null);
  }

  private static List<RemovalReason> reasons(CleanedPage page) {
    return page.removed().stream().map(RemovedBlock::reason).toList();
  }

  @Test
  void keepsTheStoryAndDropsTheMenu() {
    CleanedPage page = clean(MENU, story(), "© 2024 Westmere Gazette. All rights reserved.");
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.NAVIGATION, RemovalReason.LEGAL);
  }

  @Test
  void cutsACommentThreadThatOutweighsTheStory() {
    String[] comments = {
      "I have walked that pier every morning for twenty years and never once felt it move under"
          + " my feet, but I am glad somebody finally looked at the pillars properly.",
      "The festival stalls could simply move to the old fish market for one season; the council"
          + " did exactly that when the square was dug up for the new drains.",
      "Six weeks is optimistic. The last survey of the eastern breakwater was promised for"
          + " spring and the report only came out just before Christmas.",
      "Who signed off on the spring inspection? Somebody should explain how cracks that size"
          + " were missed only a few months ago by the same engineers.",
      "My son works on the southern ferry line and says the terminal there cannot handle the"
          + " evening crowds, so expect long queues until the pier reopens."
    };
    StringBuilder thread = new StringBuilder("14 Comments on \"Northern pier closed\"");
    String[] names = {"Marta K.", "oldsailor says:", "Devin Roe", "Priya", "Hal Brennan"};
    for (int i = 0; i < names.length; i++) {
      thread.append("\n\n").append(names[i]).append("\n\n");
      thread.append("October ").append(3 + i).append(", 2024 at 7:4").append(i).append(" pm");
      thread.append("\n\n").append(comments[i]);
      thread.append("\n\n").append(comments[(i + 2) % comments.length]);
      thread.append("\n\nReply");
    }
    CleanedPage page = clean(MENU, story(), thread.toString());
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.COMMENTS);
  }

  @Test
  void dropsDatedTeasersAfterTheStory() {
    String teasers =
        String.join(
            "\n\n",
            "Ferry fares to rise in the new year",
            "Operators blamed fuel costs and said the rise would be the first in four years...",
            "Nov 28, 2024",
            "Lighthouse keeper's cottage sold at auction",
            "The cottage on the headland went for twice its guide price after a bidding war...",
            "Nov 21, 2024",
            "School choir wins regional contest",
            "Forty pupils from the harbour primary sang their way to first place on Saturday...",
            "Nov 14, 2024");
    CleanedPage page = clean(MENU, story(), teasers);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
  }

  @Test
  void sectionsOfAStoryAreNoTeasers() {
    CleanedPage page =
        clean(
            story(),
            "What happens next",
            "Engineers will drill samples from each pillar and test them in the council's lab.",
            "Who pays",
            "The harbour authority will cover the survey from its own reserve fund this year.",
            "How long",
            "The full report is due in the new year and will go before the council in public.");
    assertThat(page.paragraphs()).contains(P5, "Who pays");
  }

  @Test
  void aTimelineOfDatedParagraphsIsNoCommentThread() {
    String timeline =
        String.join(
            "\n\n",
            "Timeline",
            "May 2, 2013",
            "The pier reopens after a first renovation paid for by the harbour authority.",
            "June 9, 2019",
            "Inspectors report minor corrosion on two of the northern pillars of the pier.",
            "April 1, 2024",
            "The council postpones a full survey of the pier for another budget year.");
    CleanedPage page = clean(story(), timeline);
    assertThat(page.paragraphs()).contains(P5, "June 9, 2019");
  }

  @Test
  void dropsATrendingListAfterTheStory() {
    CleanedPage page =
        clean(
            story(),
            "Editors' Picks\nMost Read\n1\nCouncil Approves New Budget For Schools\n"
                + "2Storm Warning Issued For Coastal Towns\n3Rail Strike Called Off At Last Minute");
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).containsExactly(RemovalReason.RELATED_LINKS);
  }

  @Test
  void dropsDonationAndNewsletterAppeals() {
    CleanedPage page =
        clean(
            "Support the Westmere Gazette!",
            story(),
            "Sign up for our free daily newsletter",
            "Get the morning briefing in your inbox every weekday. Never miss the news that matters.",
            "Subscribers agree to the Privacy Policy",
            "Dear readers,",
            "Independent reporting costs money. If you can, please make a contribution today: every"
                + " donation keeps our reporters on the waterfront.",
            "Once\nMonthly\nAnnual\nContinue");
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.PROMOTION);
  }

  @Test
  void dropsCaptionsAndPhotoCredits() {
    CleanedPage page =
        clean(
            "Cracks found in Westmere pier",
            "Divers Tom Hale Ana Ruiz / Gazette Photos",
            "The northern pier at dawn\nThe northern pier at dawn\n" + P1,
            P2,
            P3,
            P4,
            P5);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.CAPTION);
  }

  @Test
  void dropsPostNavigationShareButtonsCookiesAndDisclaimers() {
    CleanedPage page =
        clean(
            "We use cookies to improve your experience. By continuing you accept our cookie policy.",
            "Accept all",
            "Share on Facebook\nShare on Twitter\nEmail",
            story(),
            "Disclaimer: this article is for informational purposes only and does not constitute"
                + " legal advice.",
            "Previous Post Next Post");
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page))
        .contains(RemovalReason.LEGAL, RemovalReason.SHARE, RemovalReason.NAVIGATION);
  }

  @Test
  void dropsALinkBoxInsideTheStoryAndKeepsWhatFollows() {
    CleanedPage page =
        clean(
            P1,
            P2,
            "Related",
            "Storm Warning For Coastal Towns",
            "Ferry Fares To Rise In Spring",
            P3,
            P4,
            P5);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).containsExactly(RemovalReason.RELATED_LINKS);
  }

  @Test
  void aRelatedBoxSetIntoTheStoryDoesNotEndIt() {
    String before = DIVERS;
    List<String> after = RESUMED;
    CleanedPage page =
        clean(
            story(),
            before,
            "You May Also Like",
            "Storm Warning For Coastal Towns",
            "Ferry Fares To Rise In Spring",
            "Lighthouse Cottage Sold At Auction",
            String.join("\n\n", after));
    assertThat(page.paragraphs()).containsSequence(P5, before).containsAll(after);
    assertThat(page.paragraphs()).doesNotContain("Ferry Fares To Rise In Spring");
    assertThat(reasons(page)).containsExactly(RemovalReason.RELATED_LINKS);
  }

  @Test
  void anAppealSetIntoTheStoryDoesNotEndIt() {
    String before = DIVERS;
    CleanedPage page =
        clean(
            story(),
            before,
            "Get the Westmere Gazette in your inbox",
            "Join thousands of readers who start the day with our morning briefing of local news.",
            "Subscribe",
            String.join("\n\n", RESUMED));
    assertThat(page.paragraphs()).containsSequence(P5, before).containsAll(RESUMED);
    assertThat(page.paragraphs()).doesNotContain("Subscribe");
  }

  @Test
  void aDataTableDoesNotSplitTheStory() {
    String table =
        String.join(
            "\n\n",
            "Structure",
            "Length",
            "Opened",
            "North pier",
            "210 m",
            "1962",
            "South pier",
            "145 m",
            "1978",
            "Ferry jetty",
            "60 m",
            "2004",
            "Fish quay",
            "95 m",
            "1931",
            "Marina pontoon",
            "40 m",
            "2016",
            "Lifeboat slip",
            "25 m",
            "1899");
    CleanedPage page = clean(MENU, P1, P2, table, P3, P4, P5);
    assertThat(page.paragraphs()).containsSequence(P1, P2, "Structure").contains("210 m", P5);
    assertThat(page.paragraphs()).doesNotContain("Sport");
  }

  @Test
  void aCommentFormEndsTheStoryHoweverMuchFollows() {
    String dialog =
        String.join(
            "\n\n",
            "Share this story with your readers",
            "You may print or post our articles free of charge, as long as you keep the byline and"
                + " say that the story first appeared in the Westmere Gazette.",
            "Please do not edit the text beyond small changes of style, and do not sell the story"
                + " or put it behind a paywall on your own website.",
            "Photographs belong to the people who took them, so you need their permission before"
                + " you publish any of the pictures that came with the article.",
            "Add a link to the original article at the top or the bottom of your copy, so that"
                + " readers can find any corrections we make later on.",
            "If you have questions about these terms, write to the editors and we will answer"
                + " within a few working days, usually sooner than that.",
            "We are glad when local papers and newsletters share our reporting with their own"
                + " readers, and we thank you for helping us reach more people.");
    CleanedPage page = clean(story(), "Name*\nEmail*\nWebsite", dialog);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).first().isEqualTo(RemovalReason.COMMENTS);
  }

  @Test
  void dropsCaptionsThatEndInACredit() {
    String last =
        "Repairs to the southern pier, finished last year, cost the council less than expected."
            + " Nobody was hurt.";
    CleanedPage page =
        clean(
            P1,
            "Divers inspect the third pillar of the northern pier at low tide on Tuesday morning."
                + " Photo: Westmere Harbour Authority",
            P2,
            P3,
            "The pier in 1962, a year after it opened to ferries from the islands.Jane Roe / Getty"
                + " Images",
            P4,
            "A ferry waits at the southern terminal. Courtesy of the ferry company.",
            P5,
            last);
    assertThat(page.paragraphs()).containsExactly(P1, P2, P3, P4, P5, last);
    assertThat(reasons(page)).containsOnly(RemovalReason.CAPTION);
  }

  @Test
  void dropsTheCommentSection() {
    CleanedPage page =
        clean(
            story(),
            "Leave a Reply",
            "Marta K. says: I walk my dog on that pier every morning and never noticed anything"
                + " wrong with it, which is frightening when you think about it.",
            "Dan P. says: The council has ignored the harbour for years and this was bound to"
                + " happen sooner or later, mark my words.");
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.COMMENTS);
  }

  @Test
  void keepsARepeatedParagraphOnce() {
    String nearCopy = P4.replace("dearly", "dearly ") + " ";
    CleanedPage page = clean(P1, P2, P3, P2, P4, nearCopy.replace("double", "double,"), P5);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).containsOnly(RemovalReason.DUPLICATE);
  }

  @Test
  void findsTheHeadlineAndDatelineAndKeepsThemOutOfTheBody() {
    String headline = "Cracks force closure of Westmere's northern pier";
    CleanedPage page =
        new TextPageCleaner()
            .clean(
                String.join(
                    "\n\n",
                    headline + " - Westmere Gazette",
                    MENU,
                    headline,
                    "By Rosa Lind",
                    "Published October 23,2021",
                    story()),
                "https://gazette.example/news/westmere-pier-closure-cracks");
    assertThat(page.title()).isEqualTo(headline);
    assertThat(page.published()).isEqualTo(PartialDate.parse("2021-10-23"));
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
    assertThat(reasons(page)).contains(RemovalReason.TITLE, RemovalReason.BYLINE);
  }

  @Test
  void aDateInTheStoryIsNotThePublicationDate() {
    String opening =
        "On March 3, 2020, the harbour authority of Westmere first warned that the northern pier"
            + " needed repairs, a report seen by this newspaper shows.";
    CleanedPage page = clean(MENU, opening, P2, P3, P4, P5);
    assertThat(page.published()).isNull();
    assertThat(page.paragraphs()).first().isEqualTo(opening);
  }

  @Test
  void readsOtherDatelineForms() {
    assertThat(clean("Pier closed", "23 Oct 2021 14:05", story()).published())
        .isEqualTo(PartialDate.parse("2021-10-23"));
    assertThat(clean("Pier closed", "2021-10-23", story()).published())
        .isEqualTo(PartialDate.parse("2021-10-23"));
  }

  @Test
  void splitsABlockWhoseLinesDifferInKind() {
    String block = String.join("\n", STORY) + "\nMost Popular\nStorm Warning For Coastal Towns";
    CleanedPage page = clean(block);
    assertThat(page.paragraphs()).containsExactlyElementsOf(STORY);
  }

  @Test
  void joinsALineBrokenInsideASentence() {
    CleanedPage page =
        clean(
            "The harbour authority of Westmere closed the northern pier on Tuesday after\n"
                + "divers found cracks in three of its concrete pillars, officials said.",
            P2,
            P3);
    assertThat(page.paragraphs().get(0))
        .isEqualTo(
            "The harbour authority of Westmere closed the northern pier on Tuesday after divers"
                + " found cracks in three of its concrete pillars, officials said.");
  }

  @Test
  void emptyAndNavigationOnlyDumpsGiveAnEmptyBody() {
    assertThat(cleaner.clean("", null).paragraphs()).isEmpty();
    assertThat(cleaner.clean("\n \n\t\n", null).paragraphs()).isEmpty();
    CleanedPage nav = cleaner.clean(MENU + "\n\nPrivacy Policy\n\nContact us", null);
    assertThat(nav.paragraphs()).isEmpty();
    assertThat(nav.removed()).isNotEmpty();
  }

  @Test
  void articleCleanerRejectsANavigationOnlyDump() {
    byte[] bytes = (MENU + "\n\nPrivacy Policy").getBytes(StandardCharsets.UTF_8);
    ArticleRecord record =
        new ArticleCleaner()
            .clean(
                RawDocument.of(
                    "nav.txt", bytes, MediaType.TEXT, StandardCharsets.UTF_8, SourceMetadata.NONE));
    assertThat(record).isInstanceOf(Rejection.class);
    assertThat(((Rejection) record).rejected()).contains("no article text");
  }

  @Test
  void articleCleanerTakesTitleAndDateFromTheDump() {
    byte[] bytes =
        String.join(
                "\n\n",
                MENU,
                "Westmere pier closed after divers find cracks",
                "2021-10-23",
                story())
            .getBytes(StandardCharsets.UTF_8);
    ArticleRecord record =
        new ArticleCleaner()
            .clean(
                RawDocument.of(
                    "pier.txt",
                    bytes,
                    MediaType.TEXT,
                    StandardCharsets.UTF_8,
                    SourceMetadata.NONE));
    assertThat(record).isInstanceOf(Article.class);
    Article article = (Article) record;
    assertThat(article.title()).isEqualTo("Westmere pier closed after divers find cracks");
    assertThat(article.published()).isEqualTo(PartialDate.parse("2021-10-23"));
    assertThat(article.body()).isEqualTo(String.join("\n\n", STORY));
  }

  @Test
  void survivesVeryLongLinesAndUnbalancedQuotes() {
    String longLine = (P1 + " ").repeat(2000).strip();
    String quote = "\"The pier will reopen when it is safe, the harbour master said on Friday.";
    CleanedPage page = clean(MENU, longLine, quote + " " + P2, "“" + P3);
    assertThat(page.paragraphs()).containsExactly(longLine, quote + " " + P2, "“" + P3);
  }

  @Test
  void oddInputNeverThrowsAndGivesTheSameAnswerTwice() {
    List<String> inputs =
        List.of(
            "\u0000\u0001\uFFFD",
            "\n\n\n",
            "Приштина заявила в пятницу, что двое сотрудников покинули страну после решения"
                + " правительства, сообщило местное телевидение.\n\n東京で会議が開かれた。",
            "\"\"\"\n\n“\n\n‘",
            "x\r\ny\rz\n\n" + "word ".repeat(50_000));
    for (String input : inputs) {
      CleanedPage first = cleaner.clean(input, "not a url");
      assertThat(cleaner.clean(input, "not a url")).isEqualTo(first);
    }
  }

  @Test
  void bodyHoldsOnlyTextOfTheInput() {
    String input =
        String.join("\n\n", MENU, "Pier   closed", "By Rosa Lind", story(), "Read more")
            + "\n\nThe  harbour   said so.   It said it twice, in a long line of text here.";
    String folded = input.replaceAll("[ \\t]+", " ");
    for (String paragraph : cleaner.clean(input, null).paragraphs()) {
      assertThat(folded).contains(paragraph);
    }
  }

  @Test
  void aShortNoteOfSentencesIsKeptWhole() {
    CleanedPage page = clean("The bridge closed for repairs on Tuesday.", "Ferries ran instead.");
    assertThat(page.paragraphs())
        .containsExactly("The bridge closed for repairs on Tuesday.", "Ferries ran instead.");
  }

  @Test
  void aShortMenuIsNotMistakenForANote() {
    CleanedPage page = clean("Home", "World", "Business", "Subscribe to our newsletter.");
    assertThat(page.paragraphs()).isEmpty();
  }
}
