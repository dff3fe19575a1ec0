package dev.parallax.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 */
record SpeechCues(
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
    Set<String> clausals) {
  private static final String RESOURCE = "speech-cues.tsv";

  SpeechCues {
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
  }

  static SpeechCues bundled() {
    return Holder.BUNDLED;
  }

  boolean isVerb(String lemma) {
    return has(verbs, lemma) || isClausal(lemma);
  }

  boolean isClausal(String lemma) {
    return has(clausals, lemma);
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

  static SpeechCues read(InputStream in) throws IOException {
    Set<String> verbs = new HashSet<>();
    Set<String> stances = new HashSet<>();
    Set<String> tells = new HashSet<>();
    List<List<String>> phrases = new ArrayList<>();
    Set<String> documents = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> people = new HashSet<>();
    Set<String> adjectives = new HashSet<>();
    Set<String> addressed = new HashSet<>();
    Set<String> predicatives = new HashSet<>();
    Set<String> evidentials = new HashSet<>();
    Set<String> frames = new HashSet<>();
    Set<String> clausals = new HashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
      }
      String cue = cols[0].toLowerCase(Locale.ROOT);
      switch (cols[1]) {
        case "verb" -> verbs.add(cue);
        case "stance" -> stances.add(cue);
        case "tell" -> tells.add(cue);
        case "phrase" -> phrases.add(List.of(cue.split(" ")));
        case "document" -> documents.add(cue);
        case "person" -> people.add(cue);
        case "noun" -> nouns.add(cue);
        case "adjective" -> adjectives.add(cue);
        case "addressed" -> addressed.add(cue);
        case "predicative" -> predicatives.add(cue);
        case "evidential" -> evidentials.add(cue);
        case "frame" -> frames.add(cue);
        case "clausal" -> clausals.add(cue);
        default -> throw new IllegalStateException("unknown cue kind in " + RESOURCE + ": " + line);
      }
    }
    return new SpeechCues(
        verbs,
        stances,
        tells,
        phrases,
        documents,
        nouns,
        people,
        adjectives,
        addressed,
        predicatives,
        evidentials,
        frames,
        clausals);
  }

  private static final class Holder {
    static final SpeechCues BUNDLED = load();

    private static SpeechCues load() {
      try (InputStream in = SpeechCues.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
