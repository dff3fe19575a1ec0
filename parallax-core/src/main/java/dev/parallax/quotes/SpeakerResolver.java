package dev.parallax.quotes;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CorefChain;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names the speaker behind the words that introduce a statement: an actor mention when the actors
 * stage found one, the antecedent of a pronoun through coreference, the author of a document ("the
 * ministry's statement said"), else the words themselves.
 */
final class SpeakerResolver {
  private static final int MAX_NAME = 80;

  /** Dashes that introduce a signature or an attribution after a quotation. */
  private static final String DASHES = "―—–-";

  /** How far after the dash (UTF-16 units) a signed name may start ("– said Jane Doe"). */
  private static final int SIGNATURE_REACH = 12;

  /** Most words of a signed name the tagger did not know. */
  private static final int MAX_SIGNED_WORDS = 4;

  /** How far back (UTF-16 units) "the analyst" looks for the person it describes. */
  private static final int DESCRIPTION_REACH = 1500;

  private static final Set<EntityType> SPEAKING =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MEDIA, EntityType.COUNTRY);

  private static final Set<EntityType> INSTITUTIONS =
      Set.of(EntityType.ORGANIZATION, EntityType.MEDIA);

  /** Pronouns that stand for an institution rather than a person. */
  private static final Set<String> IMPERSONAL = Set.of("it", "It");

  /** Pronouns that stand for a person. */
  private static final Set<String> PERSONAL = Set.of("he", "He", "she", "She");

  private final AnnotatedArticle article;
  private final ArticleActors actors;
  private final SpeechCues cues;

  SpeakerResolver(AnnotatedArticle article, ArticleActors actors, SpeechCues cues) {
    this.article = article;
    this.actors = actors;
    this.cues = cues;
  }

  /** A speaker as found: the words in the body, and what they stand for. */
  record Resolved(Span surface, ActorMention mention, String name) {
    ActorKey key() {
      return mention == null ? null : mention.key();
    }
  }

  /** The speaker whose subject phrase is headed by token {@code head} of {@code tree}. */
  Resolved ofSubject(DependencyTree tree, int head) {
    if (CueSubject.isRelative(tree, head)) {
      return ofRelative(tree, head);
    }
    Span surface = tree.subtreeSpan(head);
    Span headSpan = tree.token(head).span();
    Optional<ActorMention> mention = actors.at(headSpan.start(), headSpan.end());
    if (mention.isEmpty()) {
      mention = actors.at(surface.start(), surface.end());
    }
    if (mention.isEmpty() && cues.isDocument(tree.token(head).lemma())) {
      int owner = tree.child(head, "nmod");
      if (owner >= 0 && owner != head) {
        Resolved byOwner = ofSubject(tree, owner);
        return new Resolved(surface, byOwner.mention(), byOwner.name());
      }
      mention = nearestBefore(surface.start(), tree.sentence().index());
    }
    if (mention.isEmpty() && IMPERSONAL.contains(tree.token(head).text()) && !inChain(surface)) {
      // "In a statement, it urged ...": an unresolved "it" is the institution named just before; an
      // organisation or broadcaster before a country ("The broadcaster showed the envoys driving
      // into Hungary. It said ..." is the broadcaster speaking, not Hungary).
      mention =
          nearestBefore(surface.start(), tree.sentence().index(), INSTITUTIONS)
              .or(
                  () ->
                      nearestBefore(surface.start(), tree.sentence().index())
                          .filter(m -> m.type() != EntityType.PERSON));
    }
    if (mention.isEmpty() && PERSONAL.contains(tree.token(head).text()) && !inChain(surface)) {
      // A "he" the coreference left alone (a quotation between): the person named last before.
      mention = lastPersonBefore(surface.start());
    }
    if (mention.isEmpty()
        && isDescription(tree, head, surface)
        && cues.isPerson(tree.token(head).lemma())) {
      mention = lastPersonBefore(surface.start());
    }
    return resolved(surface, mention);
  }

  /** The subject of the cue verb, or of the verb it is coordinated with or complements. */
  Resolved ofCue(DependencyTree tree, int cue) {
    int subject = CueSubject.of(tree, cue);
    return subject < 0 ? null : ofSubject(tree, subject);
  }

  /**
   * {@code direct} said by the subject of {@code verb}, the verb standing as its cue; null when the
   * verb has no subject between tokens {@code from} and {@code to}, both included.
   */
  Statement bySubjectOf(DependencyTree tree, int verb, int from, int to, Statement direct) {
    int subject = CueSubject.of(tree, verb);
    if (subject < from || subject > to) {
      return null;
    }
    Token cue = tree.token(verb);
    return direct.withSpeaker(ofSubject(tree, subject), cue.text(), cue.span());
  }

  /**
   * The speaker a relative pronoun stands for: the pronoun is the local mention and the noun its
   * clause modifies names the actor.
   */
  private Resolved ofRelative(DependencyTree tree, int pronoun) {
    int noun = tree.head(pronoun);
    if (noun >= 0 && tree.isVerb(noun) && tree.relation(noun).startsWith("acl")) {
      noun = tree.head(noun);
    }
    Span surface = tree.token(pronoun).span();
    if (noun < 0 || tree.isVerb(noun) || noun > pronoun) {
      return resolved(surface, Optional.empty());
    }
    Resolved antecedent = ofSubject(tree, noun);
    if (antecedent.mention() == null) {
      // Named by the noun phrase's words before the pronoun, not by its whole clause.
      int first = tree.subtree(noun).stream().min(Integer::compare).orElse(noun);
      antecedent = resolved(tree.tokenSpan(first, pronoun - 1), Optional.empty());
    }
    return new Resolved(surface, antecedent.mention(), antecedent.name());
  }

  /** The speaker named by the words of {@code surface} in sentence {@code sentence}. */
  Resolved ofSpan(Span surface, int sentence) {
    Optional<ActorMention> mention = actors.at(surface.start(), surface.end());
    return resolved(surface, mention);
  }

  private Resolved resolved(Span surface, Optional<ActorMention> mention) {
    String body = article.article().body();
    if (mention.isPresent()) {
      return new Resolved(surface, mention.get(), mention.get().name());
    }
    String chained = chainName(surface);
    if (chained != null) {
      return new Resolved(surface, null, chained);
    }
    String text = surface.of(body).replaceAll("\\s+", " ");
    return new Resolved(
        surface, null, text.length() > MAX_NAME ? text.substring(0, MAX_NAME) : text);
  }

  private boolean inChain(Span surface) {
    return chainName(surface) != null;
  }

  /** The representative of the coreference chain holding {@code surface}, or null. */
  private String chainName(Span surface) {
    for (CorefChain chain : article.coref()) {
      for (CorefChain.Mention m : chain.mentions()) {
        if (m.span().equals(surface) || surface.contains(m.span()) && m.text().length() < 5) {
          CorefChain.Mention rep = chain.representativeMention();
          return actors.at(rep.start(), rep.end()).map(ActorMention::name).orElse(rep.text());
        }
      }
    }
    return null;
  }

  /**
   * The speaker of a quotation no cue introduces: the last person, organisation or outlet named
   * before it in its paragraph, else the first named after it there; null when none.
   */
  Resolved nearby(Span quote, Span paragraph) {
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention m : actors.mentions()) {
      if (!SPEAKING.contains(m.type())
          || !paragraph.contains(m.span())
          || quote.overlaps(m.span())) {
        continue;
      }
      if (m.end() <= quote.start()) {
        before = m;
      } else if (after == null) {
        after = m;
      }
    }
    ActorMention pick = before != null ? before : after;
    return pick == null ? null : new Resolved(pick.span(), pick, pick.name());
  }

  /**
   * The speaker of a cue that opens its sentence because the splitter cut the sentence after its
   * subject ("Rep. Jane Doe (D-Ore.) | said ..."): the person or organisation named last in the
   * sentence before, when that one does not end in a stop; null otherwise.
   */
  Resolved beforeSplit(DependencyTree tree, int cue) {
    int index = tree.sentence().index();
    if (cue != 0 || index == 0 || index > article.sentences().size()) {
      return null;
    }
    Sentence previous = article.sentences().get(index - 1);
    List<Token> tokens = previous.tokens();
    String last = tokens.isEmpty() ? "." : tokens.get(tokens.size() - 1).text();
    String between = article.article().body().substring(previous.end(), tree.sentence().start());
    if (".!?:\"”'’".contains(last) || between.contains("\n")) {
      return null;
    }
    Span cueSpan = tree.token(cue).span();
    return nearby(new Span(cueSpan.start(), cueSpan.start()), previous.span());
  }

  /**
   * The name signed after a quotation ending at {@code end}: a dash, then a person or organisation
   * ("..." ― Jane Doe, "...", – Jane Doe said), with only a comma or spaces between; null when
   * none.
   */
  Resolved signature(int end) {
    String body = article.article().body();
    int i = end;
    // Space characters include the no-break space that often sits between a mark and a dash.
    while (i < body.length() && (Character.isSpaceChar(body.charAt(i)) || body.charAt(i) == ',')) {
      i++;
    }
    if (i >= body.length() || DASHES.indexOf(body.charAt(i)) < 0) {
      return null;
    }
    i++;
    while (i < body.length() && Character.isSpaceChar(body.charAt(i))) {
      i++;
    }
    for (ActorMention m : actors.mentions()) {
      if (m.start() >= i
          && m.start() <= i + SIGNATURE_REACH
          && SPEAKING.contains(m.type())
          && !body.substring(i, m.start()).contains("\n")) {
        return new Resolved(m.span(), m, m.name());
      }
    }
    Span name = signedName(body, i);
    return name == null ? null : resolved(name, Optional.empty());
  }

  /**
   * A line that ends in a name the tagger did not know ("― Jane Q. Doe"): two to four capitalised
   * words from {@code from} to the end of the line, a closing stop aside; null otherwise.
   */
  private static Span signedName(String body, int from) {
    int end = body.indexOf('\n', from);
    end = end < 0 ? body.length() : end;
    while (end > from
        && (Character.isSpaceChar(body.charAt(end - 1)) || body.charAt(end - 1) == '.')) {
      end--;
    }
    String[] words = body.substring(from, end).split(" ");
    if (words.length < 2 || words.length > MAX_SIGNED_WORDS) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return null;
      }
    }
    return new Span(from, end);
  }

  /** "the analyst", "the diplomat": a definite common noun standing alone. */
  private static boolean isDescription(DependencyTree tree, int head, Span surface) {
    String pos = tree.token(head).pos();
    int det = tree.child(head, "det");
    return pos != null
        && pos.equals("NN")
        && det >= 0
        && tree.token(det).text().equalsIgnoreCase("the")
        && surface.length() < 30;
  }

  /** The person named last before {@code offset}, not too far back. */
  private Optional<ActorMention> lastPersonBefore(int offset) {
    ActorMention last = null;
    for (ActorMention m : actors.mentions()) {
      if (m.end() <= offset
          && offset - m.end() < DESCRIPTION_REACH
          && m.type() == EntityType.PERSON) {
        last = m;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The last organisation or person named before {@code offset} in this or the last sentence. */
  private Optional<ActorMention> nearestBefore(int offset, int sentence) {
    return nearestBefore(offset, sentence, SPEAKING);
  }

  /**
   * The mention of one of {@code types} named last before {@code offset}, in this sentence or the
   * last.
   */
  private Optional<ActorMention> nearestBefore(int offset, int sentence, Set<EntityType> types) {
    List<ActorMention> all = actors.mentions();
    for (int i = all.size() - 1; i >= 0; i--) {
      ActorMention m = all.get(i);
      if (m.end() <= offset && m.sentence() >= sentence - 1 && types.contains(m.type())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
