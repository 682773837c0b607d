import { siteForHost } from '../sites';
import type { ArticleSnapshot } from '../snapshot';
import { normalizeUrl, outletArticleId, parseUrl } from '../url';

/**
 * A snapshot from the address alone, no page fetched: what the URL tells of the site, the outlet's article
 * id, opinion and paywall. `known` fills in what was learnt elsewhere (the headline and lead of a labelled
 * case). For the command line and the matching evaluation; the extension extracts its snapshots from the page.
 */
export function snapshotFromUrl(raw: string, known: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  const url = parseUrl(raw);
  const site = url ? siteForHost(url.hostname) : null;
  return {
    pageUrl: raw,
    siteId: site?.id ?? null,
    isArticle: site && url ? site.isArticleUrl(url) : true,
    canonicalUrl: normalizeUrl(raw) ?? raw,
    outletArticleId: outletArticleId(raw),
    headline: null,
    byline: [],
    published: null,
    modified: null,
    siteName: site?.name ?? null,
    section: null,
    isOpinion: site && url ? site.isOpinionUrl(url) : false,
    paywalled: site && url ? site.isPaywallUrl(url) : false,
    language: null,
    description: null,
    ...known,
  };
}
