package dev.parallax.pipeline;

import dev.parallax.clean.BoilerplateLexicon;
import dev.parallax.clean.LanguageGuess;
import dev.parallax.clean.PageDates;
import dev.parallax.clean.TextLexicon;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import dev.parallax.stories.WordNormaliser;
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
          PageDates.MONTHS,
          LanguageGuess.TABLE,
          TextLexicon.TABLE,
          // time
          DateLikeSentences.TABLE,
          TimeLexicon.CALENDAR_WORDS,
          TimeLexicon.NOT_TIME,
          TimeLexicon.ANAPHORS,
          TimeLexicon.PERIOD_WORDS,
          TimeLexicon.HOLIDAYS,
          // stories
          WordNormaliser.STOPWORDS,
          WordNormaliser.NOT_NAMES);

  private RuleTables() {}

  /**
   * The bundled rules with a user's rules folder (may be null) and knowledge-base files over them.
   *
   * @throws dev.parallax.resources.RulesException naming every problem, with file and line
   */
  public static Rules layered(Path rulesFolder, List<Path> kbFiles) {
    return rulesFolder == null && kbFiles.isEmpty()
        ? Rules.bundled()
        : Rules.layered(ALL, rulesFolder, kbFiles);
  }
}
