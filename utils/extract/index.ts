import { MAX_SNAPSHOT_TEXT, type ArticleSnapshot } from '../snapshot';
import { siteForHost } from '../sites';
import { normalizeUrl, outletArticleId, parseUrl } from '../url';
import { isArticlePage, RUNNING_TEXT, type ArticleSignals } from './detect';
import { isJsonLdScript, ldTypes, MAX_SCRIPTS, readJsonLd, type LdNode } from './jsonld';
import { guessLanguage } from './language';
import { clean, fold, isoDate, splitNames, textDay, unescapeHtml, visibleText } from './text';

const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report)$/;
const OPINION_WORDS = /opinion|meinung|debat|kommentar|leder|kronikk|mening|ytring|editorial|column|letters|op-ed|tribune|chronique|opini/i;
// URL path segments (and their hyphenated parts) that put a page in an opinion section, on any site.
const OPINION_SEGMENTS =
  /^(?:opinions?|meinung(?:en)?|kommentare?|commentisfree|editorials?|debatte?|meninger|ytring|kronikk|leder|columnists|kolumnister|tribunes?|opinie|letters)$/;
// Section values that are placement codes rather than sections.
const NOT_SECTION = /^(?:.{0,2}|nil|null|none|undefined|home|homepage|front-?page|forside|forsiden|default|index|article|artikkel)$/i;
// First URL segments that are not sections: story markers, ids, language codes, slugs.
const NOT_SECTION_SEGMENT = /^(?:articles?|artikel|artikkel|artikler|story|stories|news-?story|content|posts?|www|.{0,2}|.*[\d.].*|[^-]*-[^-]*-.*)$/;
// Title separators: " | ", " - ", " – ", " — ", " : ", " · ", " » ", and the unspaced "_" and full-width colon.
const SEPARATOR = /\s+[|–—·•»:-]\s+|\s*[_：｜]\s*/;
const AUTHOR_ITEM = '[itemprop~="author"], [rel~="author"], [class*="byline" i], [class*="author" i], address';
const CONTAINER = 'article, [itemtype*="Article"], main, [role="main"]';
// Meta names of the publication date, most specific first: article:published_time, datePublished, pubdate,
// dc.date.issued, parsely-pub-date, article:publicationdate …; then "created"; then a bare "date".
const PUBLISHED_KEYS = [/publi(?!sher)|pub-?date|issued/, /created/, /^(?:dc\.)?date$|^sailthru\.date$/];
const AUTHOR_KEYS = 'article:author og:article:author author byl dc.creator dcterms.creator sailthru.author parsely-author';

/** A string from a JSON-LD value: the string itself, the first of an array, or an object's name. */
function ldString(value: unknown, max = 500): string | null {
  if (Array.isArray(value)) value = value[0];
  if (value && typeof value === 'object') value = (value as LdNode)['name'] ?? (value as LdNode)['@id'] ?? (value as LdNode)['url'];
  return clean(typeof value === 'string' ? unescapeHtml(value) : value, max);
}

const language = (value: unknown) => /^([a-z]{2,3})(?:[-_]|$)/i.exec(ldString(value, 40) ?? '')?.[1]!.toLowerCase() ?? null;

/** The host's name-like labels ("boersen-zeitung" → also "borsenzeitung"), for telling a site's name. */
const hostLabels = (host: string) =>
  host
    .split('.')
    .slice(0, -1)
    .filter((label) => label.length > 1 && !/^(?:www\d?|com?|org|net|amp|mobil|m)$/.test(label))
    .flatMap((label) => [fold(label), fold(label.replace(/([aou])e/g, '$1'))]);

/** True when a name and a host or another name point to each other ("the Guardian" ~ theguardian.com, "sn.dk" ~ sn). */
function resembles(name: string, others: string[]): boolean {
  const a = fold(name);
  return a.length > 1 && others.some((b) => (b.length < 4 ? a.startsWith(b) : a.includes(b) || (a.length > 3 && b.includes(a))));
}

/** Removes trailing title segments that name the site: "Sak om noe | Testavisa" → "Sak om noe". */
function stripSite(text: string | null, names: string[]): string | null {
  let out = text;
  for (let i = 0; out && i < 3; i++) {
    const last = out.split(SEPARATOR).slice(1).pop();
    if (!last || !resembles(last, names.map(fold))) break;
    out = out.slice(0, out.lastIndexOf(last)).replace(/[\s|–—·•»:_：｜-]+$/, '') || out;
  }
  return out;
}

/** The title segment that names the site: one that resembles the host, else a short last segment. */
function titleSiteName(title: string | null, hostNames: string[]): string | null {
  const parts = (title ?? '').split(SEPARATOR).map((p) => p.trim()).slice(1);
  const last = parts.pop();
  if (!last) return null;
  const named = [...parts, last].reverse().find((p) => resembles(p, hostNames));
  const lowerCase = last[0] !== last[0]!.toUpperCase();
  return named ?? (last.split(' ').length < 5 && last.length <= 40 && !lowerCase && !/\d{4}/.test(last) && !textDay(last) ? last : null);
}

// Elements whose insides hold nothing a reader sees as a byline or a date: icons, scripts, styles, templates.
const OPAQUE = /^(?:svg|script|style|noscript|template)$/i;

/**
 * Visits the elements inside `root` in document order after `start` (from the beginning of `root` without one),
 * without entering OPAQUE ones, until `visit` returns true, looking at no more than `budget` elements: bylines and
 * dates sit near the headline (the farthest byline in the corpus is 361 elements from where its search starts),
 * and a bounded walk keeps the cost independent of the page's size. In a browser every element a walk passes
 * costs a wrapper object and calls into the DOM: the walk is the largest part of a first call.
 */
function walk(root: Element | null, start: Element | null | undefined, visit: (el: Element) => boolean, budget = 400): void {
  let el: Element | null = start ?? root;
  while (el && budget-- > 0) {
    // Each property is read once: every read is a call into the DOM.
    const child = el.firstElementChild;
    let next = child && (el === root || !OPAQUE.test(el.tagName)) ? child : null;
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
    if (el && visit(el)) return;
  }
}

const AUTHOR_TOKEN = /(?:^|\s)author(?:\s|$)/;
const BYLINE_OR_AUTHOR = /byline|author/i;
const BYLINE = /byline/i;

/**
 * A byline element: [itemprop~=author], [rel~=author], a class naming a byline or an author, an id or test id
 * naming a byline. The attribute names come first, in one call, and only the values of those present are read:
 * most elements have none of them, and in a browser each read is a call into the DOM.
 */
function isByline(el: Element): boolean {
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const pattern = name === 'class' ? BYLINE_OR_AUTHOR : name === 'itemprop' || name === 'rel' ? AUTHOR_TOKEN : name === 'id' || name === 'data-testid' ? BYLINE : null;
    if (pattern?.test(el.getAttribute(name)!)) return true;
  }
  return false;
}

// Elements whose class names a date or a time.
const isDated = (el: Element) => /date|time|publi/i.test(el.getAttribute('class') ?? '');

/** The date an element with a microdata date property gives. */
const microdataDate = (el: Element | undefined) => isoDate(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent);

/** The page's microdata datePublished; else a date in the first elements after the headline. */
function bodyPublished(microdata: Element | undefined, root: Element | null, anchor: Element | null): string | null {
  let date = microdataDate(microdata);
  if (!anchor || date) return date;
  let stamp: string | null = null;
  walk(root, anchor, (el) => el.tagName === 'TIME' && (stamp = el.getAttribute('datetime')) !== null);
  date = isoDate(stamp);
  let dated = 0;
  if (!date) walk(root, anchor, (el) => isDated(el) && (!!(date = textDay(visibleText(el, 200, 40))) || ++dated >= 15));
  return date;
}

// Caps on what is read from one page, so that a 5 MB page of 50,000 elements costs about what a normal one does:
// of the elements read from the whole document (title, meta, script, h1, p and any with itemprop), the first
// MAX_ELEMENTS are looked at. They are found by one native query rather than a walk in script: in a browser a
// walk creates a wrapper object for every element it passes, which was a fifth of the first call's time. One
// query, because linkedom's queries are walks in script: a second query for the itemprop dates cost the 5 MB
// page 5 ms in Node.
const MAX_ELEMENTS = 10_000;
// The longest text of an article the opinion-label check reads whole (a JSON-LD script of megabytes is longer).
const MAX_WHOLE_TEXT = 500_000;
const CAP = { TITLE: 1, META: 1000, SCRIPT: MAX_SCRIPTS, H1: 10, P: 60 };
type Tag = keyof typeof CAP;
const isTag = (tag: string): tag is Tag => Object.hasOwn(CAP, tag);

/**
 * The elements extraction reads from the whole document: by tag name, each list capped, and the first element
 * with itemprop datePublished and dateModified. Kept apart, so no itemprop value ("SCRIPT", "toString") reaches
 * a tag's list. `count` is how many the query found, capped or not.
 */
function gather(doc: Document): { count: number; tags: Record<Tag, Element[]>; datePublished?: Element; dateModified?: Element } {
  const all = doc.querySelectorAll('title,meta,script,h1,p,[itemprop]');
  const found: ReturnType<typeof gather> = { count: all.length, tags: { TITLE: [], META: [], SCRIPT: [], H1: [], P: [] } };
  for (let i = 0, el = all[0]; el && i < MAX_ELEMENTS; el = all[++i]) {
    const tag = el.tagName.toUpperCase();
    const list = isTag(tag) ? found.tags[tag] : null;
    if (list && list.length < CAP[tag as Tag] && (tag !== 'SCRIPT' || isJsonLdScript(el))) list.push(el);
    const props = el.getAttribute('itemprop');
    for (const prop of props ? props.split(/\s+/) : []) if ((prop === 'datePublished' || prop === 'dateModified') && !found[prop]) found[prop] = el;
  }
  return found;
}

const paragraphText = (p: Element) => (p.textContent ?? '').slice(0, 20_000);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Whether the paragraphs long enough to be running text reach RUNNING_TEXT Latin-script characters (a CJK one counts three times). */
function hasRunningText(paragraphs: Element[]): boolean {
  let sum = 0;
  for (const p of paragraphs) {
    const text = paragraphText(p).trim();
    const weight = 3 * text.length - 2 * text.replace(CJK, '').length;
    if (weight >= 80 && (sum += weight) >= RUNNING_TEXT) return true;
  }
  return false;
}

function extract(doc: Document, pageUrl: string): ArticleSnapshot {
  const meta = new Map<string, string[]>();
  const found = gather(doc);
  for (const el of found.tags.META) {
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
    if (content != null && key) (meta.get(key.toLowerCase()) ?? meta.set(key.toLowerCase(), []).get(key.toLowerCase())!).push(content);
  }
  const m = (key: string) => meta.get(key)?.[0] ?? null;
  const ld = readJsonLd(found.tags.SCRIPT);
  const art: LdNode = ld.find((node) => ldTypes(node).some((t) => ARTICLE_TYPE.test(t))) ?? {};
  const types = ldTypes(art);
  const page = parseUrl(pageUrl);

  // Canonical URL: declared forms first, but never a site root standing in for a deeper page.
  const pageNorm = normalizeUrl(pageUrl);
  const isRoot = (url: string) => /^https:\/\/[^/]+\/$/.test(url);
  const entity = art['mainEntityOfPage'] as LdNode | string | undefined;
  let canonicalUrl: string | null = null;
  for (const candidate of [
    (doc.head ?? doc).querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    m('og:url'),
    ldString(typeof entity === 'object' ? entity['@id'] ?? entity['url'] : entity, 2000),
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
  const site = siteForHost(page?.hostname ?? '') ?? siteForHost(canonical?.hostname ?? '');
  const urls = [canonical, page].filter((u): u is URL => !!u && /^https?:$/.test(u.protocol));
  const hostNames = urls.flatMap((u) => hostLabels(u.hostname));

  // Site name: og:site_name, unless it is an edition label the title and host disown ("U.S." on reuters.com),
  // or carries a tagline another source leaves off ("Aktuálně.cz - Víte, co se právě děje").
  const title = clean(found.tags.TITLE[0]?.textContent);
  const titleSite = titleSiteName(title, hostNames);
  const titleNamesHost = !!titleSite && resembles(titleSite, hostNames);
  const publisher = ldString((art['publisher'] as LdNode | undefined)?.['name'], 200);
  const ogSite = clean(m('og:site_name'), 200);
  let siteName = ogSite ?? publisher ?? site?.name ?? titleSite;
  if (ogSite) {
    const brand = ogSite.split(/\s[|–—-]\s/)[0]!;
    if (titleNamesHost && !resembles(ogSite, [...hostNames, fold(titleSite)])) siteName = titleSite;
    else if (brand !== ogSite && [publisher, titleSite].some((n) => fold(n) === fold(brand)) && !title?.endsWith(ogSite)) siteName = brand;
  }
  const siteNames = [siteName, titleNamesHost ? titleSite : null, site?.name].filter((n): n is string => !!n);

  // Headline: the string most of og:title, the JSON-LD headline, the <h1> and the <title> agree on (site suffixes
  // removed; ties go in that order), shortened to another of them when it only adds a short tail ("Headline : Section").
  const h1s = found.tags.H1;
  const ogTitle = stripSite(clean(m('og:title')), siteNames);
  const ldHeadline = ldString(art['headline']) ?? ldString(art['name']);
  const titleText = stripSite(title, siteNames);
  // The headline's <h1> (a logo <h1> that only names the site is none): bylines and dates are searched after it.
  const headlineH1s = h1s.filter((el) => !siteNames.some((n) => fold(n) === fold(visibleText(el, 200, 50))));
  const anchor =
    headlineH1s.find((el) => [ogTitle, ldHeadline, titleText].includes(clean(el.textContent))) ??
    headlineH1s.find((el) => el.closest('article, main, [role="main"]')) ??
    null;
  const h1 = anchor ?? headlineH1s[0];
  const h1Text = clean(h1?.textContent);
  const votes = [ogTitle, ldHeadline, h1Text, titleText].filter((v): v is string => !!v);
  const count = (v: string) => votes.filter((x) => x === v).length;
  let headline = votes.reduce<string | null>((best, v) => (best && count(best) >= count(v) ? best : v), null) ?? stripSite(clean(m('twitter:title')), siteNames);
  for (const shorter of votes) {
    const tail = headline?.slice(shorter.length).split(SEPARATOR) ?? [];
    if (headline?.startsWith(shorter) && tail.length === 2 && !tail[0] && tail[1]!.trim().split(' ').length < 5) headline = shorter;
  }

  // Byline: structured data, then meta, then the first byline element near the headline and its like siblings.
  let byline = (Array.isArray(art['author']) ? art['author'] : [art['author']]).slice(0, 20).flatMap((v) => {
    const name = ldString(v, 300);
    return name && !/^https?:/i.test(name) ? splitNames(name) : [];
  });
  for (const key of AUTHOR_KEYS.split(' ')) {
    if (!byline.length) byline = (meta.get(key) ?? []).flatMap((v) => (/^https?:/i.test(v.trim()) ? [] : splitNames(v)));
  }
  const container = anchor?.closest(CONTAINER);
  const visible: string[] = [];
  let first: Element | undefined;
  // Like siblings share the first byline's grandparent: the walk ends where it leaves that.
  let bound: Element | null | undefined;
  let elements = 0;
  let oneNameEach = true;
  let candidates = 0;
  walk(container ?? doc.body, container ? null : anchor, (el) => {
    if (bound && !bound.contains(el)) return true;
    if (!isByline(el)) return false;
    if (first && (first.contains(el) || el.tagName !== first.tagName || el.className !== first.className || el.parentElement?.parentElement !== bound)) return ++candidates >= 25;
    const source = el.matches('[itemprop~="author"]') ? (el.querySelector('[itemprop~="name"]') ?? el) : el;
    const text = source.getAttribute('content') ?? visibleText(source, 400, 200);
    const names = text.replace(/\s+/g, ' ').length > 150 ? [] : splitNames(text, true).filter((n) => !siteNames.some((s) => fold(n) === fold(s) || n.toLowerCase().startsWith(`${s.toLowerCase()} `)));
    if (names.length) {
      visible.push(...names);
      if (!first) [first, bound] = [el, el.parentElement?.parentElement];
      oneNameEach &&= names.length === 1;
      elements++;
    }
    return ++candidates >= 25;
  });
  // One element per author (like siblings, or like author items inside the byline box) that names everyone the
  // structured data names, and more: structured data sometimes lists only the first author.
  const items = first ? Array.from(first.querySelectorAll(AUTHOR_ITEM)).filter((el) => !el.querySelector(AUTHOR_ITEM)) : [];
  const itemNames = items.map((el) => splitNames(visibleText(el, 200, 100), true));
  if (items.length > 1 && items.every((el, i) => el.tagName === items[0]!.tagName && el.className === items[0]!.className && itemNames[i]!.length === 1)) {
    visible.splice(0, visible.length, ...itemNames.flat());
    [elements, oneNameEach] = [items.length, true];
  }
  const known = visible.map((n) => n.toLowerCase());
  if (!byline.length || (elements > 1 && oneNameEach && visible.length > byline.length && byline.every((n) => known.includes(n.toLowerCase())))) byline = visible;
  byline = byline.filter((n, i) => byline.findIndex((o) => o.toLowerCase() === n.toLowerCase()) === i).slice(0, 10);

  // Dates: JSON-LD and meta ("head") are trusted; then the page's microdata datePublished, wherever it is; then a
  // visible date only right after the headline; then the URL.
  const metaDate = (keys: string[]) => keys.map((key) => isoDate(m(key))).find(Boolean) ?? null;
  const metaKeys = [...meta.keys()];
  const headPublished =
    isoDate(art['datePublished']) ??
    PUBLISHED_KEYS.map((pattern) => metaDate(metaKeys.filter((key) => pattern.test(key)))).find(Boolean) ??
    isoDate(ld.find((n) => n['datePublished'])?.['datePublished']);
  // The body's dates only when the head has none: finding them is the slower part.
  const published = headPublished ?? bodyPublished(found.datePublished, container ?? doc.body, anchor);
  const urlDay = urls.map((u) => /\/(\d{4})[/-](\d\d)[/-](\d\d)(?:\/|$)/.exec(u.pathname)).map((d) => d && isoDate(`${d[1]}-${d[2]}-${d[3]}`)).find(Boolean);

  const sectionValue = (value: unknown) => {
    const text = ldString(value, 100);
    return text && !NOT_SECTION.test(text) ? text : null;
  };
  const pathSegments = urls.map((u) =>
    u.pathname
      .split('/')
      .filter(Boolean)
      .map((part) => {
        try {
          return decodeURIComponent(part).toLowerCase();
        } catch {
          return part.toLowerCase();
        }
      }),
  );
  const section =
    ['article:section', 'og:article:section', 'section', 'parsely-section'].map((key) => sectionValue(m(key))).find(Boolean) ??
    sectionValue(art['articleSection']) ??
    pathSegments.map((parts) => parts.slice(0, -1).filter((s) => !/^(?:pluss|premium|amp)$/.test(s))[0]).find((s) => s && !NOT_SECTION_SEGMENT.test(s)) ??
    null;

  // Opinion: the site's own markers, then schema.org, section names and URL sections on any site.
  const labelled = (labels: string[]) => {
    const root = h1?.closest('article') ?? doc.querySelector('article, main') ?? doc.body;
    // The root's whole text, one native read in a browser, rules most pages out at once: a label in the visible
    // text is in it too, once white space is dropped. Not on a page too big to gather whole, where linkedom's
    // textContent is a walk of every node, nor when the text is long (a script of megabytes).
    const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
    const whole = found.count <= MAX_ELEMENTS ? (root?.textContent ?? '') : '';
    if (whole.length && whole.length <= MAX_WHOLE_TEXT) {
      const squeezed = squeeze(whole);
      if (!labels.some((label) => squeezed.includes(squeeze(label)))) return false;
    }
    const text = visibleText(root, 20_000, 3000).replace(/\s+/g, ' ').toLowerCase();
    return labels.some((label) => text.includes(label.toLowerCase()));
  };
  const isOpinion =
    urls.some((u) => site?.isOpinionUrl(u)) ||
    types.includes('OpinionNewsArticle') ||
    OPINION_WORDS.test([art['genre'], section, ldString(art['articleSection'])].flat().filter((g) => typeof g === 'string').join(' ')) ||
    pathSegments.some((parts) => parts.slice(0, -1).some((s) => s.split(/[-_]/).some((w) => OPINION_SEGMENTS.test(w)))) ||
    (!!site?.opinionLabels.length && labelled(site.opinionLabels));

  const description = [ldString(art['description'], 1000), ...['og:description', 'description', 'twitter:description'].map((key) => clean(m(key), 1000))].find(Boolean) ?? null;
  const signals: ArticleSignals = {
    headline,
    site,
    urls,
    ldArticle: types.length > 0,
    ldTypes: ld.flatMap(ldTypes),
    ogType: (m('og:type') ?? m('lp:type') ?? '').toLowerCase(),
    headPublished: !!headPublished,
    published: !!published,
    inArticle: !!h1?.closest('article, [itemtype*="Article"]'),
    byline: byline.length > 0,
    h1: !!h1Text,
    runningText: hasRunningText(found.tags.P),
  };

  return {
    pageUrl,
    siteId: site?.id ?? null,
    isArticle: isArticlePage(signals),
    canonicalUrl,
    outletArticleId: outletArticleId(canonicalUrl) ?? outletArticleId(pageUrl),
    headline,
    byline,
    published: published ?? urlDay ?? null,
    modified:
      isoDate(art['dateModified']) ??
      metaDate(metaKeys.filter((key) => /modified|updated/.test(key))) ??
      microdataDate(found.dateModified),
    siteName,
    section,
    isOpinion,
    paywalled:
      urls.some((u) => site?.isPaywallUrl(u)) ||
      ld.some((node) => [node, ...[node['hasPart']].flat()].some((part) => /^false$/i.test(String((part as LdNode | undefined)?.['isAccessibleForFree'])))) ||
      /^true$/i.test(m('lp:premium') ?? '') ||
      /^(?:locked|metered)$/i.test(m('article:content_tier') ?? '') ||
      !!(site?.paywallSelector && doc.querySelector(site.paywallSelector)),
    language:
      language(doc.documentElement?.getAttribute('lang')) ??
      language(m('content-language') ?? m('dc.language') ?? m('og:locale')) ??
      language(art['inLanguage']) ??
      guessLanguage([title, description, h1Text, ...found.tags.P.map(paragraphText)].join(' ')),
    description,
  };
}

const NOTHING = {
  isArticle: false,
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
} as const;

/**
 * What a page says about itself, from JSON-LD, then Open Graph / article meta, then the visible DOM.
 * Pure and bounded; never throws (an internal error gives a non-article snapshot).
 */
export function extractSnapshot(doc: Document, pageUrl: string): ArticleSnapshot {
  try {
    const snapshot = extract(doc, pageUrl);
    return { ...snapshot, pageUrl: pageUrl.slice(0, MAX_SNAPSHOT_TEXT), canonicalUrl: snapshot.canonicalUrl.slice(0, MAX_SNAPSHOT_TEXT), outletArticleId: snapshot.outletArticleId?.slice(0, 200) ?? null };
  } catch {
    let siteId: string | null = null;
    try {
      siteId = siteForHost(parseUrl(pageUrl)?.hostname ?? '')?.id ?? null;
    } catch {
      // keep null
    }
    return { ...NOTHING, byline: [], pageUrl: pageUrl.slice(0, MAX_SNAPSHOT_TEXT), siteId, canonicalUrl: (normalizeUrl(pageUrl) ?? pageUrl).slice(0, MAX_SNAPSHOT_TEXT) };
  }
}
