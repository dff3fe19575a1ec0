package dev.parallax.quotes;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The speech cues of {@code speech-cues.tsv}: verbs of saying, attribution phrases and nouns that
 * stand for their author's words. Immutable and thread-safe.
 *
 * @param verbs verb lemmas of saying, lower-case
 * @param stances verb lemmas that attribute a stance or plan, lower-case
 * @param tells verb lemmas whose first object is the listener
 * @param phrases attribution phrases as lower-case word lists ("according", "to")
 * @param documents noun lemmas, lower-case
 * @param nouns lemmas of nouns of saying whose that-clause is the content, lower-case
 * @param people lemmas of nouns describing a person, lower-case
 * @param adjectives lemmas of adjectives of belief or feeling whose that-clause is the content
 * @param addressed verb lemmas whose "to" phrase names the listener, not the topic
 * @param predicatives verb lemmas whose plain object is a content only with its predicate
 * @param evidentials adverbs of hearsay that mark their clause as said by someone unnamed
 * @param frames nouns of a view or finding that frame a clause after "in" ("in the poll")
 * @param clausals verb lemmas of saying or thinking read only with a quotation or a clause, never
 *     with an object ("she continued", "they assume that ...")
 * @param objectless verb or stance lemmas whose object or topic phrase is no content, though their
 *     clause is ("addressed the convention", "backed the bill")
 */
public record SpeechCues(
    Set<String> verbs,
    Set<String> stances,
    Set<String> tells,
    List<List<String>> phrases,
    Set<String> documents,
    Set<String> nouns,
    Set<String> people,
    Set<String> adjectives,
    Set<String> addressed,
    Set<String> predicatives,
    Set<String> evidentials,
    Set<String> frames,
    Set<String> clausals,
    Set<String> objectless) {
  /** The cues, one row per cue and kind. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "quotes/speech-cues.tsv",
          "Cues of reported speech: verbs, nouns, adjectives and phrases of saying, by kind",
          Column.text("cue").asKey(),
          Column.kind(
                  "kind",
                  "verb",
                  "stance",
                  "tell",
                  "phrase",
                  "person",
                  "noun",
                  "document",
                  "adjective",
                  "addressed",
                  "predicative",
                  "evidential",
                  "frame",
                  "clausal",
                  "objectless")
              .asKey());

  public SpeechCues {
    verbs = Set.copyOf(verbs);
    stances = Set.copyOf(stances);
    tells = Set.copyOf(tells);
    phrases = List.copyOf(phrases);
    documents = Set.copyOf(documents);
    nouns = Set.copyOf(nouns);
    people = Set.copyOf(people);
    adjectives = Set.copyOf(adjectives);
    addressed = Set.copyOf(addressed);
    predicatives = Set.copyOf(predicatives);
    evidentials = Set.copyOf(evidentials);
    frames = Set.copyOf(frames);
    clausals = Set.copyOf(clausals);
    objectless = Set.copyOf(objectless);
  }

  /** The cues of {@code rules}. */
  public static SpeechCues of(Rules rules) {
    return rules.lexicon(SpeechCues.class, SpeechCues::load);
  }

  static SpeechCues bundled() {
    return of(Rules.bundled());
  }

  /**
   * The lemmas, lower case, whose sentences the quotes stage needs parsed: every cue of the kinds
   * read from the dependency parse. A verb, stance, noun or adjective cue heads the clause that is
   * the content, an evidential adverb modifies it, a frame noun is found by its "in" phrase, a
   * clausal verb by its clause. The other kinds need no parse of their own: tell, addressed and
   * predicative only qualify a word that is a cue by another row, person and document nouns stand
   * for the speaker of a cue of another kind, and phrases are matched on the words. A sentence
   * holding none of these lemmas is left unparsed by the annotator, so its cues are never read.
   */
  public Set<String> parsedLemmas() {
    Set<String> all = new HashSet<>();
    for (Set<String> kind :
        List.of(verbs, stances, nouns, adjectives, evidentials, frames, clausals)) {
      all.addAll(kind);
    }
    return Set.copyOf(all);
  }

  boolean isVerb(String lemma) {
    return has(verbs, lemma) || isClausal(lemma);
  }

  boolean isClausal(String lemma) {
    return has(clausals, lemma);
  }

  boolean isObjectless(String lemma) {
    return has(objectless, lemma);
  }

  boolean isStance(String lemma) {
    return has(stances, lemma);
  }

  boolean isTell(String lemma) {
    return has(tells, lemma);
  }

  boolean isNoun(String lemma) {
    return has(nouns, lemma);
  }

  boolean isPerson(String lemma) {
    return has(people, lemma);
  }

  boolean isAdjective(String lemma) {
    return has(adjectives, lemma);
  }

  boolean isAddressed(String lemma) {
    return has(addressed, lemma);
  }

  boolean isPredicative(String lemma) {
    return has(predicatives, lemma);
  }

  boolean isEvidential(String lemma) {
    return has(evidentials, lemma);
  }

  boolean isFrame(String lemma) {
    return has(frames, lemma);
  }

  private static boolean has(Set<String> lemmas, String lemma) {
    return lemma != null && lemmas.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** An attribution phrase as written in the text ("According to"), any case. */
  boolean isPhrase(String cue) {
    return cue != null && phrases.contains(List.of(cue.toLowerCase(Locale.ROOT).split(" ")));
  }

  boolean isDocument(String lemma) {
    return has(documents, lemma);
  }

  private static SpeechCues load(Rules rules) {
    Map<String, Set<String>> byKind = new HashMap<>();
    List<List<String>> phrases = new ArrayList<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      String cue = row.text("cue").toLowerCase(Locale.ROOT);
      String kind = row.text("kind");
      if (kind.equals("phrase")) {
        phrases.add(List.of(cue.split(" ")));
      } else {
        byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(cue);
      }
    }
    Function<String, Set<String>> of = k -> byKind.getOrDefault(k, Set.of());
    return new SpeechCues(
        of.apply("verb"),
        of.apply("stance"),
        of.apply("tell"),
        phrases,
        of.apply("document"),
        of.apply("noun"),
        of.apply("person"),
        of.apply("adjective"),
        of.apply("addressed"),
        of.apply("predicative"),
        of.apply("evidential"),
        of.apply("frame"),
        of.apply("clausal"),
        of.apply("objectless"));
  }
}
