import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';
import { normalizeUrl } from '../../utils/url';

const VILLA_URL = 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function fixture(name: string, url: string) {
  return extractSnapshot(doc(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')), url);
}

/** A minimal page: `head` and `body` are inserted as given. */
function page(head: string, body = '', lang = 'nb'): Document {
  return doc(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('fixture: the Villa debate piece (legacy Adressa)', () => {
  const s = fixture('adressa-villa-debate.html', VILLA_URL);

  it('is an opinion article on Adressa', () => {
    expect(s.isArticle).toBe(true);
    expect(s.siteId).toBe('adressa');
    expect(s.isOpinion).toBe(true);
    expect(s.paywalled).toBe(false);
  });

  it('has headline, byline, dates and section', () => {
    expect(s.headline).toBe('IT som kommunalt verktøy under en pandemi');
    expect(s.byline).toEqual(['Bjørn Villa']);
    expect(s.published?.slice(0, 10)).toBe('2021-01-22');
    expect(s.published).toMatch(/[+-]\d\d:\d\d$/);
    expect(s.modified?.slice(0, 10)).toBe('2021-01-22');
    expect(s.section).toBe('meninger');
    expect(s.siteName).toBe('Adresseavisen');
    expect(s.language).toBe('nb');
    expect(s.description).toMatch(/Trondheim kommune/);
  });

  it('has the normalised canonical URL and the Adressa article id', () => {
    expect(s.canonicalUrl).toBe(normalizeUrl(VILLA_URL));
    expect(s.outletArticleId).toBe('adressa:23364628');
    expect(s.pageUrl).toBe(VILLA_URL);
  });

  it('finds the same article when opened through a tracking link on the mobile host', () => {
    const t = fixture('adressa-villa-debate.html', `${VILLA_URL.replace('www.', 'm.')}?utm_source=facebook&fbclid=x#comments`);
    expect(t.canonicalUrl).toBe(s.canonicalUrl);
    expect(t.outletArticleId).toBe('adressa:23364628');
  });
});

describe('fixture: made-up Adressa news story', () => {
  const s = fixture('adressa-unrelated-news.html', 'https://www.adressa.no/nyheter/trondheim/2021/03/02/Ny-sykkelvei-langs-Elgeseter-gate-23500001.ece');

  it('is a news article, not opinion', () => {
    expect(s.isArticle).toBe(true);
    expect(s.isOpinion).toBe(false);
    expect(s.headline).toMatch(/^Ny sykkelvei langs Elgeseter gate/);
    expect(s.byline).toEqual(['Kari Testesen', 'Ola Fiksjon']);
    expect(s.published).toBe('2021-03-02T14:30:00+01:00');
    expect(s.section).toBe('nyheter');
    expect(s.outletArticleId).toBe('adressa:23500001');
  });
});

describe('fixture: current Adressa platform (/i/ URL, JSON-LD array)', () => {
  const s = fixture('adressa-current-platform.html', 'https://www.adressa.no/midtnorskdebatt/i/Xq7Fz2/fixture-debattinnlegg-om-skolevei');

  it('is a paywalled debate piece with the URL section', () => {
    expect(s.isArticle).toBe(true);
    expect(s.isOpinion).toBe(true);
    expect(s.paywalled).toBe(true);
    expect(s.headline).toBe('Skoleveien trenger flere trygge overganger');
    expect(s.byline).toEqual(['Kari Fiksjonsen']);
    expect(s.published?.slice(0, 10)).toBe('2023-09-14');
    expect(s.section).toBe('midtnorskdebatt');
    expect(s.outletArticleId).toBe('adressa:Xq7Fz2');
    expect(s.canonicalUrl).toBe('https://adressa.no/midtnorskdebatt/i/Xq7Fz2/fixture-debattinnlegg-om-skolevei');
  });

  it('recognises the visible debate label even when the URL says nothing', () => {
    const html = readFileSync(new URL('../fixtures/adressa-current-platform.html', import.meta.url), 'utf8').replaceAll('midtnorskdebatt', 'nyheter');
    const t = extractSnapshot(doc(html), 'https://www.adressa.no/nyheter/i/Xq7Fz2/fixture-debattinnlegg-om-skolevei');
    expect(t.isOpinion).toBe(true);
    const unlabeled = extractSnapshot(doc(html.replace('Dette er et debattinnlegg.', '')), 'https://www.adressa.no/nyheter/i/Xq7Fz2/x');
    expect(unlabeled.isOpinion).toBe(false);
  });
});

describe('fixture: Adressa front page', () => {
  it('is not an article although it carries og:type=article', () => {
    const s = fixture('adressa-front-page.html', 'https://www.adressa.no/');
    expect(s.isArticle).toBe(false);
    expect(s.siteId).toBe('adressa');
    expect(s.outletArticleId).toBeNull();
    expect(s.published).toBeNull();
    expect(s.canonicalUrl).toBe('https://adressa.no/');
  });

  it('is not an article on an unregistered host either', () => {
    const html = readFileSync(new URL('../fixtures/adressa-front-page.html', import.meta.url), 'utf8').replaceAll('www.adressa.no', 'www.example-news.test');
    const s = extractSnapshot(doc(html), 'https://www.example-news.test/');
    expect(s.siteId).toBeNull();
    expect(s.isArticle).toBe(false);
  });
});

describe('fixture: unregistered site', () => {
  const s = fixture('other-site-article.html', 'https://www.example-news.test/article/1?utm_campaign=rss');

  it('still extracts, without a site id', () => {
    expect(s.siteId).toBeNull();
    expect(s.isArticle).toBe(true);
    expect(s.headline).toBe('Town council tests a floating bus stop');
    expect(s.byline).toEqual(['Jane Example', 'John Sample']);
    expect(s.published).toBe('2024-05-06T10:15:00+01:00');
    expect(s.section).toBe('Local');
    expect(s.siteName).toBe('Example News');
    expect(s.language).toBe('en');
    expect(s.canonicalUrl).toBe('https://example-news.test/article/1');
    expect(s.outletArticleId).toBeNull();
    expect(s.isOpinion).toBe(false);
  });
});

describe('JSON-LD robustness', () => {
  const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Fra JSON-LD', datePublished: '2021-01-22T06:00:00+01:00', author: { '@type': 'Person', name: 'Kari Nordmann' } };
  const url = 'https://www.example-news.test/a/1';

  it('takes no itemprop value for a tag: itemprop="SCRIPT" is not JSON-LD, itemprop="toString" breaks nothing', () => {
    const body = `<div itemprop="SCRIPT">{"@type": "NewsArticle", "headline": "Fra en div", "author": {"name": "Ola Falsk"}}</div><span itemprop="toString constructor">x</span><time itemprop="datePublished" datetime="2021-01-22T06:00:00+01:00"></time>`;
    const s = extractSnapshot(page(ld(article), body), url);
    expect(s.headline).toBe('Fra JSON-LD');
    expect(s.byline).toEqual(['Kari Nordmann']);
    expect(s.isArticle).toBe(true);
  });

  it('skips invalid JSON-LD and reads the next script', () => {
    const s = extractSnapshot(page(`<script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>${ld(article)}`), url);
    expect(s.headline).toBe('Fra JSON-LD');
    expect(s.isArticle).toBe(true);
  });

  it('reads CDATA-wrapped JSON-LD', () => {
    const s = extractSnapshot(page(`<script type="application/ld+json"><![CDATA[${JSON.stringify(article)}]]></script>`), url);
    expect(s.headline).toBe('Fra JSON-LD');
    expect(s.byline).toEqual(['Kari Nordmann']);
  });

  it('reads @graph and arrays, and opinion types', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'X' }, { ...article, '@type': 'OpinionNewsArticle' }] };
    const s = extractSnapshot(page(ld(graph)), url);
    expect(s.headline).toBe('Fra JSON-LD');
    expect(s.isOpinion).toBe(true);
    const arr = extractSnapshot(page(ld([{ '@type': 'BreadcrumbList' }, { ...article, '@type': ['ReportageNewsArticle'] }])), url);
    expect(arr.headline).toBe('Fra JSON-LD');
    expect(arr.isArticle).toBe(true);
  });

  it('reads an article that is the mainEntity of a WebPage, with schema.org URL types', () => {
    const s = extractSnapshot(page(ld({ '@type': 'WebPage', mainEntity: { ...article, '@type': 'http://schema.org/BlogPosting' } })), url);
    expect(s.headline).toBe('Fra JSON-LD');
    expect(s.isArticle).toBe(true);
  });

  it('reads genre, isAccessibleForFree, inLanguage and mainEntityOfPage', () => {
    const s = extractSnapshot(
      page(ld({ ...article, genre: 'Debatt', isAccessibleForFree: 'False', inLanguage: 'nb-NO', mainEntityOfPage: { '@id': 'https://www.example-news.test/a/1?ref=x' } }), '', ''),
      'https://www.example-news.test/a/1?foo=1',
    );
    expect(s.isOpinion).toBe(true);
    expect(s.paywalled).toBe(true);
    expect(s.language).toBe('nb');
    expect(s.canonicalUrl).toBe('https://example-news.test/a/1');
  });

  it('skips JSON-LD scripts over 2 MB and reads no more than 30', () => {
    const huge = `<script type="application/ld+json">${JSON.stringify({ ...article, headline: 'Stor', pad: 'x'.repeat(2_100_000) })}</script>`;
    expect(extractSnapshot(page(huge + ld(article)), url).headline).toBe('Fra JSON-LD');
    const many = Array.from({ length: 30 }, () => ld({ '@type': 'Thing' })).join('') + ld(article);
    expect(extractSnapshot(page(many), url).headline).toBeNull();
  });

  it('decodes HTML entities left in JSON-LD strings', () => {
    expect(extractSnapshot(page(ld({ ...article, headline: 'Bil &amp; buss &#171;nå&#187;' })), url).headline).toBe('Bil & buss «nå»');
  });
});

describe('meta and DOM fallbacks', () => {
  const url = 'https://www.example-news.test/sak/2';

  it('reads the name= variant of Open Graph and article meta', () => {
    const s = extractSnapshot(
      page(
        '<meta name="og:type" content="article"><meta name="og:title" content="Navnevariant"><meta name="article:published_time" content="2021-01-22T06:00:00+0100">' +
          '<meta name="article:author" content="Av Kari Nordmann og Ola Nordmann"><meta name="og:site_name" content="Testavisa"><meta name="og:locale" content="nb_NO">',
        '',
        '',
      ),
      url,
    );
    expect(s.headline).toBe('Navnevariant');
    expect(s.published).toBe('2021-01-22T06:00:00+01:00');
    expect(s.byline).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(s.siteName).toBe('Testavisa');
    expect(s.language).toBe('nb');
    expect(s.isArticle).toBe(true);
  });

  it('cleans bylines: prefixes, roles, separators, duplicates and profile URLs', () => {
    const s = extractSnapshot(
      page(
        ld({ '@type': 'NewsArticle', headline: 'H', author: ['By Jane Doe, John Roe and Kari Nordmann / Journalist', { name: 'Jane Doe' }, { '@id': 'https://x.test/p/1' }] }),
      ),
      url,
    );
    expect(s.byline).toEqual(['Jane Doe', 'John Roe', 'Kari Nordmann']);
    const meta = extractSnapshot(page('<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Ola Nordmann">'), url);
    expect(meta.byline).toEqual(['Ola Nordmann']);
  });

  it('falls back to the visible DOM: h1, time[datetime] and byline elements', () => {
    const s = extractSnapshot(
      page(
        '<title>Fra tittelen - Testavisa</title>',
        '<article><h1> Overskrift\n fra  h1 </h1><div class="byline">Av <a rel="author">Kari Nordmann</a> og <a rel="author">Ola Nordmann</a></div>' +
          '<time datetime="2021-01-22T06:00:00+01:00">22. januar</time><p>Tekst.</p></article>',
      ),
      url,
    );
    expect(s.headline).toBe('Overskrift fra h1');
    expect(s.byline).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(s.published).toBe('2021-01-22T06:00:00+01:00');
    expect(s.isArticle).toBe(true);
  });

  it('keeps only name-like parts of free-text bylines', () => {
    const s = extractSnapshot(page('', '<article><h1>H</h1><p class="byline">Av Bjørn Villa, IT-sjef i Trondheim kommune 22.01.2021</p></article>'), url);
    expect(s.byline).toEqual(['Bjørn Villa']);
  });

  it('finds a byline past share icons, and not one far below the headline', () => {
    const icons = '<svg><g><path d="M0 0"/><path d="M1 1"/></g></svg>'.repeat(150);
    const near = extractSnapshot(page('', `<article><h1>H</h1><div>${icons}</div><p class="byline">Av Kari Nordmann</p></article>`), url);
    expect(near.byline).toEqual(['Kari Nordmann']);
    const far = extractSnapshot(page('', `<article><h1>H</h1>${'<div><span>Tekst</span></div>'.repeat(250)}<p class="byline">Av Kari Nordmann</p></article>`), url);
    expect(far.byline).toEqual([]);
  });

  it('strips the site suffix from <title> when nothing better exists', () => {
    expect(extractSnapshot(page('<title>Sak om noe - Adresseavisen</title>'), 'https://www.adressa.no/x').headline).toBe('Sak om noe');
    expect(extractSnapshot(page('<title>Sak om noe | Testavisa</title><meta property="og:site_name" content="Testavisa">'), url).headline).toBe('Sak om noe');
    expect(extractSnapshot(page('<title>«Sitat»: - Nordmann dømt til livstid i England</title>'), url).headline).toBe(
      '«Sitat»: - Nordmann dømt til livstid i England',
    );
  });

  it('takes the section from the URL when the page declares none, skipping /pluss/', () => {
    const s = extractSnapshot(page('<meta property="og:title" content="T">'), 'https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece');
    expect(s.section).toBe('nyheter');
    expect(s.paywalled).toBe(true);
    expect(extractSnapshot(page(''), 'https://www.example-news.test/%C3%98konomi/sak-1').section).toBe('økonomi');
  });

  it('reads lp:premium as a paywall', () => {
    expect(extractSnapshot(page('<meta property="lp:premium" content="true">'), url).paywalled).toBe(true);
    expect(extractSnapshot(page('<meta property="lp:premium" content="false">'), url).paywalled).toBe(false);
  });

  it('does not take og:type=article alone for an article', () => {
    const s = extractSnapshot(page('<meta property="og:type" content="article"><meta property="og:title" content="Forsiden">', '<h2>Teaser</h2>'), url);
    expect(s.isArticle).toBe(false);
  });

  it('does not take a registered article URL for an article when nothing on the page agrees', () => {
    const s = extractSnapshot(page('<title>Fant ikke siden</title>', '<h1>Fant ikke siden</h1>'), VILLA_URL);
    expect(s.isArticle).toBe(false);
    expect(s.outletArticleId).toBe('adressa:23364628');
  });

  it('ignores a canonical link that points a deep page at the site root', () => {
    const s = extractSnapshot(page('<link rel="canonical" href="https://www.adressa.no/">'), VILLA_URL);
    expect(s.canonicalUrl).toBe(normalizeUrl(VILLA_URL));
  });

  it('finds an opinion label split over elements and lines, and not one that is hidden', () => {
    const url = 'https://www.adressa.no/nyheter/i/Ab12Cd/sak';
    const split = page('<meta property="og:title" content="T">', '<article><h1>T</h1><div><strong>Dette  er</strong>\n   et <em>debatt</em>innlegg.</div><p>Tekst.</p></article>');
    expect(extractSnapshot(split, url).isOpinion).toBe(true);
    const hidden = page('<meta property="og:title" content="T">', '<article><h1>T</h1><div hidden>Dette er et debattinnlegg.</div><p>Tekst.</p></article>');
    expect(extractSnapshot(hidden, url).isOpinion).toBe(false);
  });

  it('ignores opinion labels inside scripts', () => {
    const s = extractSnapshot(
      page('<meta property="og:title" content="T">', '<script>var labels = ["Dette er et debattinnlegg"];</script><p>Nyhet.</p>'),
      'https://www.adressa.no/nyheter/i/Ab12Cd/sak',
    );
    expect(s.isOpinion).toBe(false);
  });
});

describe('bounds and failures', () => {
  it('handles an empty document', () => {
    const s = extractSnapshot(doc(''), 'https://www.adressa.no/');
    expect(s.isArticle).toBe(false);
    expect(s.headline).toBeNull();
    expect(s.byline).toEqual([]);
    expect(s.canonicalUrl).toBe('https://adressa.no/');
  });

  it('handles an unusable page URL', () => {
    const s = extractSnapshot(page('<meta property="og:title" content="T">'), 'not a url');
    expect(s.siteId).toBeNull();
    expect(s.canonicalUrl).toBe('not a url');
    expect(s.headline).toBe('T');
  });

  it('truncates a huge headline and description', () => {
    const s = extractSnapshot(page(`<meta property="og:title" content="${'Lang '.repeat(50_000)}"><meta name="description" content="${'d'.repeat(5000)}">`), 'https://x.test/');
    expect(s.headline!.length).toBeLessThanOrEqual(500);
    expect(s.headline!.startsWith('Lang Lang')).toBe(true);
    expect(s.description!.length).toBeLessThanOrEqual(1000);
  });

  it('never throws, even on a broken document object', () => {
    const broken = {
      querySelector() {
        throw new Error('boom');
      },
      querySelectorAll() {
        throw new Error('boom');
      },
    } as unknown as Document;
    const s = extractSnapshot(broken, VILLA_URL);
    expect(s.isArticle).toBe(false);
    expect(s.siteId).toBe('adressa');
    expect(s.canonicalUrl).toBe(normalizeUrl(VILLA_URL));
  });
});
