/** One news site: how to recognise its article URLs and what its URLs say about a story. */
export interface SiteDefinition {
  /** Stable id used in article ids ("adressa:23364628") and settings. */
  id: string;
  name: string;
  /** Owner group, as sourced in the research notes. */
  owner: string;
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
  /** Example URLs: every one of `article` must be detected, none of `notArticle`. */
  examples: { article: string[]; notArticle: string[] };
}
