package dev.parallax.pipeline;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.DescriptionLexicon;
import dev.parallax.actors.GovernmentBodies;
import dev.parallax.actors.IdentifiedPersons;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.NameVariants;
import dev.parallax.actors.TitleLexicon;
import dev.parallax.annotate.PronounCoref;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.clean.BoilerplateLexicon;
import dev.parallax.clean.DateFinder;
import dev.parallax.clean.LanguageGuess;
import dev.parallax.clean.PageDates;
import dev.parallax.clean.TextLexicon;
import dev.parallax.conflicts.ConflictDetector;
import dev.parallax.conflicts.StanceLexicon;
import dev.parallax.coverage.CoverageBuilder;
import dev.parallax.coverage.LabelWords;
import dev.parallax.coverage.LoadedLabelLexicon;
import dev.parallax.coverage.ToneLexicon;
import dev.parallax.events.CameoCodes;
import dev.parallax.events.EventDates;
import dev.parallax.events.EventExtractor;
import dev.parallax.events.EventPatterns;
import dev.parallax.events.Governing;
import dev.parallax.events.Modifiers;
import dev.parallax.outlets.OutletDirectory;
import dev.parallax.quotes.DiscourseIdioms;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.SpeechCues;
import dev.parallax.quotes.StanceObjects;
import dev.parallax.resources.RuleProblem;
import dev.parallax.resources.Rules;
import dev.parallax.resources.RulesException;
import dev.parallax.resources.TableSpec;
import dev.parallax.stories.WordNormaliser;
import dev.parallax.time.PublicationDateInference;
import dev.parallax.time.TimeLexicon;
import dev.parallax.time.internal.DateLikeSentences;
import java.nio.file.Path;
import java.util.List;

/**
 * Every rule table the standard stages read, each declared beside the lexicon it feeds: the list a
 * user's rules folder is checked against and {@code parallax rules} prints.
 */
public final class RuleTables {
  /** The tables, grouped by stage in pipeline order. */
  public static final List<TableSpec> ALL =
      List.of(
          // clean
          BoilerplateLexicon.MARKUP,
          BoilerplateLexicon.PHRASES,
          BoilerplateLexicon.APPEALS,
          PageDates.MONTHS,
          DateFinder.MARKUP,
          LanguageGuess.TABLE,
          TextLexicon.TABLE,
          // annotate
          PronounCoref.TABLE,
          // time
          DateLikeSentences.TABLE,
          TimeLexicon.CALENDAR_WORDS,
          TimeLexicon.NOT_TIME,
          TimeLexicon.ANAPHORS,
          TimeLexicon.PERIOD_WORDS,
          TimeLexicon.HOLIDAYS,
          // actors
          TitleLexicon.TABLE,
          DescriptionLexicon.DESCRIPTIONS,
          DescriptionLexicon.DISPUTED,
          GovernmentBodies.TABLE,
          IdentifiedPersons.TABLE,
          NameVariants.TABLE,
          KnowledgeBase.COUNTRIES,
          KnowledgeBase.ORGANIZATIONS,
          KnowledgeBase.MEDIA,
          KnowledgeBase.ROLES,
          KnowledgeBase.METONYMS,
          KnowledgeBase.OFFICES,
          // events
          EventPatterns.TABLE,
          Modifiers.MODIFIERS,
          Modifiers.INTENT,
          Governing.VERBS,
          Governing.CODES,
          CameoCodes.TABLE,
          EventDates.TABLE,
          // quotes
          SpeechCues.TABLE,
          StanceObjects.TABLE,
          DiscourseIdioms.TABLE,
          // stories
          WordNormaliser.STOPWORDS,
          WordNormaliser.NOT_NAMES,
          // outlets
          OutletDirectory.TABLE,
          // coverage
          LoadedLabelLexicon.TABLE,
          LabelWords.TABLE,
          ToneLexicon.TABLE,
          // conflicts
          StanceLexicon.FRAMES,
          StanceLexicon.STANCE_TERMS,
          StanceLexicon.NEGATION);

  private RuleTables() {}

  /**
   * The bundled rules with a user's rules folder (may be null) and knowledge-base files over them.
   *
   * @throws dev.parallax.resources.RulesException naming every problem, with file and line
   */
  public static Rules layered(Path rulesFolder, List<Path> kbFiles) {
    if (rulesFolder == null && kbFiles.isEmpty()) {
      return Rules.bundled();
    }
    Rules rules = Rules.layered(ALL, rulesFolder, kbFiles);
    check(rules);
    return rules;
  }

  /**
   * Builds every lexicon of {@code rules} (no NLP model loads), so that a row each table accepts
   * but its lexicon cannot use (a stance term of an unknown frame, a tone weight out of range) is
   * reported before any analysis starts.
   *
   * @throws RulesException naming the problem
   */
  static void check(Rules rules) {
    try {
      KnowledgeBase kb = KnowledgeBase.of(rules);
      new ArticleCleaner(rules);
      new PublicationDateInference(rules);
      DateLikeSentences.of(rules);
      new ActorResolver(kb);
      new EventExtractor(rules);
      new QuoteExtractor(rules);
      WordNormaliser.of(rules);
      new CoverageBuilder(rules);
      new ConflictDetector(kb, rules);
      Models.of(rules).parseCues();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new RulesException(
          List.of(new RuleProblem(String.valueOf(rules.userFiles()), 0, e.getMessage())));
    }
  }
}
