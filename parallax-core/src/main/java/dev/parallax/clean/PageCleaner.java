package dev.parallax.clean;

/**
 * Extracts the article from decoded page text of one kind (HTML or a plain-text dump). Thread-safe;
 * never throws for bad content.
 */
interface PageCleaner {
  /**
   * @param text the decoded page
   * @param url the page's URL, or null (used to resolve dates and outlets in the URL)
   */
  CleanedPage clean(String text, String url);
}
