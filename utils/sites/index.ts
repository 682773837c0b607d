import { AMEDIA_SITES } from './amedia';
import { OTHER_SITES } from './other';
import { POLARIS_SITES } from './polaris';
import { SCHIBSTED_SITES } from './schibsted';
import type { SiteDefinition } from './types';

export type { SiteDefinition } from './types';

/** Every site Tilsvar reads. The content script is registered for these domains and no others. */
export const SITES: readonly SiteDefinition[] = [...SCHIBSTED_SITES, ...POLARIS_SITES, ...AMEDIA_SITES, ...OTHER_SITES];

/** The site a host belongs to (exact domain or any subdomain of it), or null. */
export function siteForHost(hostname: string): SiteDefinition | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITES.find((site) => site.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) ?? null;
}

/** Match patterns for the manifest: each domain and its subdomains, over http and https. */
export function contentScriptMatches(sites: readonly SiteDefinition[] = SITES): string[] {
  return sites.flatMap((site) => site.domains.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]));
}
