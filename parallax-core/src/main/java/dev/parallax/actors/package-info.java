/**
 * Actors: who is who. This package holds the knowledge base that actor resolution reads: countries
 * (ISO and CAMEO codes, names, demonyms, capitals), metonyms (the Kremlin, Pristina, Brussels),
 * organisations and media with CAMEO actor codes, CAMEO role codes with the nouns that signal them,
 * and office holders with dates.
 *
 * <p>The knowledge is data: tab-separated files under {@code dev/parallax/actors/kb/} on the class
 * path, each with a header comment naming its columns and sources. Users extend or override them
 * with files of the same formats ({@link dev.parallax.actors.KnowledgeBase#load(java.util.List)}),
 * and PETRARCH actor dictionaries convert to the office-holder format ({@link
 * dev.parallax.actors.PetrarchDictionary}). Entry point: {@link dev.parallax.actors.KnowledgeBase}.
 */
package dev.parallax.actors;
