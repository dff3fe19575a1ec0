/**
 * Actors: who is who. Consumes annotated articles ({@link dev.parallax.annotate.AnnotatedArticle})
 * and produces each article's actor mentions ({@link dev.parallax.actors.ArticleActors}) and, over
 * the whole run, the entities of {@code entities.jsonl} ({@link
 * dev.parallax.actors.LinkedEntities}).
 *
 * <p>{@link dev.parallax.actors.ActorResolver} resolves one article: names, titles, descriptions,
 * possessives, national bodies, acronyms and pronouns, each to a mention key ({@link
 * dev.parallax.actors.ActorKey}: a knowledge-base entry, a body named after its country, or a name
 * otherwise). {@link dev.parallax.actors.EntityLinker} joins the keys of all articles into
 * entities, merging transliterations, surnames and aliases with the safeguards of {@link
 * dev.parallax.actors.NameMerger}.
 *
 * <p>The knowledge is data: the knowledge base in tab-separated files under {@code
 * dev/parallax/actors/kb/} (countries, metonyms, organisations and media with CAMEO codes, CAMEO
 * roles with the nouns that signal them, office holders with dates; see {@link
 * dev.parallax.actors.KnowledgeBase}), and the resolver's word lists beside this package: {@code
 * titles.tsv} (titles and the offices they name), {@code descriptions.tsv} and {@code
 * disputed-territories.tsv} ("the self-proclaimed republic"), {@code name-variants.tsv}
 * (transliteration folds). Users extend the knowledge base with files of the same formats, and
 * PETRARCH actor dictionaries convert to the office-holder format ({@link
 * dev.parallax.actors.PetrarchDictionary}).
 */
package dev.parallax.actors;
