import { AMEDIA_SITES } from './amedia';
import { OTHER_SITES } from './other';
import { POLARIS_SITES } from './polaris';
import { SCHIBSTED_SITES } from './schibsted';
import type { SiteDefinition } from './types';

export type { SiteDefinition } from './types';

/** Every site Tilsvar reads. The content script is registered for these domains and no others. */
export const SITES: readonly SiteDefinition[] = [...SCHIBSTED_SITES, ...POLARIS_SITES, ...AMEDIA_SITES, ...OTHER_SITES];

const SITE_BY_DOMAIN = new Map(SITES.flatMap((site) => site.domains.map((domain) => [domain, site] as const)));

/** The site a host belongs to (exact domain or any subdomain of it), or null. */
export function siteForHost(hostname: string): SiteDefinition | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  // The host, then each parent domain: "www.adressa.no", "adressa.no", "no". The most specific registered one wins.
  for (let i = 0; i < labels.length; i++) {
    const site = SITE_BY_DOMAIN.get(labels.slice(i).join('.'));
    if (site) return site;
  }
  return null;
}

/** Match patterns for the manifest: each domain and its subdomains, over http and https. */
export function contentScriptMatches(sites: readonly SiteDefinition[] = SITES): string[] {
  return sites.flatMap((site) => site.domains.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]));
}
