package dev.parallax.quotes;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech in the parsed sentences: a cue verb with a clausal complement ("she said
 * that ..."), a cue verb set into its content ("The ban, he said, is illegal"), and attribution
 * phrases ("according to the ministry"). Everything found is indirect here; the caller turns
 * statements that hold or are quotation marks into mixed or direct ones.
 */
final class ReportedSpeech {
  /** Prepositions that introduce what a stance is about ("called for", "spoke about"). */
  private static final Set<String> TOPIC_CASES = Set.of("for", "about", "on", "against", "to");

  private final SpeechCues cues;
  private final SpeakerResolver speakers;
  private final QuoteScope scope;
  private final InvertedAttribution inverted;
  private final StanceObjects objects;
  private final Evidentials evidentials;
  private final FramePhrases frames;
  private final TrailingAttribution trailing;
  private final ThatClauseCues thatClauses;
  private final PhraseStatements phrases;

  ReportedSpeech(Rules rules, SpeechCues cues, SpeakerResolver speakers, QuoteScope scope) {
    this.objects = StanceObjects.of(rules);
    this.inverted = new InvertedAttribution(cues, speakers);
    this.evidentials = new Evidentials(cues);
    this.frames = new FramePhrases(cues, speakers);
    this.trailing = new TrailingAttribution(cues, speakers);
    this.thatClauses = new ThatClauseCues(cues, speakers);
    this.phrases = new PhraseStatements(cues, speakers, scope);
    this.cues = cues;
    this.speakers = speakers;
    this.scope = scope;
  }

  List<Statement> find(AnnotatedArticle article) {
    List<Statement> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      DependencyTree tree = new DependencyTree(s);
      if (s.isParsed()) {
        for (int i = 0; i < tree.size(); i++) {
          Statement st = firstSieve(tree, i);
          if (st != null) {
            out.add(st);
          }
        }
      }
      phrases.fromPhrases(tree).forEach(p -> out.add(p.decidedBy("reported/phrase")));
      Statement headline = phrases.fromColon(tree);
      if (headline != null) {
        out.add(headline.decidedBy("reported/headline-colon"));
      }
    }
    return NestedStatements.separate(out);
  }

  /**
   * The sieves over one token, in order; the first that finds a statement decides and names it. The
   * cue-verb sieve names itself by the shape of the content it found.
   */
  private Statement firstSieve(DependencyTree tree, int i) {
    boolean verb = tree.isVerb(i);
    boolean attributions = scope == QuoteScope.ATTRIBUTIONS;
    Statement st;
    if (verb && (st = inverted.at(tree, i)) != null) {
      return st.decidedBy("reported/inverted");
    }
    if (verb && (st = trailing.at(tree, i)) != null) {
      return st.decidedBy("reported/trailing");
    }
    if (verb) {
      st = fromCueVerb(tree, i);
    } else if ((st = thatClauses.fromNoun(tree, i)) != null) {
      return st.decidedBy("reported/noun-that");
    }
    if (st != null) {
      return st;
    }
    if (attributions && (st = thatClauses.fromAdjective(tree, i)) != null) {
      return st.decidedBy("reported/adjective-that");
    }
    if (attributions && (st = evidentials.at(tree, i)) != null) {
      return st.decidedBy("reported/evidential");
    }
    if (attributions && (st = frames.at(tree, i)) != null) {
      return st.decidedBy("reported/frame");
    }
    return null;
  }

  private Statement fromCueVerb(DependencyTree tree, int cue) {
    Token t = tree.token(cue);
    boolean speech = cues.isVerb(t.lemma());
    boolean stance = scope == QuoteScope.ATTRIBUTIONS && cues.isStance(t.lemma());
    if (!tree.isVerb(cue) || !speech && !stance || tree.relation(cue).startsWith("amod")) {
      return null;
    }
    int[] found = speech ? NestedStatements.afterRelative(tree, cue) : null;
    String sieve = "reported/cue-relative";
    if (found == null) {
      found = clause(tree, cue);
      sieve = tree.child(cue, "ccomp") >= 0 ? "reported/cue-clause" : "reported/cue-set-in";
    }
    // "She continued to work", "he assumed office" are no statements: a clausal cue has no object.
    boolean clausal = cues.isClausal(t.lemma());
    if (found == null
        && scope == QuoteScope.ATTRIBUTIONS
        && !clausal
        && !cues.isObjectless(t.lemma())) {
      found = object(tree, cue);
      sieve = "reported/stance-object";
    }
    SpeakerResolver.Resolved speaker = speakers.ofCue(tree, cue);
    int subject = CueSubject.of(tree, cue);
    if (found == null
        && speech
        && !clausal
        && (subject >= 0 && subject < cue || CueShapes.isAdjunct(tree, cue))) {
      found = rest(tree, cue);
      sieve = "reported/cue-rest";
    }
    if (found == null && scope == QuoteScope.ATTRIBUTIONS) {
      found = CueShapes.passiveSubject(tree, cue);
      sieve = "reported/passive-subject";
    }
    if (found == null) {
      return null;
    }
    Span content = found[1] < 0 ? tree.subtreeSpan(found[0]) : tree.tokenSpan(found[0], found[1]);
    int head = found[1] < 0 ? found[0] : -1;
    if (content.length() == 0 || content.contains(t.span())) {
      return null;
    }
    if (speaker == null && CueShapes.isAdjunct(tree, cue)) {
      // A participle of saying misattached: the subject of the sentence's main verb speaks.
      speaker = speakers.ofCue(tree, CueShapes.root(tree, cue));
    }
    int holder = tree.child(cue, "nsubj:pass");
    if (speaker == null && holder >= 0 && cues.isAdjective(t.text().toLowerCase(Locale.ROOT))) {
      // "we are convinced this is ...": a participle of belief holds its passive subject's view.
      speaker = speakers.ofSubject(tree, holder);
    }
    if (speaker == null) {
      speaker = speakers.beforeSplit(tree, cue);
    }
    if (speaker == null) {
      // No subject in the parse (a participle, a misparse): the actor named nearest in the
      // sentence.
      speaker = speakers.nearby(content, tree.sentence().span());
    }
    return new Statement(
        content, QuoteKind.INDIRECT, t.text(), t.span(), speaker, tree, head, sieve, null);
  }

  /**
   * The clausal content of a cue: {root, -1} for a complement clause, {first, last} for the
   * sentence around a cue set into it; null when neither.
   */
  private static int[] clause(DependencyTree tree, int cue) {
    int complement = tree.child(cue, "ccomp");
    if (complement >= 0) {
      return new int[] {complement, -1};
    }
    boolean setInto = tree.relation(cue).equals("parataxis") || CueShapes.isBracketedDep(tree, cue);
    if (setInto && tree.head(cue) >= 0 && !headsRest(tree, cue)) {
      return around(tree, cue);
    }
    return null;
  }

  /**
   * A cue with its subject before it and its own words running on after it ("Headline: activists
   * say officers have been too harsh"): it heads the clause that ends the sentence, not one set
   * into its content, and its complement or the words after it are the content.
   */
  private static boolean headsRest(DependencyTree tree, int cue) {
    int subject = tree.child(cue, "nsubj");
    int last = tree.subtree(cue).stream().max(Integer::compare).orElse(cue);
    int end = tree.size() - 1;
    while (end > cue && tree.isPunct(end)) {
      end--;
    }
    return subject >= 0 && subject < cue && last >= end && end - cue > 2;
  }

  /**
   * The object-like content of a stance: a to-clause, a direct object or a topic phrase ("for",
   * "about"), the first of them that {@link StanceObjects} takes for a content.
   */
  private int[] object(DependencyTree tree, int cue) {
    for (String rel : new String[] {"xcomp", "obj", "obl"}) {
      for (Dependency d : tree.dependents(cue)) {
        int c = d.dependent();
        boolean related = d.relation().equals(rel) || d.relation().startsWith(rel + ":");
        boolean listener = rel.equals("obj") && cues.isTell(tree.token(cue).lemma());
        boolean topic = !rel.equals("obl") || TOPIC_CASES.contains(tree.caseWord(c));
        // "what he called ...": a relative pronoun before the cue stands for the content elsewhere.
        boolean relative = c < cue && CueSubject.isRelative(tree, c);
        // "condemned what she called a reckless act": the free relative names a thing inside
        // another statement's content; the naming verb states nothing of its own.
        if (relative && related && "what".equalsIgnoreCase(tree.token(c).text())) {
          return null;
        }
        int[] content =
            (related && topic || rel.equals("obl") && isTopicGerund(tree, d))
                    && !listener
                    && !relative
                ? objects.content(tree, cues, cue, c, rel)
                : null;
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  /** "called for ending the rule": the parser takes a gerund topic for an adverbial clause. */
  static boolean isTopicGerund(DependencyTree tree, Dependency d) {
    if (!d.relation().equals("advcl")) {
      return false;
    }
    String word = tree.markWord(d.dependent());
    // Or the preposition as its case ("called for changing the rule").
    return TOPIC_CASES.contains(word.isEmpty() ? tree.caseWord(d.dependent()) : word);
  }

  /**
   * The words after a verb of saying when the parser found no clause for it, a frequent misparse
   * ("Trump said praise from Putin would not ..."): from the cue (past a listener object) to the
   * sentence end, when they are a few words and do not start with a preposition.
   */
  private int[] rest(DependencyTree tree, int cue) {
    int from = cue + 1;
    if (cues.isTell(tree.token(cue).lemma())) {
      int listener = tree.child(cue, "obj");
      if (listener < 0) {
        listener = tree.child(cue, "iobj");
      }
      if (listener > cue) {
        from = tree.subtree(listener).stream().max(Integer::compare).orElse(listener) + 1;
      }
    }
    int last = tree.size() - 1;
    while (last >= from && tree.isPunct(last)) {
      last--;
    }
    if (last - from < 2) {
      return null;
    }
    boolean verb = false;
    for (int i = from; i <= last; i++) {
      verb |= tree.isVerb(i);
    }
    String pos = tree.token(from).pos();
    if (!verb
        || pos == null
        || pos.equals("IN") && !tree.token(from).text().equalsIgnoreCase("that")
        || pos.equals("TO")
        || pos.equals(",")) {
      return null;
    }
    return new int[] {from, last};
  }

  /**
   * The sentence without the cue's subtree: the words before or after a cue at one end, the longer
   * side of a cue set into the middle ("The ban, he said, is illegal": the content is split around
   * the cue, and a span holds one part).
   */
  private static int[] around(DependencyTree tree, int cue) {
    List<Integer> sub = tree.subtree(cue);
    int first = sub.stream().min(Integer::compare).orElse(cue);
    int last = sub.stream().max(Integer::compare).orElse(cue);
    int n = tree.size();
    int end = n - 1;
    while (end > last && tree.isPunct(end)) {
      end--;
    }
    int before = first - 1;
    while (before >= 0 && tree.isPunct(before)) {
      before--;
    }
    if (end <= last) {
      return before >= 0 ? new int[] {0, before} : null;
    }
    if (before < 0) {
      return new int[] {last + 1, n - 1};
    }
    int beforeChars = tree.token(before).end() - tree.token(0).start();
    int afterChars = tree.token(end).end() - tree.token(last + 1).start();
    return afterChars >= beforeChars ? new int[] {last + 1, n - 1} : new int[] {0, before};
  }
}
