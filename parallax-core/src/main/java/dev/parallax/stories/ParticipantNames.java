package dev.parallax.stories;

import dev.parallax.actors.KbHit;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.NameVariants;
import dev.parallax.actors.OfficeTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the named people in a run of capitalised words ("Kosovo President Vjosa Osmani", "Russian
 * Foreign Minister Sergey Lavrov"): the participants that tell one happening from another between
 * the same countries. A person is two or more adjacent name-like words (capitalised, not all
 * capitals, neither a known country, organisation, place or role nor an institution or calendar
 * word of {@code stories/not-names.tsv}) not followed by an institution word, or one word the
 * knowledge base knows as a person. Each is keyed by its last word, the surname, folded to its
 * transliteration skeleton, so spellings of a first name (Vjosa, Viosa) or of the surname
 * (Kovalevskaya, Kavaleuskaya) still meet. Thread-safe.
 */
final class ParticipantNames {
  private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]+");

  private static final NameVariants VARIANTS = NameVariants.builtIn();

  private final KnowledgeBase kb;
  private final WordNormaliser words;

  ParticipantNames(KnowledgeBase kb, WordNormaliser words) {
    this.kb = kb;
    this.words = words;
  }

  /** Adds to {@code into} the surname keys of the people named in {@code run}. */
  void addPeople(List<String> run, Set<String> into) {
    List<String> person = new ArrayList<>();
    for (String word : run) {
      Kind kind = kind(word);
      if (kind == Kind.NAME_WORD) {
        person.add(word);
        continue;
      }
      // name words followed by an institution word name the institution ("Food Safety Agency")
      if (kind == Kind.KNOWN_PERSON) {
        flush(person, into);
        into.add(key(word));
      }
      person.clear();
    }
    flush(person, into);
  }

  /**
   * The comparison key of a capitalised word: folded, with transliteration variants joined (the
   * name-variant skeleton of {@link NameVariants}: Kovalevskaya and Kavaleuskaya meet).
   */
  static String key(String word) {
    return VARIANTS.skeleton(WordNormaliser.fold(word));
  }

  private static void flush(List<String> person, Set<String> into) {
    if (person.size() >= 2) {
      into.add(key(person.get(person.size() - 1)));
    }
    person.clear();
  }

  private enum Kind {
    NAME_WORD,
    KNOWN_PERSON,
    OTHER
  }

  private Kind kind(String word) {
    String folded = WordNormaliser.fold(word);
    if (!NAME_LIKE.matcher(word).matches() || words.isStopword(folded) || words.isNotName(folded)) {
      return Kind.OTHER;
    }
    List<KbHit> hits = kb.lookup(word);
    if (hits.isEmpty()) {
      return Kind.NAME_WORD;
    }
    boolean person = hits.stream().allMatch(h -> h.entry() instanceof OfficeTerm);
    return person ? Kind.KNOWN_PERSON : Kind.OTHER;
  }
}
