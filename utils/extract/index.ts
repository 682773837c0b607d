import type { ArticleSnapshot } from '../snapshot';
import { siteForHost, type SiteDefinition } from '../sites';
import { normalizeUrl, outletArticleId, parseUrl } from '../url';
import { ldTypes, readJsonLd, type LdNode } from './jsonld';
import { clean, isoDate, splitNames, unescapeHtml, visibleText } from './text';

const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;
const OPINION_GENRE = /opinion|debatt|kommentar|leder|kronikk|mening|editorial|column/i;
// URL path segments that name a section, for pages that declare none in their metadata.
const SECTIONS = new Set(
  ('nyheter meninger debatt midtnorskdebatt btmeninger kommentar leder kronikk ytring sport kultur okonomi økonomi ' +
    'naeringsliv næringsliv innenriks utenriks lokalt trondheim norge verden politikk helse familie reise motor bolig ' +
    'forbruker teknologi tek livsstil underholdning news opinion world business sports culture politics').split(' '),
);

type Meta = Map<string, string[]>;

function readMeta(doc: Document): Meta {
  const meta: Meta = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, 1000)) {
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (content == null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key) meta.set(key, [...(meta.get(key) ?? []), content]);
      }
    }
  }
  return meta;
}

/** A string from a JSON-LD value: the string itself, the first of an array, or an object's name. */
function ldString(value: unknown, max = 500): string | null {
  if (Array.isArray(value)) value = value[0];
  if (value && typeof value === 'object') value = (value as LdNode)['name'] ?? (value as LdNode)['@id'] ?? (value as LdNode)['url'];
  return typeof value === 'string' ? clean(unescapeHtml(value), max) : clean(value, max);
}

function ldNames(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).slice(0, 20).flatMap((v) => {
    const name = ldString(v, 300);
    return name && !/^https?:/i.test(name) ? splitNames(name) : [];
  });
}

function language(value: unknown): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(ldString(value, 40) ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Drop a trailing " - Adresseavisen" / " | Site" from a title; `loose` also drops any short last part. */
function stripSuffix(title: string | null, names: string[], loose: boolean): string | null {
  const m = title && /^(.*\S)\s+[|–—·-]\s+([^|–—·]+)$/.exec(title);
  if (!m) return title;
  const suffix = m[2]!.toLowerCase();
  const named = names.some((n) => n && suffix.includes(n.toLowerCase()));
  return named || (loose && suffix.split(' ').length <= 3 && suffix.length < m[1]!.length) ? m[1]! : title;
}

function segment(part: string): string {
  try {
    return decodeURIComponent(part).toLowerCase();
  } catch {
    return part.toLowerCase();
  }
}

function isRoot(url: string): boolean {
  const u = parseUrl(url);
  return !!u && u.pathname === '/' && !u.search;
}

function empty(pageUrl: string): ArticleSnapshot {
  let siteId: string | null = null;
  try {
    siteId = siteForHost(parseUrl(pageUrl)?.hostname ?? '')?.id ?? null;
  } catch {
    // keep null
  }
  return {
    pageUrl,
    siteId,
    isArticle: false,
    canonicalUrl: normalizeUrl(pageUrl) ?? pageUrl,
    outletArticleId: null,
    headline: null,
    byline: [],
    published: null,
    modified: null,
    siteName: null,
    section: null,
    isOpinion: false,
    paywalled: false,
    language: null,
    description: null,
  };
}

function extract(doc: Document, pageUrl: string): ArticleSnapshot {
  const meta = readMeta(doc);
  const m = (key: string) => meta.get(key)?.[0] ?? null;
  const ld = readJsonLd(doc);
  const art: LdNode = ld.find((node) => ldTypes(node).some((t) => ARTICLE_TYPE.test(t))) ?? {};
  const types = ldTypes(art);
  const ldArticle = types.length > 0;
  const page = parseUrl(pageUrl);

  // Canonical URL: declared forms first, but never a site root standing in for a deeper page.
  const pageNorm = normalizeUrl(pageUrl);
  const entity = art['mainEntityOfPage'];
  let canonicalUrl: string | null = null;
  for (const candidate of [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    m('og:url'),
    typeof entity === 'string' ? entity : ldString(entity && typeof entity === 'object' ? ((entity as LdNode)['@id'] ?? (entity as LdNode)['url']) : null, 2000),
    ldString(art['url'], 2000),
  ]) {
    const url = candidate ? normalizeUrl(candidate, page?.href) : null;
    if (url && !(isRoot(url) && pageNorm && !isRoot(pageNorm))) {
      canonicalUrl = url;
      break;
    }
  }
  canonicalUrl ??= pageNorm ?? pageUrl;
  const canonical = parseUrl(canonicalUrl);
  const site: SiteDefinition | null = siteForHost(page?.hostname ?? '') ?? siteForHost(canonical?.hostname ?? '');
  const urls = [canonical, page].filter((u): u is URL => !!u);

  const h1 = doc.querySelector('h1');
  const siteName = clean(m('og:site_name'), 200) ?? ldString((art['publisher'] as LdNode | undefined)?.['name'], 200) ?? site?.name ?? null;
  const suffixNames = [siteName ?? '', site?.name ?? '', (canonical?.hostname ?? '').split('.').slice(-2)[0] ?? ''];
  const headline =
    ldString(art['headline']) ??
    ldString(art['name']) ??
    stripSuffix(clean(m('og:title') ?? m('twitter:title')), suffixNames, false) ??
    clean(h1?.textContent) ??
    stripSuffix(clean(doc.querySelector('title')?.textContent), suffixNames, true);

  let byline = ldNames(art['author']);
  for (const key of ['article:author', 'author', 'byl', 'dc.creator']) {
    if (!byline.length) byline = (meta.get(key) ?? []).flatMap((v) => (/^https?:/i.test(v.trim()) ? [] : splitNames(v)));
  }
  // Visible bylines, searched near the headline; the first kind of marker that gives names wins.
  const scope = h1?.closest('article') ?? doc;
  for (const selector of ['[itemprop~="author"]', '[rel~="author"]', '.byline']) {
    if (byline.length) break;
    for (const el of Array.from(scope.querySelectorAll(selector)).slice(0, 5)) {
      const text = (el.querySelector('[itemprop~="name"]') ?? el).textContent ?? '';
      if (text.length < 300) byline.push(...splitNames(text, true));
    }
  }
  const seen = new Set<string>();
  byline = byline.filter((n) => !seen.has(n.toLowerCase()) && !!seen.add(n.toLowerCase())).slice(0, 10);

  // Dates: JSON-LD and meta ("head") are trusted; a <time> in the body only when it is unambiguous.
  const headPublished =
    isoDate(art['datePublished']) ??
    ['article:published_time', 'og:article:published_time', 'article:published:time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'date']
      .map((key) => isoDate(m(key)))
      .find(Boolean) ??
    null;
  const itemprop = doc.querySelector('[itemprop~="datePublished"]');
  const times = doc.querySelectorAll('time[datetime]');
  const domPublished = itemprop
    ? isoDate(itemprop.getAttribute('datetime') ?? itemprop.getAttribute('content') ?? itemprop.textContent)
    : isoDate(times[0]?.getAttribute('datetime'));
  const domDateClear = !!domPublished && (!!itemprop || times.length <= 2);
  const published = headPublished ?? (domDateClear ? domPublished : null);
  const modifiedEl = doc.querySelector('[itemprop~="dateModified"]');
  const modified =
    isoDate(art['dateModified']) ??
    isoDate(m('article:modified_time')) ??
    isoDate(m('og:updated_time')) ??
    isoDate(modifiedEl?.getAttribute('datetime') ?? modifiedEl?.getAttribute('content'));

  const section =
    clean(m('article:section'), 100) ??
    ldString(art['articleSection'], 100) ??
    urls.flatMap((u) => u.pathname.split('/')).map(segment).find((s) => SECTIONS.has(s)) ??
    null;

  const isOpinion =
    urls.some((u) => site?.isOpinionUrl(u)) ||
    types.includes('OpinionNewsArticle') ||
    OPINION_GENRE.test([art['genre']].flat().filter((g) => typeof g === 'string').join(' ')) ||
    (!!site?.opinionLabels.length &&
      ((text) => site.opinionLabels.some((label) => text.includes(label.toLowerCase())))(visibleText(doc.body).toLowerCase()));

  const paywalled =
    urls.some((u) => site?.isPaywallUrl(u)) ||
    ld.some((node) => /^false$/i.test(String(node['isAccessibleForFree']))) ||
    /^true$/i.test(m('lp:premium') ?? '');

  const typeSaysArticle = /^(?:article|story)$/i.test(m('og:type') ?? m('lp:type') ?? '');
  let isArticle = false;
  if (headline) {
    if (site) {
      isArticle = urls.some((u) => site.isArticleUrl(u))
        ? ldArticle || typeSaysArticle || !!published
        : ldArticle && !!headPublished;
    } else {
      isArticle = ldArticle || ((!!headPublished || domDateClear) && (typeSaysArticle || !!headPublished || byline.length > 0));
    }
  }

  return {
    pageUrl,
    siteId: site?.id ?? null,
    isArticle,
    canonicalUrl,
    outletArticleId: outletArticleId(canonicalUrl) ?? outletArticleId(pageUrl),
    headline,
    byline,
    published,
    modified,
    siteName,
    section,
    isOpinion,
    paywalled,
    language: language(doc.documentElement?.getAttribute('lang')) ?? language(m('og:locale')) ?? language(art['inLanguage']),
    description:
      ldString(art['description'], 1000) ?? clean(m('og:description'), 1000) ?? clean(m('description'), 1000) ?? clean(m('twitter:description'), 1000),
  };
}

/**
 * What a page says about itself, from JSON-LD, then Open Graph / article meta, then the visible DOM.
 * Pure and bounded; never throws (an internal error gives a non-article snapshot).
 */
export function extractSnapshot(doc: Document, pageUrl: string): ArticleSnapshot {
  try {
    return extract(doc, pageUrl);
  } catch {
    return empty(pageUrl);
  }
}
