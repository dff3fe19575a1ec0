package dev.parallax.actors;

import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the resolver has read so far in one article: the mentions resolved, the full names given
 * (for surnames alone), the titles seen with each person, and the acronyms defined. Used by one
 * thread for one article.
 */
final class ArticleContext {
  private static final int RECENT_SENTENCES = 3;

  final LocalDate date;

  /** The country the headline names first (its CAMEO code), or null. */
  final String headlineCountry;

  private final List<ActorMention> mentions = new ArrayList<>();
  private final Map<String, ActorMention> fullNameBySurname = new HashMap<>();
  private final Map<ActorKey, Set<String>> titlesByKey = new HashMap<>();
  private final Map<String, ActorMention> byAcronym = new HashMap<>();
  private final List<ActorMention> countries = new ArrayList<>();
  private final NameVariants variants;

  ArticleContext(LocalDate date, String headlineCountry, NameVariants variants) {
    this.date = date;
    this.headlineCountry = headlineCountry;
    this.variants = variants;
  }

  void add(ActorMention m) {
    mentions.add(m);
    noteCountry(m);
    if (m.type() == EntityType.PERSON && m.how() != ActorMention.How.PRONOUN) {
      String[] words = m.name().strip().split("\\s+");
      if (words.length > 1) {
        fullNameBySurname.putIfAbsent(variants.variant(words[words.length - 1]), m);
      }
    }
  }

  /** Gives every mention of {@code key} so far that has no actor code the code {@code actor}. */
  void fillActor(ActorKey key, String actor) {
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      if (m.key().equals(key) && m.actor() == null) {
        ActorMention filled =
            new ActorMention(
                m.start(),
                m.end(),
                m.text(),
                m.sentence(),
                key,
                m.name(),
                m.type(),
                actor,
                m.how());
        mentions.set(i, filled);
        fullNameBySurname.replaceAll((k, v) -> v == m ? filled : v);
      }
    }
  }

  List<ActorMention> mentions() {
    return mentions;
  }

  /** The person whose full name, given earlier, ends with this surname. */
  Optional<ActorMention> fullName(String surname) {
    return Optional.ofNullable(fullNameBySurname.get(variants.variant(surname)));
  }

  boolean hasTitles(ActorKey key) {
    return titlesByKey.containsKey(key);
  }

  /** A country named inside another mention (a title's holder), for descriptions to refer to. */
  void noteCountry(ActorMention m) {
    if (m.type() == EntityType.COUNTRY && m.how() != ActorMention.How.DEMONYM) {
      countries.add(m);
    }
  }

  /** The latest country named before, by name, metonym, description or inside a title. */
  Optional<ActorMention> latestCountry(Predicate<ActorMention> test) {
    for (int i = countries.size() - 1; i >= 0; i--) {
      if (test.test(countries.get(i))) {
        return Optional.of(countries.get(i));
      }
    }
    return Optional.empty();
  }

  void addTitle(ActorKey key, String title) {
    titlesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(title.toLowerCase(Locale.ROOT));
  }

  boolean hasTitleWord(ActorKey key, String word) {
    return titlesByKey.getOrDefault(key, Set.of()).stream()
        .anyMatch(t -> (" " + t + " ").contains(" " + word + " "));
  }

  void defineAcronym(String acronym, ActorMention m) {
    byAcronym.putIfAbsent(acronym, m);
  }

  Optional<ActorMention> acronym(String text) {
    return Optional.ofNullable(byAcronym.get(text));
  }

  /** The latest mention that passes {@code test}. */
  Optional<ActorMention> latest(Predicate<ActorMention> test) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      if (test.test(mentions.get(i))) {
        return Optional.of(mentions.get(i));
      }
    }
    return Optional.empty();
  }

  /** The latest mention in the last few sentences up to {@code sentence} that passes the test. */
  Optional<ActorMention> recent(int sentence, Predicate<ActorMention> test) {
    return latest(m -> m.sentence() > sentence - RECENT_SENTENCES && test.test(m));
  }
}
