/**
 * The report a person reads: {@link dev.parallax.report.HtmlReport} renders the records of one run
 * ({@link dev.parallax.report.ReportData}: articles, entities, events, quotes, stories, coverage,
 * conflicts) into {@code report.html}, one self-contained page with no network access.
 *
 * <p>The page lists the stories, a timeline of events (dated, then undated) and, per story, one
 * column per outlet (labels, voices, quotes, reported and omitted events, contradictions). Every
 * fact links to the place it was read: a link carries the article id and the UTF-16 {@code
 * start}/{@code end} offsets of its span, and the page's script shows that article's body with the
 * span inside a {@code <mark>}. Bodies are embedded once, as JSON. All text from articles is
 * escaped, and a Content-Security-Policy lets only the page's own script run.
 */
package dev.parallax.report;
