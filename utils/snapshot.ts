/** The longest string a snapshot may carry: the background refuses longer ones, and extraction cuts URLs to it. */
export const MAX_SNAPSHOT_TEXT = 5000;

/**
 * What the content script learns about a page: the one shape every site and every
 * extraction source is reduced to before anything leaves the page.
 */
export interface ArticleSnapshot {
  /** The address the page was loaded from. */
  pageUrl: string;
  /** Registry id of the site the page belongs to, or null for an unregistered site. */
  siteId: string | null;
  isArticle: boolean;
  /** Normalised canonical URL (see utils/url.ts), or the normalised page URL when none is declared. */
  canonicalUrl: string;
  /** Site-scoped article id such as "adressa:23364628", when the URL carries one. */
  outletArticleId: string | null;
  headline: string | null;
  /** Author names only: "Av", "By" and "/ Journalist" are removed. */
  byline: string[];
  /** ISO 8601 with offset, as declared by the page. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  section: string | null;
  isOpinion: boolean;
  paywalled: boolean;
  language: string | null;
  description: string | null;
}
