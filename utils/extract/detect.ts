// Article or not, decided from several signals together: no single one is reliable (og:type=article is on
// many front pages, JSON-LD is missing on many articles, a date and an author are on forum threads too).
import type { SiteDefinition } from '../sites';

export interface ArticleSignals {
  headline: string | null;
  /** The registered site, when the page belongs to one. */
  site: SiteDefinition | null;
  /** The canonical and page URLs. */
  urls: URL[];
  /** JSON-LD has an Article-type node. */
  ldArticle: boolean;
  /** Every JSON-LD type on the page. */
  ldTypes: string[];
  /** og:type (or Amedia's lp:type), lower case. */
  ogType: string;
  /** A publication date declared in JSON-LD or meta. */
  headPublished: boolean;
  /** A publication date declared in the head or shown on the page (not one read from the URL). */
  published: boolean;
  /** The headline's <h1> is inside an <article> (or an Article microdata scope). */
  inArticle: boolean;
  byline: boolean;
  h1: boolean;
  /** Paragraphs long enough to be running text add up to RUNNING_TEXT characters. */
  runningText: boolean;
}

/** Characters of running text that count for an article: a few paragraphs. */
export const RUNNING_TEXT = 1500;

const NOT_ARTICLE_OG = /^(?:website|video|music|product|profile|book|object|place|business)/;
const NOT_ARTICLE_LD = /^(?:WebSite|CollectionPage|ItemList|Product|VideoObject|ProfilePage|SearchResultsPage|QAPage|DiscussionForumPosting|Book|SoftwareSourceCode)$/;

/** The path of a single story: a date, a long slug, an id, or a document file name. */
function storyPath(url: URL): boolean {
  const parts = url.pathname.split('/').filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return (
    /\/(?:19|20)\d\d[/-]?\d\d[/-]?\d\d(?:\/|$)/.test(url.pathname) ||
    /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2]|[a-z]{3})\//i.test(url.pathname) ||
    last.split(/[-_]/).length >= 4 ||
    /\d{5,}/.test(last) ||
    (parts.length >= 2 && /\.(?:s?html?|ece|php|aspx?)$/i.test(last)) ||
    /[?&][^=&]+=[^&]*\d{5,}/.test(url.search)
  );
}

const OG_ARTICLE = /^(?:article|story)$/;

function articleScore(s: ArticleSignals): number {
  const root = s.urls.length > 0 && s.urls.every((u) => u.pathname.replace(/\/(?:index\.\w+)?$/, '') === '' && !u.search);
  let score = 0;
  if (s.ldArticle) score += 3;
  if (OG_ARTICLE.test(s.ogType)) score += 1;
  // Several news sites mark articles "website"; the other kinds are stronger evidence.
  if (NOT_ARTICLE_OG.test(s.ogType)) score -= s.ogType === 'website' ? 0.5 : 2;
  if (!s.ldArticle && s.ldTypes.some((t) => NOT_ARTICLE_LD.test(t))) score -= 1;
  if (s.headPublished) score += 1.5;
  else if (s.published) score += 1;
  if (s.byline) score += 1;
  if (s.h1) score += 0.5;
  if (s.inArticle) score += 1;
  if (s.runningText) score += 1;
  if (s.urls.some(storyPath)) score += 1;
  if (root) score -= 4;
  return score;
}

export function isArticlePage(s: ArticleSignals): boolean {
  if (!s.headline) return false;
  const site = s.site;
  if (site) {
    // On a registered site the URL scheme is known: an article URL needs one page signal to agree, and any
    // other URL needs strong ones (an article type and a declared date).
    return s.urls.some((u) => site.isArticleUrl(u))
      ? s.ldArticle || OG_ARTICLE.test(s.ogType) || s.published
      : s.ldArticle && s.headPublished;
  }
  // A story has a date, an author or a story address; a page with none is an about page, a listing, a landing page.
  return (s.ldArticle || s.published || s.byline || s.urls.some(storyPath)) && articleScore(s) >= 3.5;
}
