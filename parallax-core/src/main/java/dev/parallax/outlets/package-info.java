/**
 * Outlets as first-class records: one canonical {@link dev.parallax.model.Outlet} per publisher,
 * whatever spellings and web hosts the corpus gives it.
 *
 * <p>Consumes the articles' outlet names and source URLs, the outlet rule table ({@code
 * outlets/outlets.tsv}, which a user's rules folder extends with groups or sides of their own) and
 * the knowledge base's media list and countries. Produces an {@link
 * dev.parallax.outlets.OutletDirectory}: the outlets, and the outlet of each article.
 */
package dev.parallax.outlets;
