package dev.parallax.pipeline;

import dev.parallax.actors.DescriptionLexicon;
import dev.parallax.actors.GovernmentBodies;
import dev.parallax.actors.IdentifiedPersons;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.NameVariants;
import dev.parallax.actors.TitleLexicon;
import dev.parallax.events.CameoCodes;
import dev.parallax.events.EventDates;
import dev.parallax.events.EventPatterns;
import dev.parallax.events.Modifiers;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
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
          CameoCodes.TABLE,
          EventDates.TABLE);

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
