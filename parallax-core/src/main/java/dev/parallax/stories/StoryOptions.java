package dev.parallax.stories;

import java.util.Set;

/**
 * How stories are grouped. The defaults were tuned on BASIL 2010-2012 and checked on 2013-2016 (see
 * {@code docs/stories.md}).
 *
 * @param threshold an article joins the most similar story when its average similarity to the
 *     story's members reaches this, else it opens a new story; two stories merge at this too
 * @param titleWeight weight of a term in the headline
 * @param leadParagraphs how many first paragraphs count as the lead
 * @param leadWeight weight of a term in the lead (paragraphs after it weigh 1, then {@code
 *     tailWeight} from twice the lead on)
 * @param tailWeight weight of a term deep in the body, where background usually sits
 * @param nameWeight extra factor for multi-word capitalised names
 * @param actorWeight factor for knowledge-base actors found in capitalised words
 * @param dateWeight factor for years and month-day dates
 * @param windowDays publication dates this many days apart or closer are not penalised
 * @param decayDays beyond the window, similarity halves every this many days
 * @param backgroundDocuments pseudo-documents without any term, added to the document count, so
 *     that in a small corpus (a handful of reports of two happenings) the words every report shares
 *     still weigh something
 * @param embeddingWeight share of the lead-embedding cosine in the similarity (the rest is TF-IDF)
 *     when a {@link LeadEmbedder} is given; 0 uses TF-IDF alone
 * @param otherYearFactor similarity factor when the years two articles are mostly about differ
 *     (used only when either publication day is unknown)
 * @param otherPeopleFactor similarity factor when both articles name people in their headline or
 *     lead and neither article names any of the other's: two happenings between the same countries
 *     with different protagonists
 * @param signals the evidence used beside words (all of it by default; fewer to measure what each
 *     adds)
 * @param candidates how many stories, found through the candidate index ({@link StoryCandidates}),
 *     a new article is compared with; 0 compares it with every story (the exhaustive search, whose
 *     cost grows with the corpus)
 * @param indexTerms how many of an article's most distinctive terms it is indexed and looked up
 *     under (beside the people it names up front)
 */
public record StoryOptions(
    double threshold,
    double titleWeight,
    int leadParagraphs,
    double leadWeight,
    double tailWeight,
    double nameWeight,
    double actorWeight,
    double dateWeight,
    int windowDays,
    double decayDays,
    double otherYearFactor,
    int backgroundDocuments,
    double embeddingWeight,
    double otherPeopleFactor,
    Set<StorySignal> signals,
    int candidates,
    int indexTerms) {

  private static final Set<StorySignal> ALL_SIGNALS = Set.of(StorySignal.values());

  /** The tuned defaults. */
  public static final StoryOptions DEFAULTS =
      new StoryOptions(
          0.13, 3.0, 3, 2.0, 0.5, 1.5, 1.0, 1.0, 7, 14.0, 0.25, 20, 0, 0.25, ALL_SIGNALS, 50, 20);

  /**
   * TF-IDF and lead embeddings half and half, for a {@link StoryIndex} with a {@link LeadEmbedder}:
   * threshold tuned the same way (BASIL 2010-2012, middle of the best plateau). Exhaustive search:
   * embeddings can join reports that share no indexed term.
   */
  public static final StoryOptions WITH_EMBEDDINGS =
      new StoryOptions(
          0.35, 3.0, 3, 2.0, 0.5, 1.5, 1.0, 1.0, 7, 14.0, 0.25, 20, 0.5, 0.25, ALL_SIGNALS, 0, 20);

  public StoryOptions {
    if (embeddingWeight < 0 || embeddingWeight > 1) {
      throw new IllegalArgumentException("embedding weight must be in [0, 1]: " + embeddingWeight);
    }
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    if (otherPeopleFactor < 0 || otherPeopleFactor > 1) {
      throw new IllegalArgumentException("other-people factor must be in [0, 1]");
    }
    // in the enum's order, so that the options print the same in every run: their text is part
    // of the print stored story profiles are kept under (Set.of iterates in a per-run order)
    signals =
        signals.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(signals));
    if (candidates < 0 || indexTerms < 1) {
      throw new IllegalArgumentException("candidates must be >= 0 and index terms >= 1");
    }
    if (leadParagraphs < 0 || windowDays < 0 || decayDays <= 0 || backgroundDocuments < 0) {
      throw new IllegalArgumentException("lead, window and decay must be positive");
    }
  }

  /** True when {@code signal} is used. */
  public boolean uses(StorySignal signal) {
    return signals.contains(signal);
  }

  public StoryOptions withThreshold(double t) {
    return with(t, signals, candidates, indexTerms);
  }

  /** These options using only {@code used} beside words. */
  public StoryOptions withSignals(Set<StorySignal> used) {
    return with(threshold, used, candidates, indexTerms);
  }

  /**
   * These options comparing a new article with at most {@code n} candidate stories found through
   * its {@code terms} most distinctive terms; {@code n = 0}: with every story.
   */
  public StoryOptions withCandidates(int n, int terms) {
    return with(threshold, signals, n, terms);
  }

  private StoryOptions with(double t, Set<StorySignal> used, int n, int terms) {
    return new StoryOptions(
        t,
        titleWeight,
        leadParagraphs,
        leadWeight,
        tailWeight,
        nameWeight,
        actorWeight,
        dateWeight,
        windowDays,
        decayDays,
        otherYearFactor,
        backgroundDocuments,
        embeddingWeight,
        otherPeopleFactor,
        used,
        n,
        terms);
  }
}
