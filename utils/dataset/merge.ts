import { normalizeUrl } from '../url';
import type { Dataset } from './types';

export interface MergeResult {
  dataset: Dataset;
  /** Pack entries left out because an earlier dataset already had their id or article URL, as `pack:id`. */
  skipped: string[];
}

/**
 * How the duplicate checks compare URLs: as the match index keys pages (`normalizeUrl`), so two entries that
 * pass as different never share one `url:` key; a trailing slash does not count either. A string that is not
 * an http(s) URL is compared as written.
 */
export function urlKey(raw: string): string {
  const url = normalizeUrl(raw);
  if (!url) return raw;
  const query = url.indexOf('?');
  return query < 0 ? url.replace(/\/+$/, '') : url.slice(0, query).replace(/\/+$/, '') + url.slice(query);
}

/**
 * The dataset matching runs on: the bundled dataset, then each enabled pack. Import already refuses a pack
 * that repeats an installed id or article URL; an extension update can still bring a bundled entry a pack
 * also has, and then the bundled entry wins and the pack's is left out, never silently replacing it.
 */
export function mergeDatasets(bundled: Dataset, packs: readonly Dataset[]): MergeResult {
  const merged: Dataset = {
    format: 1,
    outlets: [...bundled.outlets],
    actors: [...bundled.actors],
    stories: [...bundled.stories],
    articles: [...bundled.articles],
    responses: [...bundled.responses],
    events: [...bundled.events],
  };
  const ids = new Set<string>();
  const urls = new Set<string>();
  const all = (d: Dataset) => [d.outlets, d.actors, d.stories, d.articles, d.responses, d.events] as { id: string }[][];
  for (const list of all(bundled)) for (const entry of list) ids.add(entry.id);
  for (const article of bundled.articles) {
    for (const claim of article.claims) ids.add(claim.id);
    const key = article.url ? urlKey(article.url) : null;
    if (key) urls.add(key);
  }

  const skipped: string[] = [];
  for (const pack of packs) {
    const fresh = <T extends { id: string; pack?: string }>(entry: T) => {
      if (!ids.has(entry.id)) return true;
      skipped.push(`${entry.pack ?? '?'}:${entry.id}`);
      return false;
    };
    const keep = {
      outlets: pack.outlets.filter(fresh),
      actors: pack.actors.filter(fresh),
      stories: pack.stories.filter(fresh),
      articles: pack.articles.filter((article) => {
        const key = article.url ? urlKey(article.url) : null;
        if (key && urls.has(key)) {
          skipped.push(`${article.pack ?? '?'}:${article.id}`);
          return false;
        }
        return fresh(article) && article.claims.every(fresh);
      }),
      responses: pack.responses.filter(fresh),
      events: pack.events.filter(fresh),
    };
    for (const list of Object.values(keep)) for (const entry of list) ids.add(entry.id);
    for (const article of keep.articles) {
      for (const claim of article.claims) ids.add(claim.id);
      const key = article.url ? urlKey(article.url) : null;
      if (key) urls.add(key);
    }
    merged.outlets.push(...keep.outlets);
    merged.actors.push(...keep.actors);
    merged.stories.push(...keep.stories);
    merged.articles.push(...keep.articles);
    merged.responses.push(...keep.responses);
    merged.events.push(...keep.events);
  }
  return { dataset: merged, skipped };
}
