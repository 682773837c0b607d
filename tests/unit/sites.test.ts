import { describe, expect, it } from 'vitest';
import { SITES, contentScriptMatches, siteForHost, type SiteDefinition } from '../../utils/sites';

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

describe.each(SITES.map((site) => [site.id, site] as const))('site %s', (_id, site) => {
  it.each(site.examples.article)('detects its example article %s', (url) => {
    const u = new URL(url);
    expect(detects(site, url)).toBe(true);
    expect(siteForHost(u.hostname)?.id).toBe(site.id);
    expect(site.isArticleUrl(u)).toBe(true);
    expect(site.articleIdFromUrl(u)).toBeTruthy();
  });

  it.each(site.examples.notArticle)('does not take %s for an article', (url) => {
    const u = new URL(url);
    expect(siteForHost(u.hostname)?.id).toBe(site.id);
    expect(site.isArticleUrl(u)).toBe(false);
  });

  it('is the only site that detects its example articles', () => {
    for (const url of site.examples.article) {
      expect(SITES.filter((other) => other !== site && detects(other, url)).map((other) => other.id), url).toEqual([]);
    }
  });

  it('shares no domain with another site', () => {
    for (const other of SITES.filter((o) => o !== site)) {
      for (const d of site.domains) {
        expect(other.domains.some((o) => o === d || o.endsWith(`.${d}`) || d.endsWith(`.${o}`)), `${site.id}/${other.id}: ${d}`).toBe(false);
      }
    }
  });

  it('has example articles and its content script runs on them over http and https', () => {
    expect(site.examples.article.length).toBeGreaterThan(0);
    for (const url of site.examples.article) {
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

describe('Adressa URL details', () => {
  const adressa = siteForHost('adressa.no')!;
  const url = (s: string) => new URL(s);

  it('marks opinion sections and the Pluss paywall', () => {
    expect(adressa.isOpinionUrl(url('https://www.adressa.no/meninger/ordetfritt/2021/01/22/X-23364628.ece'))).toBe(true);
    expect(adressa.isOpinionUrl(url('https://www.adressa.no/midtnorskdebatt/i/VP3841/takk-for-kampen'))).toBe(true);
    expect(adressa.isOpinionUrl(url('https://www.adressa.no/nyheter/trondheim/2021/12/21/X-24964808.ece'))).toBe(false);
    expect(adressa.isPaywallUrl(url('https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece'))).toBe(true);
    expect(adressa.isPaywallUrl(url('https://www.adressa.no/nyheter/2021/11/10/X-24804127.ece'))).toBe(false);
  });

  it('does not run on other sites', () => {
    for (const other of ['https://www.vg.no/', 'https://notadressa.no/', 'https://adressa.no.evil.example/', 'ftp://adressa.no/x']) {
      expect(matchesAny(other), other).toBe(false);
    }
  });
});
