import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPINION_EXAMPLES, PAYWALL_EXAMPLES, SITE_EXAMPLES } from '../../utils/sites/examples';
import { SITES, contentScriptMatches, siteForHost, type SiteDefinition } from '../../utils/sites';
import { SITE_OWNERS } from '../../utils/sites/owners';

/** Chrome/Firefox match-pattern semantics, enough for "<scheme>://<host>/<path>" patterns. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const u = new URL(url);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeOk = scheme === '*' ? u.protocol === 'http:' || u.protocol === 'https:' : u.protocol === `${scheme}:`;
  const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname.endsWith(host.slice(1)) || u.hostname === host.slice(2) : u.hostname === host);
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && pathRe.test(u.pathname + u.search);
}

const matchesAny = (url: string) => contentScriptMatches().some((p) => matchesPattern(p, url));

/** A site detects a URL when it owns the host (checked on its own domains, not via the first-match lookup) and the path is an article. */
function detects(site: SiteDefinition, url: string): boolean {
  const u = new URL(url);
  const owns = site.domains.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
  return owns && site.isArticleUrl(u);
}

/** The same path and query on one of `site`'s own domains. */
function onSite(site: SiteDefinition, url: string): URL {
  const u = new URL(url);
  return new URL(`${u.pathname}${u.search}`, `https://www.${site.domains[0]}`);
}

const examples = (site: SiteDefinition) => SITE_EXAMPLES[site.id] ?? { article: [], notArticle: [] };
const allArticles = SITES.flatMap((site) => examples(site).article.map((url) => ({ site, url })));
const allNotArticles = SITES.flatMap((site) => examples(site).notArticle);

describe('the registry', () => {
  it('covers the sites of the research notes, each with examples', () => {
    expect(SITES.length).toBeGreaterThanOrEqual(30);
    for (const id of ['vg', 'aftenposten', 'bt', 'aftenbladet', 'e24', 'adressa', 'fvn', 'smp', 'itromso', 'nettavisen', 'ba', 'nordlys', 'rb', 'h-avis', 't-a', 'nrk', 'dagbladet', 'tv2', 'dn', 'klassekampen', 'dagsavisen', 'vl', 'nationen', 'abcnyheter', 'khrono', 'digi']) {
      expect(SITES.map((s) => s.id), id).toContain(id);
    }
    expect(Object.keys(SITE_EXAMPLES).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('is documented in docs/sites.md, every site with its domains', () => {
    const doc = readFileSync(new URL('../../docs/sites.md', import.meta.url), 'utf8');
    for (const site of SITES) {
      expect(doc, site.id).toContain(`| \`${site.id}\` |`);
      for (const domain of site.domains) expect(doc, domain).toContain(domain);
    }
  });

  it('keeps the example lists out of the site definitions that ship', () => {
    for (const site of SITES) expect(Object.keys(site)).not.toContain('examples');
  });

  it('gives every site an owner family, a name and at least one domain', () => {
    expect(Object.keys(SITE_OWNERS).sort()).toEqual(SITES.map((s) => s.id).sort());
    for (const site of SITES) {
      expect(site.name.trim(), site.id).not.toBe('');
      expect(SITE_OWNERS[site.id]?.trim(), site.id).toBeTruthy();
      expect(site.domains.length, site.id).toBeGreaterThan(0);
    }
  });
});

describe.each(SITES.map((site) => [site.id, site] as const))('site %s', (_id, site) => {
  it('has example articles and non-articles', () => {
    expect(examples(site).article.length).toBeGreaterThan(0);
    expect(examples(site).notArticle.length).toBeGreaterThan(0);
  });

  it('detects each of its example articles and reads an id from it', () => {
    for (const url of examples(site).article) {
      const u = new URL(url);
      expect(detects(site, url), url).toBe(true);
      expect(siteForHost(u.hostname)?.id, url).toBe(site.id);
      expect(site.articleIdFromUrl(u), url).toBeTruthy();
    }
  });

  it('does not take its own front and section pages for articles', () => {
    for (const url of examples(site).notArticle) {
      const u = new URL(url);
      expect(siteForHost(u.hostname)?.id, url).toBe(site.id);
      expect(site.isArticleUrl(u), url).toBe(false);
      expect(site.articleIdFromUrl(u), url).toBeNull();
    }
  });

  it('does not detect any other site’s example articles', () => {
    for (const { site: other, url } of allArticles.filter((a) => a.site !== site)) {
      expect(detects(site, url), `${site.id} took ${other.id}'s ${url}`).toBe(false);
    }
  });

  it('does not take any site’s front or section page for an article, even on its own domain', () => {
    for (const url of allNotArticles) {
      expect(site.isArticleUrl(onSite(site, url)), `${site.id}: ${url}`).toBe(false);
    }
  });

  it('shares no domain with another site', () => {
    for (const other of SITES.filter((o) => o !== site)) {
      for (const d of site.domains) {
        expect(other.domains.some((o) => o === d || o.endsWith(`.${d}`) || d.endsWith(`.${o}`)), `${site.id}/${other.id}: ${d}`).toBe(false);
      }
    }
  });

  it('gets its content script on its articles over http and https, on www., m. and bare hosts', () => {
    for (const url of examples(site).article) {
      const u = new URL(url);
      for (const scheme of ['http', 'https']) {
        for (const host of [u.hostname, ...site.domains, ...site.domains.map((d) => `www.${d}`), ...site.domains.map((d) => `m.${d}`)]) {
          expect(matchesAny(`${scheme}://${host}${u.pathname}`), `${scheme}://${host}`).toBe(true);
        }
      }
    }
  });

  it('uses a unique id and owns its domains', () => {
    expect(SITES.filter((other) => other.id === site.id)).toHaveLength(1);
    for (const domain of site.domains) {
      expect(siteForHost(domain)).toBe(site);
      expect(siteForHost(`WWW.${domain.toUpperCase()}.`)).toBe(site);
      expect(siteForHost(`not${domain}`)).toBeNull();
      expect(siteForHost(`${domain}.evil.example`)).toBeNull();
    }
  });
});

describe('opinion and paywall URL markers', () => {
  const site = (url: string) => siteForHost(new URL(url).hostname)!;

  it.each(OPINION_EXAMPLES.opinion)('%s is opinion', (url) => {
    expect(site(url).isOpinionUrl(new URL(url))).toBe(true);
  });

  it.each(OPINION_EXAMPLES.notOpinion)('%s is not opinion', (url) => {
    expect(site(url).isOpinionUrl(new URL(url))).toBe(false);
  });

  it.each(PAYWALL_EXAMPLES.paywalled)('%s is behind the paywall', (url) => {
    expect(site(url).isPaywallUrl(new URL(url))).toBe(true);
  });

  it.each(PAYWALL_EXAMPLES.open)('%s is not marked paywalled by its URL', (url) => {
    expect(site(url).isPaywallUrl(new URL(url))).toBe(false);
  });

  it('gives the Schibsted and Polaris sites the visible opinion labels of the notes', () => {
    for (const id of ['vg', 'aftenposten', 'bt', 'adressa', 'itromso']) {
      expect(SITES.find((s) => s.id === id)!.opinionLabels).toContain('Dette er et debattinnlegg');
    }
    expect(SITES.find((s) => s.id === 'aftenbladet')!.opinionLabels).toContain('AFTENBLADET MENER:');
    expect(SITES.find((s) => s.id === 'vg')!.paywallSelector).toBe('#paywall-login-link');
  });
});

describe('content script match patterns', () => {
  it('cover exactly the registered domains, over http and https, subdomains included', () => {
    const patterns = contentScriptMatches();
    expect(patterns.length).toBe(SITES.reduce((n, s) => n + s.domains.length * 2, 0));
    for (const pattern of patterns) expect(pattern).toMatch(/^\*:\/\/(?:\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('do not run on other sites', () => {
    for (const other of ['https://www.example.com/', 'https://notadressa.no/', 'https://adressa.no.evil.example/', 'ftp://adressa.no/x', 'https://vg.no.example.com/a']) {
      expect(matchesAny(other), other).toBe(false);
    }
  });
});
