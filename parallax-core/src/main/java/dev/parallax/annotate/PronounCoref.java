package dev.parallax.annotate;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based coreference over names and third-person pronouns, the chains of profile FULL.
 *
 * <p>Repeated names join one chain: the same name of the same class, or a person's surname alone
 * after the full name ("Vjosa Osmani" ... "Osmani"). A singular personal pronoun ({@code
 * pronouns.tsv}) joins the chain of a person of compatible gender, preferring the leftmost person
 * before it in its own sentence, then the leftmost person of the nearest of the two sentences
 * before (a cheap stand-in for subject preference). A person's gender comes from the first names
 * given, else from the first pronoun resolved to them. Chains of one mention are dropped.
 *
 * <p>Chosen over CoreNLP's statistical coreference because that needs a dependency parse of every
 * sentence and cost more than the rest of the profile together (see {@code parallax bench
 * annotate}). Immutable and thread-safe.
 */
public final class PronounCoref {
  /** The pronouns, keyed by pronoun. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "annotate/pronouns.tsv",
          "Third-person singular pronouns resolved to a person, with their gender (m or f)",
          Column.text("pronoun").asKey(),
          Column.kind("gender", "m", "f"));

  private static final int SENTENCES_BACK = 2;

  private final Map<String, Character> pronouns;
  private final Set<String> maleNames;
  private final Set<String> femaleNames;

  /**
   * A resolver with the bundled pronouns.
   *
   * @param maleNames lower-cased first names taken as male
   * @param femaleNames lower-cased first names taken as female
   */
  public PronounCoref(Set<String> maleNames, Set<String> femaleNames) {
    this(Rules.bundled(), maleNames, femaleNames);
  }

  /**
   * A resolver with the pronouns of {@code rules}.
   *
   * @param maleNames lower-cased first names taken as male
   * @param femaleNames lower-cased first names taken as female
   */
  public PronounCoref(Rules rules, Set<String> maleNames, Set<String> femaleNames) {
    Map<String, Character> map = new HashMap<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      map.put(row.text("pronoun").toLowerCase(Locale.ROOT), row.text("gender").charAt(0));
    }
    this.pronouns = Map.copyOf(map);
    this.maleNames = Set.copyOf(maleNames);
    this.femaleNames = Set.copyOf(femaleNames);
  }

  /** Chains over the given sentences and names of one body. */
  public List<CorefChain> resolve(List<Sentence> sentences, List<NamedEntity> entities) {
    List<Chain> chains = new ArrayList<>();
    Map<Integer, List<Chain>> personsBySentence = new HashMap<>();
    int next = 0;
    for (Sentence sentence : sentences) {
      List<Chain> persons = new ArrayList<>();
      personsBySentence.put(sentence.index(), persons);
      for (Token token : sentence.tokens()) {
        while (next < entities.size() && entities.get(next).start() <= token.start()) {
          Chain chain = addName(chains, entities.get(next++));
          if (chain.type.equals("PERSON")) {
            persons.add(chain);
          }
        }
        Character gender = pronounGender(token);
        if (gender != null) {
          Chain chain = antecedent(personsBySentence, sentence.index(), gender);
          if (chain != null) {
            chain.add(
                new CorefChain.Mention(token.start(), token.end(), token.text(), sentence.index()),
                gender);
          }
        }
      }
    }
    List<CorefChain> out = new ArrayList<>();
    for (Chain chain : chains) {
      if (chain.mentions.size() > 1) {
        out.add(new CorefChain(chain.mentions, chain.representative));
      }
    }
    return out;
  }

  private Character pronounGender(Token token) {
    if (token.pos() != null && !token.pos().startsWith("PRP")) {
      return null;
    }
    return pronouns.get(token.text().toLowerCase(Locale.ROOT));
  }

  private Chain addName(List<Chain> chains, NamedEntity entity) {
    CorefChain.Mention mention =
        new CorefChain.Mention(entity.start(), entity.end(), entity.text(), entity.sentence());
    for (int i = chains.size() - 1; i >= 0; i--) {
      Chain chain = chains.get(i);
      if (chain.type.equals(entity.type()) && chain.named(entity.text())) {
        chain.add(mention, null);
        return chain;
      }
    }
    Chain chain = new Chain(entity.type(), nameGender(entity));
    chain.add(mention, null);
    chains.add(chain);
    return chain;
  }

  private Character nameGender(NamedEntity entity) {
    if (!entity.type().equals("PERSON")) {
      return null;
    }
    String first = entity.text().split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (maleNames.contains(first) && !femaleNames.contains(first)) {
      return 'm';
    }
    return femaleNames.contains(first) && !maleNames.contains(first) ? 'f' : null;
  }

  private static Chain antecedent(Map<Integer, List<Chain>> persons, int sentence, char gender) {
    for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
      for (Chain chain : persons.getOrDefault(s, List.of())) {
        if (chain.gender == null || chain.gender == gender) {
          return chain;
        }
      }
    }
    return null;
  }

  /** A chain under construction. */
  private static final class Chain {
    final String type;
    final List<CorefChain.Mention> mentions = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    Character gender;
    int representative;

    Chain(String type, Character gender) {
      this.type = type;
      this.gender = gender;
    }

    boolean named(String text) {
      for (String name : names) {
        if (name.equals(text) || (type.equals("PERSON") && isSurnameOf(text, name))) {
          return true;
        }
      }
      return false;
    }

    private static boolean isSurnameOf(String text, String name) {
      return !text.contains(" ") && name.endsWith(" " + text);
    }

    void add(CorefChain.Mention mention, Character pronounGender) {
      if (pronounGender == null) {
        names.add(mention.text());
        if (mentions.isEmpty()
            || mention.text().length() > mentions.get(representative).text().length()) {
          representative = mentions.size();
        }
      } else if (gender == null) {
        gender = pronounGender;
      }
      mentions.add(mention);
    }
  }
}
