/**
 * One news site: how to recognise its article URLs and what its URLs and pages say about a story. Its owner
 * family is in owners.ts, which the content script does not need.
 */
export interface SiteDefinition {
  /** Stable id used in article ids ("adressa:23364628") and settings. */
  id: string;
  name: string;
  /** Registrable domains; subdomains (www., m.) belong to the site too. */
  domains: string[];
  /** True when the URL has the shape of a single article on this site. Pure. */
  isArticleUrl(url: URL): boolean;
  /** The outlet's own article id taken from the URL, without the site prefix. */
  articleIdFromUrl(url: URL): string | null;
  /** True when the URL path marks opinion (debate, leader, comment). */
  isOpinionUrl(url: URL): boolean;
  /** True when the URL path marks a paywalled story. */
  isPaywallUrl(url: URL): boolean;
  /** Visible label texts that mark opinion on this site's pages. */
  opinionLabels: string[];
  /** A CSS selector for an element that only paywalled pages of this site carry. */
  paywallSelector?: string;
}
