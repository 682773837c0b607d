import type { SiteDefinition } from './types';

/** What differs between sites: everything else is derived from these patterns. */
export interface SiteSpec {
  id: string;
  name: string;
  domains: string[];
  /** Article URL paths; the first capture group is the outlet's article id. */
  articles: RegExp[];
  /** Matched against the path: opinion sections, `/o/` stories and the like. */
  opinion?: RegExp;
  /** Matched against the path: paywalled sections such as `/pluss/`. */
  paywall?: RegExp;
  opinionLabels?: string[];
  paywallSelector?: string;
}

const NEVER = /$^/;

export function defineSite(spec: SiteSpec): SiteDefinition {
  const idFrom = (url: URL) => {
    for (const pattern of spec.articles) {
      const match = pattern.exec(url.pathname);
      if (match) return match[1] ?? null;
    }
    return null;
  };
  return {
    id: spec.id,
    name: spec.name,
    domains: spec.domains,
    isArticleUrl: (url) => idFrom(url) !== null,
    articleIdFromUrl: idFrom,
    isOpinionUrl: (url) => (spec.opinion ?? NEVER).test(url.pathname),
    isPaywallUrl: (url) => (spec.paywall ?? NEVER).test(url.pathname),
    opinionLabels: spec.opinionLabels ?? [],
    paywallSelector: spec.paywallSelector,
  };
}

/** A site of a publisher family: what is its own, on top of the family's defaults. */
export type FamilySite = Pick<SiteSpec, 'id' | 'name' | 'domains'> & Partial<SiteSpec>;

/** The sites of one platform share URL schemes, opinion markers and labels; each site overrides what differs. */
export function siteFamily(defaults: Partial<SiteSpec> & Pick<SiteSpec, 'articles'>): (site: FamilySite) => SiteDefinition {
  return (site) => defineSite({ ...defaults, ...site });
}

/** A path segment (between slashes, or at the end) from a list, case-insensitive. */
export function segment(words: string): RegExp {
  return new RegExp(`/(?:${words})(?:/|$)`, 'i');
}

// Shared by the Schibsted and Polaris platforms: /<section>[/<sub>]/i/<5–8 character id>[/<slug>].
export const I_ARTICLE = /^\/(?:[\w-]+\/)*i\/([A-Za-z0-9]{5,8})(?:\/[^/]*)?\/?$/;
// Labels the Schibsted and Polaris opinion pages carry (research notes §1c, §1d).
export const OPINION_LABELS = ['Dette er et debattinnlegg', 'Dette er en leder', 'Dette er en kommentar', 'Du leser nå en lederartikkel'];
